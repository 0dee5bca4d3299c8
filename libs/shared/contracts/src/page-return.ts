/**
 * Personal parts of a page (the basket count, stock beside the basket button) are rendered when the
 * page is fetched, which with speculation rules and the back/forward cache is not when the shopper
 * sees it. These helpers tell a part when it is shown again without a fresh render, and let the
 * team whose state changed throw away the pages fetched ahead.
 */

/** The document was loaded from a response the browser fetched ahead (a prefetch), not on the click. */
function fetchedAhead(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as (PerformanceNavigationTiming & { deliveryType?: string })[];
  return entry?.deliveryType === 'navigational-prefetch';
}

/**
 * Calls `refresh` whenever the page is shown without having been rendered for this moment: when a
 * prerendered page is activated, when a page is restored from the back/forward cache, and once at
 * start when it was loaded from a prefetched response. Returns a function that stops listening.
 */
export function onPageReturn(refresh: () => void): () => void {
  const prerendering = (document as Document & { prerendering?: boolean }).prerendering === true;
  const activated = () => refresh();
  const shown = (event: PageTransitionEvent) => {
    if (event.persisted) refresh();
  };
  if (prerendering) document.addEventListener('prerenderingchange', activated, { once: true });
  else if (fetchedAhead()) queueMicrotask(refresh);
  window.addEventListener('pageshow', shown);
  return () => {
    document.removeEventListener('prerenderingchange', activated);
    window.removeEventListener('pageshow', shown);
  };
}

/**
 * Drops every page the browser prefetched or prerendered from this one, by taking the page's
 * speculation rules out; they are put back a moment later, so links are fetched ahead again on the
 * next hover, now with the new state. For the owner of personal state, right after changing it.
 */
export function restartSpeculation(): void {
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[type="speculationrules"]')];
  for (const script of scripts) script.remove();
  // A removal and an insertion in the same task may be merged into "nothing changed".
  setTimeout(() => {
    for (const old of scripts) {
      const script = document.createElement('script');
      script.type = 'speculationrules';
      // The page's CSP allows inline scripts by nonce only; the browser hides it from attributes.
      script.nonce = old.nonce;
      script.textContent = old.textContent;
      document.body.append(script);
    }
  }, 0);
}
