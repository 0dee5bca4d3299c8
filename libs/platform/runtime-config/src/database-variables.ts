/**
 * The one naming rule for a context's database settings in the environment: `checkout` reads
 * `CHECKOUT_DATABASE_URL` and `CHECKOUT_DATABASE_POOL_MAX`, `order-history` reads
 * `ORDER_HISTORY_DATABASE_URL`. The launcher sets them, the stacks set them, the apps read them.
 * No imports: `sst.config.ts` bundles this file as it is.
 */
export function databaseVariables(context: string) {
  const prefix = context.toUpperCase().replace(/-/g, '_');
  return { url: `${prefix}_DATABASE_URL`, poolMax: `${prefix}_DATABASE_POOL_MAX` } as const;
}

/** Where a context's process-wide database client is kept on `globalThis` (`checkoutDb`). */
export function sharedClientKey(context: string): string {
  return `${context}Db`;
}
