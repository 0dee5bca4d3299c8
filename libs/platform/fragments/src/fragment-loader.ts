/**
 * Browser side of the fallback: fills every empty `[data-fragment-src]` placeholder a failed
 * server include left behind. Pages inline `fragmentLoaderScript` in a `<script>` tag.
 *
 * `fragmentLoader` is shipped as its own source text, so it must stay self-contained: no imports,
 * nothing from this module's scope.
 */
export function fragmentLoader(): void {
  // Backoff between attempts; after the last one an element waits for `online` or the tab to return.
  const delays = [1000, 3000, 10000];
  const states = new WeakMap<Element, { failures: number; busy: boolean; timer?: ReturnType<typeof setTimeout> }>();

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

  const load = (element: Element): void => {
    const src = element.getAttribute('data-fragment-src');
    const state = states.get(element) ?? { failures: 0, busy: false };
    states.set(element, state);
    if (!src || state.busy) return;
    clearTimeout(state.timer);
    state.busy = true;
    // Starting inside a promise turns even a synchronous throw into a retry instead of a console error.
    Promise.resolve()
      .then(() => fetch(src, { credentials: 'same-origin', headers: { accept: 'text/html' } }))
      .then((response) => {
        if (!response.ok) throw new Error(`fragment answered ${response.status}`);
        return response.text();
      })
      .then((markup) => {
        if (element.isConnected) element.replaceWith(activate(markup));
      })
      .catch(() => {
        const delay = delays[state.failures++];
        if (delay !== undefined) state.timer = setTimeout(() => load(element), delay);
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
        // Coming back online or to the tab is a new situation: start the backoff over.
        if (fresh && state) state.failures = 0;
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

/**
 * The loader as an inline script; it starts itself. esbuild's keepNames (tsx uses it) wraps inner
 * functions in a `__name` helper that exists only in the module it compiled, so the script brings
 * an identity stand-in and runs whichever compiler produced the text.
 */
export const fragmentLoaderScript = `(() => { const __name = (fn) => fn; (${fragmentLoader.toString()})(); })();`;
