import { iconResponse } from '@/pictures/shop-icon';

export const dynamic = 'force-static';

export function GET() {
  return iconResponse();
}
