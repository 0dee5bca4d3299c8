/**
 * What a browser journey really did, recorded for the architecture's fitness checks: the pages it
 * opened, the shop URLs it asked for (through the `request` fixture or from the page), and the
 * contract events that went through the page. Every suite imports `test` from here instead of from
 * Playwright; each test's record is attached to its result as `journey`, and the JSON reporter of
 * `shopConfig` writes it to the suite's report (see journey-report.ts).
 */
import { test as base, type APIRequestContext, type BrowserContext, type Request } from '@playwright/test';
import { events } from '@tractor/contracts';

export interface Journey {
  /** Paths of documents opened in the page's main frame: `/product/CL-01`. */
  readonly pages: Set<string>;
  /** Paths of every other shop request: API calls of the test, fetches of the page. */
  readonly requests: Set<string>;
  /** Contract events dispatched in the page: `checkout:cart-updated`. */
  readonly events: Set<string>;
}

export const journeyAttachment = 'journey';

const pathOf = (url: string) => new URL(url, 'http://shop.invalid').pathname;

const apiMethods = new Set(['fetch', 'get', 'post', 'put', 'patch', 'delete', 'head']);

/** The test's `request`, noting every path it is asked for. */
function recording(request: APIRequestContext, journey: Journey): APIRequestContext {
  return new Proxy(request, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (typeof property !== 'string' || !apiMethods.has(property)) return value.bind(target);
      return (url: unknown, ...rest: unknown[]) => {
        if (typeof url === 'string') journey.requests.add(pathOf(url));
        return value.call(target, url, ...rest);
      };
    },
  });
}

const watching = new WeakMap<BrowserContext, Promise<void>>();

/** Watches every page of a browser context (once, however often it is asked): the test's own, and any the test opens itself. */
function watch(context: BrowserContext, journey: Journey): Promise<void> {
  let ready = watching.get(context);
  if (!ready) {
    ready = startWatching(context, journey);
    watching.set(context, ready);
  }
  return ready;
}

/**
 * A navigation of a top-level page. A new tab's first navigation is issued before its frame
 * exists, and Playwright then has no frame to give (`frame()` throws): that one is a page too.
 */
function isPageLoad(req: Request): boolean {
  if (!req.isNavigationRequest()) return false;
  try {
    return req.frame().parentFrame() === null;
  } catch {
    return true;
  }
}

async function startWatching(context: BrowserContext, journey: Journey): Promise<void> {
  context.on('request', (req) => (isPageLoad(req) ? journey.pages : journey.requests).add(pathOf(req.url())));
  await context.exposeBinding('__journeyEvent', (_source, name: unknown) => {
    if (typeof name === 'string') journey.events.add(name);
  });
  // Capturing on window sees every event dispatched in the document, whether or not it bubbles.
  await context.addInitScript((names: string[]) => {
    const record = (window as unknown as { __journeyEvent: (name: string) => Promise<void> }).__journeyEvent;
    for (const name of names) window.addEventListener(name, () => void record(name).catch(() => undefined), { capture: true });
  }, Object.keys(events));
}

export const test = base.extend<{ journey: Journey; recordJourney: void }>({
  // Playwright reads a fixture's dependencies from its first parameter, so a fixture without any says `{}`.
  // eslint-disable-next-line no-empty-pattern
  journey: async ({}, use) => {
    await use({ pages: new Set(), requests: new Set(), events: new Set() });
  },
  context: async ({ context, journey }, use) => {
    await watch(context, journey);
    await use(context);
  },
  request: async ({ request, journey }, use) => {
    await use(recording(request, journey));
  },
  recordJourney: [
    async ({ browser, journey }, use, testInfo) => {
      // Contexts a test opens itself (say, one without JavaScript) are watched too.
      const opened = (context: BrowserContext) => void watch(context, journey).catch(() => undefined);
      browser.on('context', opened);
      await use();
      browser.off('context', opened);
      const body = JSON.stringify({ pages: [...journey.pages], requests: [...journey.requests], events: [...journey.events] });
      await testInfo.attach(journeyAttachment, { body, contentType: 'application/json' });
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
