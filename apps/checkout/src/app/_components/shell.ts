import { include } from '@tractor/fragments';
import { headers } from 'next/headers';
import { renderMiniCart } from '@/fragments/mini-cart';
import { api } from '@/server/caller';

/** Checkout's own mini cart, for the place the header keeps for it: rendered here, not fetched from ourselves. */
async function ownMiniCart(): Promise<string> {
  const { quantity } = await (await api()).cart.get();
  return renderMiniCart({ quantity }).__html;
}

/**
 * Explore's header and footer for this request, fetched in parallel; each falls back on its own.
 * The compact header (no mini cart) is for the checkout form, where the basket is not a way out.
 */
export async function shell({ compact = false } = {}) {
  const request = await headers();
  const [header, footer] = await Promise.all([
    include('explore/header', { request, query: compact ? { compact: '1' } : {}, own: { 'checkout/mini-cart': ownMiniCart } }),
    include('explore/footer', { request }),
  ]);
  return { header: header.html, footer: footer.html };
}
