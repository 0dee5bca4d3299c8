import { describe, expect, it, vi } from 'vitest';
import { dispatch, events, listen, type EventName } from './events';
import { contextNames } from './routes';

describe('browser events', () => {
  it('namespaces every event with the context that sends it', () => {
    for (const name of Object.keys(events)) {
      const [owner, event] = name.split(':');
      expect(contextNames).toContain(owner);
      expect(event).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('delivers a valid checkout:cart-updated payload, bubbling', () => {
    const parent = new EventTarget();
    const handler = vi.fn();
    listen(parent, 'checkout:cart-updated', handler);
    dispatch(parent, 'checkout:cart-updated', { quantity: 3 });
    expect(handler).toHaveBeenCalledWith({ quantity: 3 }, expect.any(CustomEvent));
    const event = handler.mock.calls[0]?.[1] as CustomEvent;
    expect(event.bubbles).toBe(true);
  });

  it('delivers explore:store-selected with id and name', () => {
    const target = new EventTarget();
    const handler = vi.fn();
    listen(target, 'explore:store-selected', handler);
    dispatch(target, 'explore:store-selected', { id: 'store-a', name: 'Aurora Flagship Store' });
    expect(handler).toHaveBeenCalledWith({ id: 'store-a', name: 'Aurora Flagship Store' }, expect.anything());
  });

  it('refuses to send a malformed payload', () => {
    const target = new EventTarget();
    expect(() => dispatch(target, 'checkout:cart-updated', { quantity: -1 })).toThrow();
    expect(() => dispatch(target, 'explore:store-selected', { id: '', name: 'x' })).toThrow();
  });

  it('drops a malformed payload sent around the helpers', () => {
    const target = new EventTarget();
    const handler = vi.fn();
    const stop = listen(target, 'checkout:cart-updated', handler);
    target.dispatchEvent(new CustomEvent('checkout:cart-updated', { detail: { quantity: 'many' } }));
    expect(handler).not.toHaveBeenCalled();
    stop();
    dispatch(target, 'checkout:cart-updated', { quantity: 1 });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each(Object.keys(events) as EventName[])('%s has a check that rejects an empty payload', (name) => {
    expect(events[name]({})).toBe(false);
  });

  it.each([
    ['checkout:cart-updated', { quantity: 0 }, true],
    ['checkout:cart-updated', { quantity: 1.5 }, false],
    ['checkout:cart-updated', { quantity: '1' }, false],
    ['checkout:cart-updated', null, false],
    ['explore:store-selected', { id: 'store-a', name: 'A' }, true],
    ['explore:store-selected', { id: 'store-a', name: '' }, false],
    ['explore:store-selected', [], false],
  ] as const)('%s accepts %j: %s', (name, payload, accepted) => {
    expect(events[name](payload)).toBe(accepted);
  });
});
