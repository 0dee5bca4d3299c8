import 'server-only';
import { publicRead } from '@tractor/bff/public-read';
import { db } from './db';
import { createContextInner } from './context';
import { createCaller } from './root';

/**
 * Products as every shopper sees them, cached briefly across requests (tag `decide`), so a product
 * view costs no database round trip. The caller has no request: what is cached must not depend on one.
 */
const shared = () => createCaller(createContextInner({ db: db() }));

export const publicReads = {
  product: publicRead('decide', 'product', (id: string, sku: string | undefined) => shared().product.byId({ id, sku })),
};
