/**
 * Chromium started by us and driven over the DevTools protocol, for what a Playwright-launched
 * browser cannot show: Playwright's launcher turns the back/forward cache off and its attach keeps
 * prerendered pages from activating. The browser gets a fresh profile and is killed with it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import CDP from 'chrome-remote-interface';
import { browserLaunchOptions } from './browser';

export interface CdpBrowser {
  /** The DevTools port Chromium picked. */
  readonly port: number;
  /** A new tab, attached to nothing but its own page target. */
  newPage(): Promise<CDP.Client>;
  close(): Promise<void>;
}

const listening = /DevTools listening on ws:\/\/[^:]+:(\d+)\//;

export async function launchCdpBrowser({ timeoutMs = 20_000 } = {}): Promise<CdpBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'tractor-cdp-'));
  const args = ['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...browserLaunchOptions.args, 'about:blank'];
  const child = spawn(browserLaunchOptions.executablePath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    await rm(profile, { recursive: true, force: true });
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
    return {
      port,
      newPage: async () => {
        const target = await CDP.New({ port, url: 'about:blank' });
        return CDP({ port, target });
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
