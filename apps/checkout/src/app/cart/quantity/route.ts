/**
 * POST /checkout/cart/quantity: the basket's quantity controls without JavaScript. The − and +
 * buttons send the line's new quantity as `set`; the number field sends `quantity` (Enter, or the
 * Update button). Back to the basket, with a note when stock capped the change.
 */
import { describeIssues, unavailableWhenDatabaseDown } from '@tractor/bff';
import { href } from '@tractor/contracts';
import { cartNoticeQuery } from '@/app/_components/cart-notice';
import { createContext } from '@/server/context';
import { crossSiteRefusal, isCrossSite } from '@/server/http/cross-site';
import { CheckoutError } from '@/server/domain/checkout-error';
import { setQuantityInput } from '@/server/domain/inputs';
import { setQuantity } from '@/server/domain/set-quantity';
import { formProblem, readForm, seeOther } from '@/server/http/form-post';

async function post(req: Request) {
  if (isCrossSite(req.headers)) return crossSiteRefusal();
  const form = await readForm(req);
  if ('refused' in form) return form.refused;
  const fields = form.fields;
  const input = setQuantityInput.safeParse(fields && { sku: fields['sku'], quantity: fields['set'] ?? fields['quantity'] });
  if (!input.success) return formProblem(400, `The quantity was not changed: ${describeIssues(input.error.issues)}.`);
  const ctx = await createContext(req.headers);
  try {
    await setQuantity(ctx.db, ctx.cartId, input.data);
  } catch (error) {
    if (!(error instanceof CheckoutError)) throw error;
    if (error.reason === 'stock-limit' || error.reason === 'out-of-stock') return seeOther(href.checkout.cart() + cartNoticeQuery({ notice: 'stock-limit', sku: input.data.sku }));
    // Not in the basket (removed in another tab): the basket shows what it holds now.
  }
  return seeOther(href.checkout.cart());
}

export const POST = unavailableWhenDatabaseDown({ context: 'checkout', outcome: 'The quantity was not changed.' }, post);
