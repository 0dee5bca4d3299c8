/**
 * One browser tab, driven over the DevTools protocol the way a shopper uses it: load a page, rest
 * the pointer on a link, press it, or press Back/Forward. Every step reports when the destination's
 * content was painted and what kind of navigation brought it.
 */
import type { CdpPage } from './cdp-browser';

export type NavKind = 'soft' | 'hard' | 'prerendered' | 'bfcache';

export interface NavResult {
  readonly ms: number;
  readonly kind: NavKind;
  /** Why the back/forward cache was not used, when Chromium says so. */
  readonly notRestored: readonly string[];
  /** Final status of prerenders Chromium gave up on during the step. */
  readonly prerenderFailures: readonly string[];
  /**
   * Whether a cross-document view transition revealed the destination, when the destination is a
   * document this tab showed before (Back/Forward); `null` when it cannot tell (a new document, or
   * a change inside the same one).
   */
  readonly viewTransition: boolean | null;
}

/** What must be on screen for the destination to count as arrived (evaluated in the page). */
export type Arrival = string;

interface Painted {
  at: number;
  mark: string | null;
  activationStart: number;
  transition: boolean | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Epoch milliseconds with a fraction, the same clock the page's `timeOrigin + now()` reads. */
const now = () => performance.timeOrigin + performance.now();

export class NavPage {
  private restored = false;
  private notRestored: string[] = [];
  private prerenderFailures: string[] = [];

  constructor(private readonly tab: CdpPage) {
    tab.on('Page.frameNavigated', (event) => {
      const { frame, type } = event as { frame: { parentId?: string }; type?: string };
      if (frame.parentId === undefined && type === 'BackForwardCacheRestore') this.restored = true;
    });
    tab.on('Page.backForwardCacheNotUsed', (event) => {
      const { notRestoredExplanations } = event as { notRestoredExplanations: { type: string; reason: string }[] };
      for (const { type, reason } of notRestoredExplanations) this.notRestored.push(`${reason} (${type})`);
    });
    tab.on('Preload.prerenderStatusUpdated', (event) => {
      const { status, prerenderStatus, disallowedMojoInterface } = event as { status: string; prerenderStatus?: string; disallowedMojoInterface?: string };
      if (status === 'Failure') this.prerenderFailures.push([prerenderStatus, disallowedMojoInterface].filter(Boolean).join(': '));
    });
  }

  /** A fresh document at `url`, loaded, then a moment for scripts to hydrate and rules to be read. */
  async goto(url: string, settleMs = 400): Promise<void> {
    const { errorText } = await this.tab.send('Page.navigate', { url });
    if (errorText) throw new Error(`${url}: ${errorText}`);
    await this.waitFor(`location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`);
    await sleep(settleMs);
  }

  /** Waits until `condition` (evaluated in the page) holds: for parts a fragment loader fills in later. */
  async waitFor(condition: string, timeoutMs = 10_000): Promise<void> {
    const deadline = now() + timeoutMs;
    while (!(await this.evaluate<boolean>(`Boolean(${condition})`).catch(() => false))) {
      if (now() > deadline) throw new Error(`still not true after ${timeoutMs} ms: ${condition}`);
      await sleep(20);
    }
  }

  /** Rests the pointer on the first element matching `selector` for `dwellMs`, then clicks it. */
  async click(selector: string, arrival: Arrival, dwellMs: number): Promise<NavResult> {
    await this.hover(selector);
    await sleep(dwellMs);
    return this.press(selector, arrival);
  }

  /** Moves the pointer onto the first element matching `selector`. */
  async hover(selector: string): Promise<void> {
    const { x, y } = await this.centreOf(selector);
    await this.tab.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  }

  /** Resolves once a prerender of `url` (absolute) started from this tab is ready to be shown. */
  prerenderReady(url: string, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no prerender of ${url} was ready within ${timeoutMs} ms`));
      }, timeoutMs);
      const stop = this.tab.on('Preload.prerenderStatusUpdated', (event) => {
        const { key, status } = event as { key: { url: string }; status: string };
        if (key.url !== url || status !== 'Ready') return;
        clearTimeout(timer);
        stop();
        resolve();
      });
    });
  }

  /** Presses and releases the primary button on the first element matching `selector`. */
  async press(selector: string, arrival: Arrival): Promise<NavResult> {
    const mark = await this.markDocument();
    const { x, y } = await this.centreOf(selector);
    this.startStep();
    // The wait is counted from the click, the release, as a browser counts it: the press only
    // tells the page the click is coming (it may start a prerender then).
    await this.tab.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
    const started = now();
    // A prerendered page can be shown as early as the press; the release then goes nowhere.
    await this.tab.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 }).catch(() => undefined);
    return this.arrive(arrival, started, mark);
  }

  /** Back (-1) or Forward (+1) in the session history, as the browser's own buttons do it. */
  async traverse(delta: -1 | 1, arrival: Arrival): Promise<NavResult> {
    const mark = await this.markDocument();
    const { currentIndex, entries } = await this.tab.send('Page.getNavigationHistory');
    const entry = entries[currentIndex + delta];
    if (!entry) throw new Error(`no history entry at ${currentIndex + delta}`);
    this.startStep();
    const started = now();
    await this.tab.send('Page.navigateToHistoryEntry', { entryId: entry.id });
    return this.arrive(arrival, started, mark);
  }

  private startStep() {
    this.restored = false;
    this.notRestored = [];
    this.prerenderFailures = [];
  }

  /**
   * Tags the current document, so the step can tell a same-document (soft) navigation from a new
   * one, and has it note when it is painted again after a restore from the back/forward cache.
   */
  private async markDocument(): Promise<string> {
    const mark = Math.random().toString(36).slice(2);
    await this.evaluate(`(() => {
      window.__navMark = ${JSON.stringify(mark)};
      window.__navShown = undefined;
      window.__navTransition = undefined;
      if (window.__navShownListener) return;
      window.__navShownListener = true;
      addEventListener('pageshow', (event) => {
        if (event.persisted) requestAnimationFrame(() => { window.__navShown = performance.timeOrigin + performance.now(); });
      });
      addEventListener('pagereveal', (event) => { window.__navTransition = event.viewTransition !== null; });
    })()`);
    return mark;
  }

  /** Where the element is once it is there (a fragment the loader fills in arrives late). */
  private async centreOf(selector: string): Promise<{ x: number; y: number }> {
    await this.waitFor(`document.querySelector(${JSON.stringify(selector)})`);
    const box = await this.evaluate<{ x: number; y: number } | null>(`(() => {
      const element = document.querySelector(${JSON.stringify(selector)});
      if (!element) return null;
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = element.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })()`);
    if (!box) throw new Error(`nothing matches ${selector} on ${await this.evaluate<string>('location.href')}`);
    return box;
  }

  /**
   * Polls the page until `arrival` holds, then reads when the content was painted, as the page
   * itself recorded it: its first contentful paint (a new document, loaded or prerendered: a
   * prerendered page paints nothing before it is shown), the first frame after a restore from the
   * back/forward cache, or, in the same document, the frame after the poll saw the content. A
   * document being replaced rejects the evaluation; the poll simply tries again in the next one.
   */
  private async arrive(arrival: Arrival, started: number, mark: string, timeoutMs = 10_000): Promise<NavResult> {
    const probe = `(() => {
      if (!(${arrival})) return null;
      return new Promise((resolve) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const entry = performance.getEntriesByType('navigation')[0];
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          const polled = performance.timeOrigin + performance.now();
          const mark = window.__navMark ?? null;
          const at = window.__navShown ?? (mark === null && paint ? performance.timeOrigin + paint.startTime : polled);
          resolve({ at, mark, activationStart: entry ? entry.activationStart : 0, transition: window.__navTransition ?? null });
        };
        channel.port2.postMessage(null);
      }));
    })()`;
    const deadline = started + timeoutMs;
    while (now() < deadline) {
      const painted = await this.evaluate<Painted | null>(probe).catch(() => null);
      if (painted) {
        const kind: NavKind = this.restored ? 'bfcache' : painted.mark === mark ? 'soft' : painted.activationStart > 0 ? 'prerendered' : 'hard';
        await sleep(50);
        return {
          ms: painted.at - started,
          kind,
          notRestored: [...this.notRestored],
          prerenderFailures: [...this.prerenderFailures],
          viewTransition: painted.mark === null ? null : painted.transition,
        };
      }
      await sleep(2);
    }
    throw new Error(`the destination did not arrive within ${timeoutMs} ms (${arrival})`);
  }

  private async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.tab.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  }
}
