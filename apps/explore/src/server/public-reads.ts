import 'server-only';
import { publicRead } from '@tractor/bff/public-read';
import { db } from './db';
import { createContextInner } from './context';
import { createCaller } from './root';

/**
 * The catalogue as every shopper sees it, cached briefly across requests (tag `explore`), so a
 * page view costs no database round trip for it. The caller has no request: what is cached must
 * not depend on one.
 */
const shared = () => createCaller(createContextInner({ db: db() }));

export const publicReads = {
  teasers: publicRead('explore', 'teasers', () => shared().catalog.teasers()),
  categories: publicRead('explore', 'categories', () => shared().catalog.categories()),
  products: publicRead('explore', 'products', (category: string | undefined) => shared().catalog.products({ category })),
  stores: publicRead('explore', 'stores', () => shared().stores.list()),
  recommendations: publicRead('explore', 'recommendations', (skus: readonly string[]) => shared().recommendations.forSkus({ skus: [...skus] })),
};
