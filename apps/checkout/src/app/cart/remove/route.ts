/** POST /checkout/cart/remove: the basket's remove button without JavaScript; back to the basket. */
import { unavailableWhenDatabaseDown } from '@tractor/bff';
import { href } from '@tractor/contracts';
import { createContext } from '@/server/context';
import { crossSiteRefusal, isCrossSite } from '@/server/http/cross-site';
import { describeIssues } from '@tractor/bff';
import { removeFromCartInput } from '@/server/domain/inputs';
import { removeFromCart } from '@/server/domain/remove-from-cart';
import { formProblem, readForm, seeOther } from '@/server/http/form-post';

async function post(req: Request) {
  if (isCrossSite(req.headers)) return crossSiteRefusal();
  const form = await readForm(req);
  if ('refused' in form) return form.refused;
  const input = removeFromCartInput.safeParse(form.fields);
  if (!input.success) return formProblem(400, `This is not a tractor in your basket (${describeIssues(input.error.issues)}).`);
  const ctx = await createContext(req.headers);
  await removeFromCart(ctx.db, ctx.cartId, input.data.sku);
  return seeOther(href.checkout.cart());
}

export const POST = unavailableWhenDatabaseDown({ context: 'checkout', outcome: 'Nothing was removed from your basket.' }, post);
