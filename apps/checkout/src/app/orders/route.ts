/**
 * POST /checkout/orders: the checkout form. Places the order (idempotent by the form's key) and
 * sends the shopper to the thanks page; a basket that emptied or sold out meanwhile sends them
 * back to the basket with a note saying so.
 */
import { unavailableWhenDatabaseDown } from '@tractor/bff';
import { href } from '@tractor/contracts';
import { createContext } from '@/server/context';
import { crossSiteRefusal, isCrossSite } from '@/server/http/cross-site';
import { describeIssues } from '@tractor/bff';
import { CheckoutError } from '@/server/domain/checkout-error';
import { placeOrderInput } from '@/server/domain/inputs';
import { placeOrder } from '@/server/domain/place-order';
import { formProblem, readForm, seeOther } from '@/server/http/form-post';
import { cartNoticeQuery } from '@/app/_components/cart-notice';

async function post(req: Request) {
  if (isCrossSite(req.headers)) return crossSiteRefusal();
  const form = await readForm(req);
  if ('refused' in form) return form.refused;
  const input = placeOrderInput.safeParse(form.fields);
  if (!input.success) return formProblem(400, `The order was not placed: ${describeIssues(input.error.issues)}.`);

  const out = new Headers();
  const ctx = await createContext(req.headers, out);
  try {
    const { orderId } = await placeOrder(ctx.db, ctx.cartId, input.data);
    ctx.cookies.rememberOrder(orderId);
    return seeOther(href.checkout.thanks(), out);
  } catch (error) {
    if (!(error instanceof CheckoutError)) throw error;
    if (error.reason === 'empty-cart') return seeOther(href.checkout.cart() + cartNoticeQuery({ notice: 'empty-cart' }));
    if (error.reason === 'out-of-stock') return seeOther(href.checkout.cart() + cartNoticeQuery({ notice: 'sold-out', sku: error.sku }));
    // Another tab of this browser ordered this basket first: show that order, the one it became.
    if (error.reason === 'cart-ordered' && error.orderId) {
      ctx.cookies.rememberOrder(error.orderId);
      return seeOther(href.checkout.thanks(), out);
    }
    if (error.reason === 'foreign-key') return formProblem(403, error.message);
    return formProblem(400, error.message);
  }
}

export const POST = unavailableWhenDatabaseDown({ context: 'checkout', outcome: 'We could not confirm your order. Sending the form again is safe: it never orders twice.' }, post);
