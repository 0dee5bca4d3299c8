/**
 * Every browser event one team sends another, with the check its payload must pass. Teams talk in
 * the browser only through `dispatch` and `listen` from here: names are namespaced by the sending
 * team, and a payload that does not pass is never delivered.
 *
 * The checks are plain type guards rather than a schema library: custom elements bundle this
 * module, and two small payloads do not justify shipping a validator to every page.
 */

type Guard<T> = (value: unknown) => value is T;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

export const events = {
  /** Checkout changed the basket; the mini cart refreshes itself. `quantity`: whole number, 0 or more. */
  'checkout:cart-updated': ((value) => isRecord(value) && isCount(value['quantity'])) as Guard<{ quantity: number }>,
  /** The shopper chose a store in explore's store picker; it bubbles to the page that hosts it. Non-empty `id` and `name`. */
  'explore:store-selected': ((value) => isRecord(value) && isText(value['id']) && isText(value['name'])) as Guard<{ id: string; name: string }>,
} as const satisfies Record<string, Guard<unknown>>;

export type EventName = keyof typeof events;
export type EventDetail<N extends EventName> = (typeof events)[N] extends Guard<infer T> ? T : never;

/** The payload is not what the event's contract says. */
export class EventPayloadError extends TypeError {
  override readonly name = 'EventPayloadError';
}

/** Sends a team event from `target`; it bubbles and crosses shadow roots. Throws on a malformed payload. */
export function dispatch<N extends EventName>(target: EventTarget, name: N, detail: EventDetail<N>): void {
  if (!events[name](detail)) throw new EventPayloadError(`${name}: malformed payload ${JSON.stringify(detail)}`);
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** Listens for a team event on `target`; payloads that do not match the contract are dropped. Returns an unsubscribe function. */
export function listen<N extends EventName>(target: EventTarget, name: N, handler: (detail: EventDetail<N>, event: Event) => void): () => void {
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (events[name](detail)) handler(detail as EventDetail<N>, event);
  };
  target.addEventListener(name, listener);
  return () => target.removeEventListener(name, listener);
}
