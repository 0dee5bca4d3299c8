/**
 * POST /checkout/cart/add: the add-to-cart form without JavaScript. Adds the variant, then sends
 * the shopper back to its product page, where the add-to-cart fragment shows what happened (the
 * `c_flash` cookie, see flash-cookie.ts). With JavaScript the form goes through the BFF instead.
 */
import { href } from '@tractor/contracts';
import type { FlashKind } from '@/server/flash-cookie';
import { flashCookieHeader } from '@/server/flash-cookie';
import { createContext } from '@/server/context';
import { crossSiteRefusal, isCrossSite } from '@/server/cross-site';
import { describeIssues } from '@tractor/bff';
import { addToCart } from '@/server/domain/add-to-cart';
import { CheckoutError } from '@/server/domain/checkout-error';
import { findVariant } from '@/server/domain/find-variant';
import { addToCartInput } from '@/server/domain/inputs';
import { formProblem, readForm, seeOther } from '@/server/form-post';

export async function POST(req: Request) {
  if (isCrossSite(req.headers)) return crossSiteRefusal();
  const input = addToCartInput.safeParse(await readForm(req));
  if (!input.success) return formProblem(400, `This is not a tractor we can add (${describeIssues(input.error.issues)}).`);

  const out = new Headers();
  const ctx = await createContext(req.headers, out);
  const variant = await findVariant(ctx.db, input.data.sku);
  if (!variant) return formProblem(400, `There is no tractor with the SKU ${input.data.sku}.`);

  let outcome: FlashKind = 'added';
  try {
    const added = await addToCart(ctx.db, ctx.cartId, input.data);
    if (added.started) ctx.cookies.startCart(added.cartId);
  } catch (error) {
    if (!(error instanceof CheckoutError) || (error.reason !== 'out-of-stock' && error.reason !== 'stock-limit')) throw error;
    outcome = 'refused';
  }
  out.append('set-cookie', flashCookieHeader({ kind: outcome, sku: variant.sku }, req.headers));
  return seeOther(href.decide.product(variant.productId, variant.sku), out);
}
