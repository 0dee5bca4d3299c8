/**
 * `npm run bench:nav`: how long a shopper waits between clicking a link and seeing the next page,
 * for navigations inside a context, between contexts, a variant switch and Back/Forward. Chromium
 * is started here and driven over the DevTools protocol (a Playwright-launched browser has no
 * prerendering and no back/forward cache). Prints, per pair, the median and p90 from the press to
 * the destination's content painted, the kinds of navigation seen, and why the back/forward cache
 * was not used when it was not. A benchmark, not a test: the figures depend on the machine.
 *
 *   npm run bench:nav                                   starts a shop (built apps) on port offset 800
 *   npm run bench:nav -- --origin http://localhost:3000 measures a running shop
 *   npm run bench:nav -- --root ../other-checkout        starts the shop of another checkout (old code)
 *   --port-offset N  --rounds 10  --dwell 400 (ms the pointer rests on a link before pressing)
 *   --compare        also each step with the page's speculation rules taken out, alternating with
 *                    the normal one, so both see the same machine at the same time
 *   --reduced-motion the browser asks for reduced motion, so no view transition runs (what they cost)
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

import { href } from '@tractor/contracts';
import { launchCdpBrowser, NavPage, type NavKind, type NavResult } from '@tractor/e2e';
import { pairs } from './nav-pairs';
import { startShop, type Shop } from './shop-process';
import { percentile } from './stats';

const { values } = parseArgs({
  options: {
    origin: { type: 'string' },
    root: { type: 'string' },
    'port-offset': { type: 'string', default: '800' },
    rounds: { type: 'string', default: '10' },
    dwell: { type: 'string', default: '400' },
    compare: { type: 'boolean', default: false },
    'reduced-motion': { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const dwellMs = Number(values.dwell);
const offset = Number(values['port-offset']);
for (const [name, value] of [['--rounds', rounds], ['--dwell', dwellMs], ['--port-offset', offset]] as const) {
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got ${value}`);
}

/** Puts a tractor in the basket, so the basket page has a line to link back to decide. */
async function fillBasket(page: NavPage, origin: string) {
  await page.goto(origin + href.decide.product('CL-01'));
  const button = 'checkout-add-to-cart button[type="submit"]';
  await page.waitFor(`document.querySelector('${button}')`);
  await page.click(button, `document.querySelector('.c-add-to-cart__added a') !== null`, 0);
}

function kinds(results: readonly NavResult[]): string {
  const counts = new Map<NavKind, number>();
  for (const { kind } of results) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${kind} ${n}`).join(', ');
}

function reasons(results: readonly NavResult[]): string {
  const all = new Set(results.flatMap((r) => [...r.notRestored, ...r.prerenderFailures.map((f) => `prerender: ${f}`)]));
  return [...all].join('; ');
}

const withoutRules = `document.querySelectorAll('script[type="speculationrules"]').forEach((script) => script.remove())`;

interface Row {
  name: string;
  results: NavResult[];
  /** The same steps on pages whose speculation rules were taken out (with --compare). */
  plain: NavResult[];
}

async function measure(origin: string) {
  const browser = await launchCdpBrowser({ reducedMotion: values['reduced-motion'] });
  try {
    const tab = await browser.newPage();
    const page = new NavPage(tab);
    await fillBasket(page, origin);
    const rows: Row[] = [];
    for (const pair of pairs) {
      const row: Row = { name: pair.name, results: [], plain: [] };
      // One unmeasured round first: compiled routes and warm connections, as a shop in use has them.
      for (let round = 0; round <= rounds; round += 1) {
        for (const rules of values.compare ? [true, false] : [true]) {
          await page.goto(origin + pair.from);
          if (!rules) await page.waitFor(`(${withoutRules}, true)`);
          const result = await pair.run(page, dwellMs);
          if (round > 0) (rules ? row.results : row.plain).push(result);
        }
      }
      rows.push(row);
      process.stdout.write(`  ${pair.name}: ${kinds(row.results)}${values.compare ? ` | without rules: ${kinds(row.plain)}` : ''}\n`);
    }
    await tab.close();
    return rows;
  } finally {
    await browser.close();
  }
}

let shop: Shop | null = null;
try {
  let origin = values.origin;
  if (!origin) {
    process.stdout.write(`starting the shop${values.root ? ` of ${values.root}` : ''} on port offset ${offset} …\n`);
    shop = await startShop(offset, {}, values.root ? resolve(values.root) : undefined);
    origin = shop.origin;
  }
  const motion = values['reduced-motion'] ? ', reduced motion (no view transitions)' : '';
  process.stdout.write(`measuring ${origin}: ${rounds} rounds per pair, pointer resting ${dwellMs} ms before each press${motion}\n`);
  const rows = await measure(origin);
  const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(8);
  const cells = (results: readonly NavResult[]) => {
    const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
    return `${ms(percentile(sorted, 50))}${ms(percentile(sorted, 90))}`;
  };
  console.log(`\nclick (or Back/Forward) → destination content painted, ${rounds} rounds\n`);
  const plainHead = values.compare ? `${'no rules'.padStart(10)}${'p90'.padStart(8)}` : '';
  console.log(`${'navigation'.padEnd(34)}${'median'.padStart(8)}${'p90'.padStart(8)}${plainHead}  kind observed`);
  for (const { name, results, plain } of rows) {
    const plainCells = values.compare ? `  ${cells(plain)}` : '';
    const plainKinds = values.compare ? ` (no rules: ${kinds(plain)})` : '';
    console.log(`${name.padEnd(34)}${cells(results)}${plainCells}  ${kinds(results)}${plainKinds}`);
    const why = reasons(results);
    if (why) console.log(`${''.padEnd(34)}  not used: ${why}`);
  }
} finally {
  await shop?.stop();
}
