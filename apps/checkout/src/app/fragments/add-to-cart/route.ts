import { isSpeculative } from '@tractor/contracts';
import { fragmentResponse } from '@tractor/fragments';
import { badFragmentRequest, fragmentRoute } from '@tractor/slice/server';
import { db } from '@/server/db';
import { renderAddToCart } from '@/fragments/add-to-cart';
import { findVariant } from '@/server/domain/find-variant';
import { clearFlashHeader, flashFrom } from '@/server/http/flash-cookie';

// Personal for a shopper with a basket or a pending message (live stock, their confirmation); includers
// share and cache it briefly for everyone else (see the contract), so the route itself never caches.
export const dynamic = 'force-dynamic';

export const GET = fragmentRoute('checkout/add-to-cart', async ({ query: { sku }, req }) => {
  const variant = await findVariant(db(), sku);
  if (!variant) return badFragmentRequest(`there is no tractor with the SKU ${sku}`);
  const flash = flashFrom(req.headers);
  const response = fragmentResponse(renderAddToCart({ ...variant, flash: flash?.sku === sku ? flash.kind : null }), { personal: true });
  // Effective when the browser fetched the fragment itself; a server include drops it (see flash-cookie.ts).
  // A page fetched ahead of a click may never be seen: its message stays for the page the shopper opens.
  if (flash && !isSpeculative(req.headers)) response.headers.append('set-cookie', clearFlashHeader(req.headers));
  return response;
});
