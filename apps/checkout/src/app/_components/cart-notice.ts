/**
 * Notes the basket page shows when the shopper is sent back to it: the checkout found the basket
 * empty, part of it sold out while they were checking out, or stock capped a quantity they asked
 * for. Only codes travel in the URL; the words are ours, so nothing from the URL is ever shown as
 * it is.
 */
import { quantityRefused } from '@/server/domain/checkout-error';

export type CartNotice = { notice: 'empty-cart' } | { notice: 'sold-out' | 'stock-limit'; sku?: string | undefined };

export function cartNoticeQuery(notice: CartNotice): string {
  const params = new URLSearchParams({ notice: notice.notice });
  if (notice.notice !== 'empty-cart' && notice.sku) params.set('sku', notice.sku);
  return `?${params}`;
}

export function cartNoticeMessage(
  params: Record<string, string | string[] | undefined>,
  lines: readonly { sku: string; name: string; inventory: number }[],
): string | null {
  if (params['notice'] === 'empty-cart') return 'Your basket is empty, so there is nothing to check out yet.';
  const line = lines.find((l) => l.sku === params['sku']);
  if (params['notice'] === 'stock-limit' && line) return quantityRefused(line.name, line.sku, line.inventory).message;
  if (params['notice'] !== 'sold-out') return null;
  const what = line ? line.name : 'part of your basket';
  return `Sorry, ${what} sold out while you were checking out, so nothing was ordered. Please review your basket.`;
}
