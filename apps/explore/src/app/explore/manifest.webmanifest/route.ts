import { href } from '@tractor/contracts';
import { iconCacheControl } from '@/pictures/shop-icon';

export const dynamic = 'force-static';

/** The web app manifest for the whole shop (every context's pages link to it). */
export function GET() {
  const manifest = {
    name: 'The Tractor Store',
    short_name: 'Tractors',
    start_url: href.explore.home(),
    scope: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#2f6b3a',
    icons: [{ src: href.explore.icon(), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return Response.json(manifest, { headers: { 'content-type': 'application/manifest+json', 'cache-control': iconCacheControl } });
}
