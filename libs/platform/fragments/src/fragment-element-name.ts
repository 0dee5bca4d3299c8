import type { ContextName } from '@tractor/contracts';
import { assertToken } from './fragment-definition-error';

/**
 * The custom element that wraps a fragment: `<context>-<name>`, e.g. `checkout-mini-cart`. The
 * context prefix keeps every team's elements in its own namespace and always supplies the hyphen
 * custom element names require.
 */
export function fragmentElementName(context: ContextName, name: string): string {
  assertToken('fragment name', name);
  return `${context}-${name}`;
}
