import type { Metadata } from 'next';
import { api } from '@/server/caller';
import { CartView } from './cart-view';

export const metadata: Metadata = { title: 'Basket', description: 'The tractors in your basket.' };

export default async function CartPage() {
  const cart = await (await api()).cart.get();
  return (
    <>
      <h1>Basket</h1>
      <CartView initial={cart} />
    </>
  );
}
