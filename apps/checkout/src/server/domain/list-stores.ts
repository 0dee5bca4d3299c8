import type { Db } from '../db';

export interface StoreView {
  id: string;
  name: string;
  city: string;
}

/** The stores checkout accepts orders for pick-up at, by name. */
export function listStores(db: Db): Promise<StoreView[]> {
  return db.store.findMany({ select: { id: true, name: true, city: true }, orderBy: { name: 'asc' } });
}
