import { existsSync } from 'node:fs';

/** Flags for Debian's Chromium, started the way this project's machines allow (no downloads, no sandbox as root). */
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * The full browser (`/usr/bin/chromium`, or `CHROMIUM_PATH`): what the checks driven over the
 * DevTools protocol start themselves, since they need prerendering and the back/forward cache.
 */
export const fullBrowserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * What Playwright starts for the browser suites: Debian's headless shell when it is installed
 * (package `chromium-headless-shell`, the build Playwright itself uses for headless runs; the
 * suites take about 40 % less time on it than on the full browser), else the full browser.
 * `CHROMIUM_PATH` picks one for both, e.g. the full browser for `--headed` runs.
 */
const headlessShell = '/usr/bin/chromium-headless-shell';

export const browserLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync(headlessShell) ? headlessShell : fullBrowserPath),
  args,
};
