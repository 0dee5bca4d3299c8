import { fragments } from '@tractor/contracts';
import { fragmentResponse } from '@tractor/fragments';
import { db } from '@/db/client';
import { renderAddToCart } from '@/fragments/add-to-cart';
import { badFragmentRequest } from '@/fragments/bad-request';
import { findVariant } from '@/server/domain/find-variant';
import { describeIssues } from '@/server/describe-issues';
import { clearFlashHeader, flashFrom } from '@/server/flash-cookie';

// Personal: live stock and this shopper's confirmation, so it is rendered per request and never cached.
export const dynamic = 'force-dynamic';

export async function GET(req: Request) {
  const query = fragments['checkout/add-to-cart'].query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) return badFragmentRequest(describeIssues(query.error.issues));
  const { sku } = query.data;
  const variant = await findVariant(db(), sku);
  if (!variant) return badFragmentRequest(`there is no tractor with the SKU ${sku}`);
  const flash = flashFrom(req.headers);
  const response = fragmentResponse(renderAddToCart({ ...variant, flash: flash?.sku === sku ? flash.kind : null }), { personal: true });
  // Effective when the browser fetched the fragment itself; a server include drops it (see flash-cookie.ts).
  if (flash) response.headers.append('set-cookie', clearFlashHeader(req.headers));
  return response;
}
