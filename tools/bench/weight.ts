/**
 * `npm run bench:weight -- --port-offset N`: first-load JavaScript, CSS and HTML of every page of a
 * running shop (gzip, as a server sends them), the stylesheets and scripts the first paint waits
 * for, and each page's JavaScript as a multiple of a bare Next.js page built alongside.
 * A benchmark, not a test: it prints figures.
 */
import { parseArgs } from 'node:util';
import { edge } from '@tractor/contracts';
import { buildBareNext, startBareNext } from './bare-next';
import { basketCookie } from './basket-cookie';
import { weighPage, type PageWeight } from './page-weight';
import { seedVariants } from './seed-stock';

const { values } = parseArgs({
  options: {
    'port-offset': { type: 'string', default: process.env.SHOP_PORT_OFFSET ?? '0' },
    'bare-port': { type: 'string' },
    rebuild: { type: 'boolean', default: false },
  },
});
const offset = Number(values['port-offset']);
if (!Number.isInteger(offset) || offset < 0 || offset > 50_000) throw new Error(`--port-offset must be a whole number, got ${values['port-offset']}`);
const origin = `http://127.0.0.1:${edge.port + offset}`;
const barePort = Number(values['bare-port'] ?? edge.port + offset + 9);

const [variant] = seedVariants();
if (!variant) throw new Error('checkout has no variants');

buildBareNext(values.rebuild);
const bare = await startBareNext(barePort);
let yardstick: PageWeight;
try {
  yardstick = await weighPage(`${bare.origin}/`);
} finally {
  bare.stop();
}

const cookie = await basketCookie(origin, variant.sku);
const pages: [string, Record<string, string>][] = [
  ['/', {}],
  ['/products', {}],
  ['/products/classic', {}],
  ['/stores', {}],
  [`/product/${variant.productId}?sku=${variant.sku}`, {}],
  ['/checkout/cart', { cookie }],
  ['/checkout/checkout', { cookie }],
];

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);
const line = (page: string, weight: PageWeight) =>
  `${page.padEnd(30)}${String(weight.status).padStart(4)}${kb(weight.html)}${kb(weight.js)}${kb(weight.css)}${String(weight.scripts).padStart(6)}${String(weight.stylesheets).padStart(5)}${String(weight.renderBlocking).padStart(7)}${(weight.js / yardstick.js).toFixed(2).padStart(8)}×${weight.fallbacks > 0 ? `  (${weight.fallbacks} fragments fell back)` : ''}`;

console.log(`\nfirst load, gzip KB (HTML, JS, CSS), files (scripts, stylesheets), render-blocking requests, JS ÷ bare Next.js\n`);
console.log(`${'page'.padEnd(30)}${'st'.padStart(4)}${'HTML'.padStart(8)}${'JS'.padStart(8)}${'CSS'.padStart(8)}${'js#'.padStart(6)}${'css#'.padStart(5)}${'block'.padStart(7)}${'JS×'.padStart(9)}`);
console.log(line('bare Next.js page', yardstick));
for (const [page, headers] of pages) console.log(line(page, await weighPage(origin + page, headers)));
