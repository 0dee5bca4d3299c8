import { fragmentRoute } from '@tractor/slice/server';
import { renderMiniCart } from '@/fragments/mini-cart';
import { callerFor } from '@/server/caller';

// Personal: it shows this shopper's basket, so it is rendered per request and never cached.
export const dynamic = 'force-dynamic';

export const GET = fragmentRoute('checkout/mini-cart', async ({ req }) => {
  const bff = await callerFor(req);
  const { quantity } = await bff.cart.get();
  return renderMiniCart({ quantity });
});
