/**
 * The Playwright config every suite shares: the whole shop, started fresh by the launcher from the
 * production builds, on its own port range (`offset`) with its own data, so suites never see each
 * other's servers or baskets.
 */
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { join } from 'node:path';
import { edge } from '@tractor/contracts';
import { browserLaunchOptions } from './browser';

export const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');

/** Where the launcher keeps a suite's databases and process ids. */
export function suiteDataDir(offset: number): string {
  return join(repoRoot, '.tmp', `e2e-${offset}`);
}

export function shopConfig({ offset, testDir }: { offset: number; testDir: string }): PlaywrightTestConfig {
  const baseURL = `http://localhost:${edge.port + offset}`;
  const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return defineConfig({
    testDir,
    fullyParallel: false,
    workers: 1,
    retries: process.env.CI ? 1 : 0,
    forbidOnly: !!process.env.CI,
    reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
    timeout: 30_000,
    use: { baseURL, trace: 'retain-on-failure', launchOptions: browserLaunchOptions },
    projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: browserLaunchOptions } }],
    webServer: {
      command: `node ${tsx} tools/launcher/main.ts start --skip-build --fresh --port-offset ${offset} --data-dir ${suiteDataDir(offset)}`,
      cwd: repoRoot,
      url: `${baseURL}/products`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: process.env.E2E_SERVER_LOG ? 'pipe' : 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    },
  });
}
