import { include } from '@tractor/fragments';
import { headers } from 'next/headers';

/** Explore's header and footer for this request, fetched in parallel; each falls back on its own. */
export async function shell() {
  const request = await headers();
  const [header, footer] = await Promise.all([include('explore/header', { request }), include('explore/footer', { request })]);
  return { header: header.html, footer: footer.html };
}
