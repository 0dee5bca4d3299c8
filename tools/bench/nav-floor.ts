/**
 * `npm run bench:nav:floor`: what the browser alone needs on this machine for the steps that
 * `npm run bench:nav` times, measured on two tiny static pages served here (no framework, no
 * fragments), with the same speculation rules and the same clock. The shop cannot be faster than
 * these figures; the difference between the two benchmarks is what the shop's pages cost.
 *
 *   npm run bench:nav:floor -- [--rounds 10] [--dwell 400]
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

import { speculationRulesText } from '@tractor/contracts';
import { launchCdpBrowser, NavPage, type NavResult } from '@tractor/e2e';
import { percentile } from './stats';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '10' }, dwell: { type: 'string', default: '400' } } });
const rounds = Number(values.rounds);
const dwellMs = Number(values.dwell);
for (const [name, value] of [['--rounds', rounds], ['--dwell', dwellMs]] as const) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0, got ${value}`);
}

/** One page of the pair; `crossFade` gives it the shop's cross-document view transition. */
function page(title: string, next: string, crossFade: boolean): string {
  const transition = crossFade ? '@view-transition { navigation: auto; }' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>${transition} body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; }</style></head>
<body><h1>${title}</h1><p><a id="next" href="${next}">Next page</a></p><p>${'A green tractor in a field. '.repeat(60)}</p>
<script type="speculationrules">${speculationRulesText}</script></body></html>`;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const crossFade = url.searchParams.has('fade');
  const query = crossFade ? '?fade' : '';
  const second = url.pathname === '/second';
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-cache' });
  response.end(page(second ? 'Second' : 'First', `/${second ? 'first' : 'second'}${query}`, crossFade));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const at = (path: string) => `location.pathname === ${JSON.stringify(path)} && document.querySelector('h1') !== null`;
const cell = (results: readonly NavResult[]) => {
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  const kinds = [...new Set(results.map((r) => r.kind))].join('/');
  return `${percentile(sorted, 50).toFixed(0).padStart(6)} ms ${percentile(sorted, 90).toFixed(0).padStart(6)} ms  ${kinds}`;
};

const browser = await launchCdpBrowser();
try {
  const page = new NavPage(await browser.newPage());
  console.log(`static pages on ${origin}, ${rounds} rounds, pointer resting ${dwellMs} ms\n`);
  console.log(`${'step'.padEnd(30)}${'median'.padStart(9)}${'p90'.padStart(10)}  kind`);
  for (const crossFade of [false, true]) {
    const query = crossFade ? '?fade' : '';
    const clicks: NavResult[] = [];
    const backs: NavResult[] = [];
    for (let round = 0; round <= rounds; round += 1) {
      await page.goto(`${origin}/first${query}`);
      const click = await page.click('#next', at('/second'), dwellMs);
      const back = await page.traverse(-1, at('/first'));
      if (round === 0) continue;
      clicks.push(click);
      backs.push(back);
    }
    const label = crossFade ? ', view transition' : '';
    console.log(`${`click${label}`.padEnd(30)}${cell(clicks)}`);
    console.log(`${`Back${label}`.padEnd(30)}${cell(backs)}`);
  }
} finally {
  await browser.close();
  server.close();
}
