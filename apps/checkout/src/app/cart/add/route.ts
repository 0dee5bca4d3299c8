/**
 * POST /checkout/cart/add: the add-to-cart form without JavaScript. Adds the variant, then sends
 * the shopper back to its product page, where the add-to-cart fragment shows what happened (the
 * `c_flash` cookie, see flash-cookie.ts). With JavaScript the form goes through the BFF instead;
 * both run the same use case.
 */
import { describeIssues, unavailableWhenDatabaseDown } from '@tractor/bff';
import { href } from '@tractor/contracts';
import { flashCookieHeader } from '@/server/http/flash-cookie';
import { createContext } from '@/server/context';
import { crossSiteRefusal, isCrossSite } from '@/server/http/cross-site';
import { addToCart, type AddToCartResult } from '@/server/domain/add-to-cart';
import { CheckoutError } from '@/server/domain/checkout-error';
import { addToCartInput } from '@/server/domain/inputs';
import { formProblem, readForm, seeOther } from '@/server/http/form-post';

async function post(req: Request) {
  if (isCrossSite(req.headers)) return crossSiteRefusal();
  const form = await readForm(req);
  if ('refused' in form) return form.refused;
  const input = addToCartInput.safeParse(form.fields);
  if (!input.success) return formProblem(400, `This is not a tractor we can add (${describeIssues(input.error.issues)}).`);

  const out = new Headers();
  let result: AddToCartResult;
  try {
    result = await addToCart(await createContext(req.headers, out), input.data);
  } catch (error) {
    if (error instanceof CheckoutError && error.reason === 'unknown-sku') return formProblem(400, error.message);
    throw error;
  }
  out.append('set-cookie', flashCookieHeader({ kind: result.outcome, sku: result.sku }, req.headers));
  return seeOther(href.decide.product(result.productId, result.sku), out);
}

export const POST = unavailableWhenDatabaseDown({ context: 'checkout', outcome: 'Nothing was added to your basket.' }, post);
