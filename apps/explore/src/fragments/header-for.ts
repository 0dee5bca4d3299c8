import { include } from '@tractor/fragments';
import { renderHeader } from './header';

/**
 * The header for one request. The full header nests checkout's mini cart (personal, so the header
 * is too); the compact one has none and is the same for everyone. The nested include gets a
 * shorter budget than a page gives the header, so a slow checkout still leaves time to answer.
 */
export async function headerFor(request: Headers, { compact = false } = {}) {
  if (compact) return { html: renderHeader({ miniCart: null }).__html, personal: false };
  const miniCart = await include('checkout/mini-cart', { request, timeoutMs: 200 });
  return { html: renderHeader({ miniCart: miniCart.html }).__html, personal: true };
}
