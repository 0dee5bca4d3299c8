/**
 * Names of a context's resources on AWS. The stacks create them under these names and the apps read
 * them back through SST's links (`Resource.CheckoutDatabase`), so both sides share this one rule.
 * No imports besides types: `sst.config.ts` bundles this file as it is.
 */
import type { ContextName } from '@tractor/contracts';

function pascal(context: ContextName): string {
  return context
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

export function resourceNames(context: ContextName) {
  const prefix = pascal(context);
  return { database: `${prefix}Database`, app: `${prefix}App` } as const;
}
