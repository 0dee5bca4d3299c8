import { fragmentResponse } from '@tractor/fragments';
import { renderFooter } from '@/fragments/footer';

export function GET() {
  return fragmentResponse(renderFooter(), { personal: false });
}
