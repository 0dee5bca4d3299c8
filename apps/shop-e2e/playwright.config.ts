import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';
import { browserLaunchOptions } from './src/browser';

// A port offset keeps this shop apart from one a developer may be running on 3000.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 100);
const baseURL = `http://localhost:${3000 + offset}`;
const root = join(import.meta.dirname, '..', '..');

export default defineConfig({
  testDir: './src',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: browserLaunchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: browserLaunchOptions } },
  ],
  webServer: {
    command: `node ${join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')} tools/launcher/main.ts start --skip-build --fresh --port-offset ${offset} --data-dir .tmp/e2e`,
    cwd: root,
    url: `${baseURL}/products`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
