/**
 * Chromium started by us and driven over the DevTools protocol, for what a Playwright-launched
 * browser cannot show: Playwright's launcher turns the back/forward cache off and its attach keeps
 * prerendered pages from activating. The browser gets a fresh profile and is killed with it.
 *
 * Chromium prerenders only while every DevTools session on the tab understands tab targets, so a
 * page is driven through its tab: sessions are flat, auto-attached, and when a prerendered page is
 * activated it becomes the page that commands go to.
 */
import { spawn } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import CDP from 'chrome-remote-interface';
import type ProtocolMapping from 'devtools-protocol/types/protocol-mapping';
import { browserLaunchOptions, fullBrowserPath } from './browser';

type Commands = ProtocolMapping.Commands;
type Params<M extends keyof Commands> = Commands[M]['paramsType'][0];

/** A browser tab: commands go to the page it shows now, events come from every page in it. */
export interface CdpPage {
  send<M extends keyof Commands>(method: M, params?: Params<M>): Promise<Commands[M]['returnType']>;
  /** Listens for a protocol event from any page of the tab (the shown one, prerendered ones). */
  on(method: string, listener: (params: Record<string, unknown>) => void): () => void;
  close(): Promise<void>;
}

export interface CdpBrowser {
  /** The DevTools port Chromium picked. */
  readonly port: number;
  newPage(): Promise<CdpPage>;
  close(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  subtype?: string;
}

const listening = /DevTools listening on ws:\/\/[^:]+:(\d+)\//;

export interface CdpLaunchOptions {
  readonly timeoutMs?: number;
  /** The browser tells pages the user prefers reduced motion (the shop then has no view transitions). */
  readonly reducedMotion?: boolean;
}

export async function launchCdpBrowser({ timeoutMs = 20_000, reducedMotion = false }: CdpLaunchOptions = {}): Promise<CdpBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'tractor-cdp-'));
  const args = [
    '--headless=new',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    ...(reducedMotion ? ['--force-prefers-reduced-motion'] : []),
    ...browserLaunchOptions.args,
    'about:blank',
  ];
  const child = spawn(fullBrowserPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A script that dies before close() must not leave the browser behind.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  let client: CDP.Client | undefined;

  const close = async () => {
    await client?.close().catch(() => undefined);
    process.off('exit', orphaned);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    // Chromium's helper processes may still be writing to the profile for a moment after it exits.
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };

  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port within ${timeoutMs} ms`)), timeoutMs);
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening its DevTools port`)));
      createInterface({ input: child.stderr }).on('line', (line) => {
        const match = listening.exec(line);
        if (!match?.[1]) return;
        clearTimeout(timer);
        resolve(Number(match[1]));
      });
    });
    const { webSocketDebuggerUrl } = await CDP.Version({ port });
    const browser = await CDP({ port, target: webSocketDebuggerUrl });
    client = browser;
    return { port, newPage: () => openTab(browser), close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function tabIds(browser: CDP.Client): Promise<Set<string>> {
  // The default filter leaves tabs out.
  const { targetInfos } = await browser.Target.getTargets({ filter: [{}] });
  return new Set(targetInfos.filter((t) => t.type === 'tab').map((t) => t.targetId));
}

async function openTab(browser: CDP.Client): Promise<CdpPage> {
  const before = await tabIds(browser);
  const { targetId: pageId } = await browser.Target.createTarget({ url: 'about:blank' });
  const tabId = [...(await tabIds(browser))].find((id) => !before.has(id));
  if (!tabId) throw new Error('the new tab did not appear among the targets');
  const { sessionId: tabSession } = await browser.Target.attachToTarget({ targetId: tabId, flatten: true });

  // Every page session in the tab, and which one shows now.
  const pages = new Map<string, TargetInfo>();
  let shown: string | undefined;
  // Commands waiting on a page that is no longer shown (it went to the back/forward cache) never
  // answer: they are failed when the tab shows another page, so the caller can ask again.
  const waiting = new Map<string, Set<(error: Error) => void>>();
  const show = (session: string) => {
    const previous = shown;
    shown = session;
    if (!previous || previous === session) return;
    for (const fail of waiting.get(previous) ?? []) fail(new Error('the tab now shows another page'));
    waiting.delete(previous);
  };
  const listeners = new Map<string, Set<(params: Record<string, unknown>) => void>>();
  let pageAttached: (() => void) | undefined;

  const onMessage = (message: CDP.EventMessage) => {
    const { method, sessionId } = message;
    const params = message.params as Record<string, unknown>;
    if (sessionId === tabSession && method === 'Target.attachedToTarget') {
      const info = params['targetInfo'] as TargetInfo;
      const session = params['sessionId'] as string;
      if (info.type !== 'page') return;
      pages.set(session, info);
      // Page events (navigations, cache misses, prerender status) from every page of the tab.
      void Promise.all([browser.send('Page.enable', undefined, session), browser.send('Preload.enable', undefined, session)])
        .catch(() => undefined)
        .then(() => {
          if (info.subtype !== 'prerender') {
            show(session);
            pageAttached?.();
          }
        });
      return;
    }
    if (sessionId === tabSession && method === 'Target.targetInfoChanged') {
      const info = params['targetInfo'] as TargetInfo;
      for (const [session, known] of pages) {
        if (known.targetId !== info.targetId) continue;
        pages.set(session, info);
        // An activated prerender becomes the page the tab shows.
        if (known.subtype === 'prerender' && info.subtype !== 'prerender') show(session);
      }
      return;
    }
    if (sessionId === tabSession && method === 'Target.detachedFromTarget') {
      pages.delete(params['sessionId'] as string);
      return;
    }
    if (sessionId && pages.has(sessionId)) for (const listener of listeners.get(method) ?? []) listener(params);
  };
  const events = browser as unknown as EventEmitter;
  events.on('event', onMessage);

  const attached = new Promise<void>((resolve) => (pageAttached = resolve));
  await browser.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }, tabSession);
  await attached;

  return {
    send: (method, params) => {
      const session = shown;
      if (!session) return Promise.reject(new Error('the tab shows no page'));
      return new Promise((resolve, reject) => {
        const set = waiting.get(session) ?? new Set();
        waiting.set(session, set);
        set.add(reject);
        (browser.send(method, params ?? {}, session) as Promise<never>).then(resolve, reject).finally(() => set.delete(reject));
      });
    },
    on: (method, listener) => {
      const set = listeners.get(method) ?? new Set();
      set.add(listener);
      listeners.set(method, set);
      return () => set.delete(listener);
    },
    close: async () => {
      events.off('event', onMessage);
      await browser.Target.closeTarget({ targetId: pageId }).catch(() => undefined);
    },
  };
}
