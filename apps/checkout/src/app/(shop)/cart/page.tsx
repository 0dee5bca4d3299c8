import { include } from '@tractor/fragments';
import { FragmentHtml } from '@tractor/ui';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { api } from '@/server/caller';
import { cartNoticeMessage } from '../../_components/cart-notice';
import { CartView } from './cart-view';
import styles from './cart.module.css';

export const metadata: Metadata = { title: 'Basket', description: 'The tractors in your basket at The Tractor Store.' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CartPage({ searchParams }: Props) {
  const [cart, params, request] = await Promise.all([(await api()).cart.get(), searchParams, headers()]);
  const notice = cartNoticeMessage(params, cart.lines);
  // Explore's recommendations for what is in the basket (the manifest allows up to 20 SKUs).
  const skus = cart.lines.slice(0, 20).map((line) => line.sku);
  const recommendations = skus.length > 0 ? await include('explore/recommendations', { request, query: { skus: skus.join(',') } }) : null;
  return (
    <>
      <h1>Basket</h1>
      {notice && (
        <p className={styles.notice} role="status">
          {notice}
        </p>
      )}
      <CartView initial={cart} />
      {recommendations && <FragmentHtml html={recommendations.html} />}
    </>
  );
}
