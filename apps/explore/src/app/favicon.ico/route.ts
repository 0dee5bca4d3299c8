import { iconResponse } from '@/pictures/shop-icon';

export const dynamic = 'force-static';

/** Browsers and crawlers ask for /favicon.ico whatever the page says; they get the shop's SVG icon. */
export function GET() {
  return iconResponse();
}
