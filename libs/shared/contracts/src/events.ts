/**
 * Every browser event one team sends another, with its payload schema. Teams talk in the browser
 * only through `dispatch` and `listen` from here: names are namespaced by the sending team, and a
 * payload that does not match its schema is never delivered. Uses zod/mini so the custom elements
 * that bundle this stay small.
 */
import * as z from 'zod/mini';

export const events = {
  /** Checkout changed the basket; the mini cart refreshes itself. */
  'checkout:cart-updated': z.object({ quantity: z.number().check(z.int(), z.nonnegative()) }),
  /** The shopper chose a store in explore's store picker; it bubbles to the page that hosts it. */
  'explore:store-selected': z.object({ id: z.string().check(z.minLength(1)), name: z.string().check(z.minLength(1)) }),
} as const;

export type EventName = keyof typeof events;
export type EventDetail<N extends EventName> = z.infer<(typeof events)[N]>;

/** Sends a team event from `target`; it bubbles and crosses shadow roots. Throws on a malformed payload. */
export function dispatch<N extends EventName>(target: EventTarget, name: N, detail: EventDetail<N>): void {
  const parsed = events[name].parse(detail);
  target.dispatchEvent(new CustomEvent(name, { detail: parsed, bubbles: true, composed: true }));
}

/** Listens for a team event on `target`; payloads that do not match the contract are dropped. Returns an unsubscribe function. */
export function listen<N extends EventName>(target: EventTarget, name: N, handler: (detail: EventDetail<N>, event: Event) => void): () => void {
  const listener = (event: Event) => {
    const parsed = events[name].safeParse((event as CustomEvent<unknown>).detail);
    if (parsed.success) handler(parsed.data as EventDetail<N>, event);
  };
  target.addEventListener(name, listener);
  return () => target.removeEventListener(name, listener);
}
