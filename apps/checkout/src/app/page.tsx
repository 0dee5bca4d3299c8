import { redirect } from 'next/navigation';

/** `/checkout` on its own leads to the basket. */
export default function CheckoutIndex() {
  redirect('/cart');
}
