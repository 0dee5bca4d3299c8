/**
 * How a fragment's root element is named: `<context>-<name>`, e.g. `checkout-mini-cart`. The context
 * prefix keeps every team's elements in its own namespace and always supplies the hyphen custom
 * element names require.
 */
import type { ContextName } from './routes';

/**
 * A fragment is named or decorated in a way the browser cannot represent (an element or attribute
 * name outside `[a-z][a-z0-9-]*`). Names cannot be escaped, so this is a bug in the calling code,
 * thrown where the fragment is defined rather than rendered as broken markup.
 */
export class FragmentDefinitionError extends Error {
  override readonly name = 'FragmentDefinitionError';
}

const token = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Throws unless `value` is a lowercase kebab-case token, usable as an element or attribute name. */
export function assertToken(kind: string, value: string): void {
  if (!token.test(value)) throw new FragmentDefinitionError(`invalid ${kind} "${value}": use lowercase kebab-case`);
}

/** The custom element that wraps a fragment of `context` called `name`. */
export function fragmentElementName(context: ContextName, name: string): string {
  assertToken('fragment name', name);
  return `${context}-${name}`;
}
