/**
 * Browser side of the fallback: fills every empty `[data-fragment-src]` placeholder a failed
 * server include left behind. Pages inline `fragmentLoaderScript` in a `<script>` tag.
 *
 * A placeholder fills only from this origin and only from a path the route manifest names as a
 * fragment, so markup that smuggled in a `data-fragment-src` cannot make the page load anything
 * else. An owner that is down or shedding load is not hammered: retries back off exponentially
 * with jitter (shoppers who failed together do not come back together), wait at least as long as a
 * `Retry-After` asks, and stop after a few tries until the shopper is back online or on the tab.
 *
 * `fragmentLoader` is shipped as its own source text, so it must stay self-contained: no imports,
 * nothing from this module's scope.
 */
import { fragmentPath, fragments } from '@tractor/contracts';

export interface FragmentLoaderPolicy {
  /** Origin-relative paths of every fragment route (no query); anything else is never fetched. */
  readonly paths: readonly string[];
  /** Tries per placeholder, the first included, before it waits for `online` or the tab to return. */
  readonly attempts: number;
  /** The first retry waits about this long; each further one about twice as long. */
  readonly baseDelayMs: number;
  /** No backoff step is longer than this (a `Retry-After` may ask for longer). */
  readonly maxDelayMs: number;
}

export function fragmentLoader(policy: FragmentLoaderPolicy): void {
  const states = new WeakMap<Element, { failures: number; busy: boolean; timer?: ReturnType<typeof setTimeout> }>();

  // Only a fragment route of this very origin; the path keeps its query, nothing else survives.
  const permitted = (src: string | null): string | null => {
    if (!src) return null;
    try {
      const url = new URL(src, location.href);
      return url.origin === location.origin && policy.paths.includes(url.pathname) ? url.pathname + url.search : null;
    } catch {
      return null;
    }
  };

  // `Retry-After` is either seconds or an HTTP date.
  const retryAfterMs = (value: string | null): number => {
    if (!value) return 0;
    if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? 0 : Math.max(0, at - Date.now());
  };

  // Exponential backoff with "equal jitter": half the step fixed, half random.
  const backoff = (failures: number): number => {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
    return step / 2 + Math.random() * (step / 2);
  };

  // Scripts parsed through innerHTML never run; fresh copies made with createElement do.
  const activate = (markup: string): DocumentFragment => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    template.content.querySelectorAll('script').forEach((inert) => {
      const script = document.createElement('script');
      Array.from(inert.attributes).forEach((attr) => script.setAttribute(attr.name, attr.value));
      script.text = inert.text;
      inert.replaceWith(script);
    });
    return template.content;
  };

  type Failure = { status: number; retryAfter: string | null };

  const load = (element: Element): void => {
    const src = permitted(element.getAttribute('data-fragment-src'));
    const state = states.get(element) ?? { failures: 0, busy: false };
    states.set(element, state);
    if (!src || state.busy || state.failures >= policy.attempts) return;
    clearTimeout(state.timer);
    state.busy = true;
    // Starting inside a promise turns even a synchronous throw into a retry instead of a console error.
    Promise.resolve()
      .then(() => fetch(src, { credentials: 'same-origin', headers: { accept: 'text/html' } }))
      .then((response) => {
        if (!response.ok) throw { status: response.status, retryAfter: response.headers.get('retry-after') } satisfies Failure;
        return response.text();
      })
      .then((markup) => {
        if (element.isConnected) element.replaceWith(activate(markup));
      })
      .catch((error: unknown) => {
        const failure = typeof error === 'object' && error !== null && 'status' in error ? (error as Failure) : null;
        // A request the owner refuses as such (400, 404) fails the same way every time.
        const hopeless = failure !== null && failure.status >= 400 && failure.status < 500 && failure.status !== 408 && failure.status !== 429;
        state.failures = hopeless ? policy.attempts : state.failures + 1;
        if (state.failures >= policy.attempts) return;
        const delay = Math.max(backoff(state.failures), retryAfterMs(failure?.retryAfter ?? null));
        state.timer = setTimeout(() => load(element), delay);
      })
      .finally(() => {
        state.busy = false;
      });
  };

  const scan = (fresh: boolean, onlyNew = false): void => {
    try {
      document.querySelectorAll('[data-fragment-src]').forEach((element) => {
        if (element.hasChildNodes()) return;
        const state = states.get(element);
        if (onlyNew && state) return;
        if (state && state.failures > 0) {
          // Still backing off: its timer will try again, sooner would only add load.
          if (state.failures < policy.attempts) return;
          // Gave up; coming back online or to the tab is a new situation, so it starts over.
          if (fresh) state.failures = 0;
        }
        load(element);
      });
    } catch {
      // A loader that cannot run leaves the placeholders empty; the page itself still works.
    }
  };

  const retry = (): void => {
    if (document.visibilityState === 'visible') scan(true);
  };
  document.addEventListener('visibilitychange', retry);
  window.addEventListener('online', retry);
  // Placeholders can also arrive after load, in markup a client-side navigation brought.
  if (typeof MutationObserver === 'function') {
    let queued = false;
    new MutationObserver(() => {
      if (queued) return;
      queued = true;
      setTimeout(() => {
        queued = false;
        scan(false, true);
      }, 0);
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => scan(false), { once: true });
  else scan(false);
}

/** The shop's policy: every fragment route in the contracts, four tries over about ten seconds. */
export const fragmentLoaderPolicy: FragmentLoaderPolicy = {
  paths: Object.values(fragments).map((fragment) => fragmentPath(fragment.context, fragment.name)),
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
};

/**
 * The loader as an inline script; it starts itself. esbuild's keepNames (tsx uses it) wraps inner
 * functions in a `__name` helper that exists only in the module it compiled, so the script brings
 * an identity stand-in and runs whichever compiler produced the text. The policy is JSON, and `<`
 * is escaped so no path can end the script element early.
 */
export const fragmentLoaderScript = `(() => { const __name = (fn) => fn; (${fragmentLoader.toString()})(${JSON.stringify(fragmentLoaderPolicy).replaceAll('<', '\\u003c')}); })();`;
