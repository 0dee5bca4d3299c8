/**
 * The Playwright config every suite shares: the whole shop, started fresh by the launcher from the
 * production builds, on its own port range (`offset`) with its own data, so suites never see each
 * other's servers or baskets. `E2E_MODE=lambda` runs the same suite against each context's OpenNext
 * Lambda handler instead (production parity), on a port range and data of its own.
 */
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { join } from 'node:path';
import { edge } from '@tractor/contracts';
import { browserLaunchOptions } from './browser';
import { journeyReportFile } from './journey-report';

export const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');

export type E2eMode = 'start' | 'lambda';

export const e2eMode: E2eMode = process.env.E2E_MODE === 'lambda' ? 'lambda' : 'start';

/**
 * Moves every suite's ports by a whole block (`E2E_PORT_BASE`), so two checkouts of the repo can run
 * the same suites on one machine at once.
 */
const portBase = Number(process.env.E2E_PORT_BASE ?? 0);
if (!Number.isInteger(portBase) || portBase < 0 || portBase > 40_000) {
  throw new Error(`E2E_PORT_BASE must be a whole number between 0 and 40000, got "${process.env.E2E_PORT_BASE}"`);
}

/** The ports a suite's shop really uses: lambda-mode runs sit 1000 above, beside the regular ones. */
export function suitePortOffset(offset: number): number {
  return portBase + (e2eMode === 'lambda' ? offset + 1000 : offset);
}

/** Where the launcher keeps a suite's databases and process ids. */
export function suiteDataDir(offset: number): string {
  return join(repoRoot, '.tmp', `e2e-${suitePortOffset(offset)}`);
}

/** The suite's edge router log: one JSON line per request (assets too), with its `requestId`. */
export function suiteRouterLog(offset: number): string {
  return join(suiteDataDir(offset), 'logs', 'router.log');
}

export function shopConfig({ offset, testDir }: { offset: number; testDir: string }): PlaywrightTestConfig {
  const ports = suitePortOffset(offset);
  const baseURL = `http://localhost:${edge.port + ports}`;
  const lambda = e2eMode === 'lambda';
  const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return defineConfig({
    testDir,
    fullyParallel: false,
    workers: 1,
    retries: process.env.CI ? 1 : 0,
    forbidOnly: !!process.env.CI,
    // The JSON report carries each test's recorded journey to the fitness checks (journey.ts).
    reporter: [
      ['list'],
      ['json', { outputFile: journeyReportFile(e2eMode) }],
      ...(process.env.CI ? [] : [['html', { open: 'never', outputFolder: lambda ? 'playwright-report/lambda' : 'playwright-report' }] as const]),
    ],
    outputDir: lambda ? 'test-results-lambda' : 'test-results',
    timeout: 30_000,
    use: { baseURL, trace: 'retain-on-failure', launchOptions: browserLaunchOptions },
    projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: browserLaunchOptions } }],
    webServer: {
      command: `node ${tsx} tools/launcher/main.ts ${e2eMode} --skip-build --fresh --port-offset ${ports} --data-dir ${suiteDataDir(offset)}`,
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
