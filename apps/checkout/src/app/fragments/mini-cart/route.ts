import { fragmentResponse } from '@tractor/fragments';
import { renderMiniCart } from '@/fragments/mini-cart';
import { createContext } from '@/server/context';
import { createCaller } from '@/server/root';

// Personal: it shows this shopper's basket, so it is rendered per request and never cached.
export const dynamic = 'force-dynamic';

export async function GET(req: Request) {
  const { quantity } = await createCaller(await createContext(req.headers)).cart.get();
  return fragmentResponse(renderMiniCart({ quantity }), { personal: true });
}
