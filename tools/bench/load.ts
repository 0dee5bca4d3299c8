/**
 * `npm run load -- --connections 10 --seconds 20`: a shopper mix through the edge router (home,
 * listing, product, add to cart, basket, checkout, order) on N connections for S seconds. Prints
 * page views per second, p50/p95/p99 per page, errors, timeouts, 5xx and fragment fallbacks, then
 * checks in checkout's database that stock plus units ordered still equals the seed.
 * A benchmark, not a test: the figures depend on the machine. Runs against a shop already started
 * (`npm start -- --port-offset N`), on 127.0.0.1 only.
 */
import autocannon from 'autocannon';
import { LoadTally } from './load-tally';
import { parseLoadOptions } from './load-options';
import { seedVariants } from './seed-stock';
import { shopperMix, type Visit } from './shopper-mix';
import { checkStock } from './stock-check';

const options = parseLoadOptions(process.argv.slice(2));
const variants = seedVariants();
const tally = new LoadTally();

process.stdout.write(`load: ${options.connections} connections × ${options.seconds} s against ${options.origin} …\n`);
const initialContext: Visit = { cookies: {} };
const result = await autocannon({
  url: options.origin,
  connections: options.connections,
  duration: options.seconds,
  timeout: options.timeoutSeconds,
  initialContext,
  requests: shopperMix(variants, options.orderShare, tally) as autocannon.Request[],
});

const rows = tally.rows(options.seconds);
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)}` : '-').padStart(7);
const num = (value: number) => String(value).padStart(7);
console.log(`\n${'page'.padEnd(14)}${'req/s'.padStart(7)}${'p50'.padStart(7)}${'p95'.padStart(7)}${'p99'.padStart(7)}${'ok'.padStart(7)}${'4xx'.padStart(7)}${'5xx'.padStart(7)}${'fallbk'.padStart(7)}  statuses`);
for (const row of rows) {
  console.log(
    `${row.page.padEnd(14)}${row.perSecond.toFixed(1).padStart(7)}${ms(row.p50)}${ms(row.p95)}${ms(row.p99)}${num(row.ok)}${num(row.client4xx)}${num(row.server5xx)}${num(row.fallbacks)}  ${JSON.stringify(row.statuses)}`,
  );
}
const answered = rows.reduce((sum, row) => sum + row.requests, 0);
const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
console.log(
  `\ntotal: ${(answered / options.seconds).toFixed(1)} req/s answered (${answered}), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ` +
    `errors ${result.errors}, timeouts ${result.timeouts}, 5xx ${sum((row) => row.server5xx)}, fragment fallbacks ${sum((row) => row.fallbacks)}`,
);

try {
  const { mismatches, unitsOrdered, orders } = await checkStock(options.checkoutDatabaseUrl, variants);
  if (mismatches.length === 0) console.log(`stock: consistent (stock + ${unitsOrdered} units in ${orders} orders = seed, for every variant)`);
  else {
    console.log(`stock: INCONSISTENT for ${mismatches.length} variants: ${JSON.stringify(mismatches.slice(0, 5))}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.log(`stock: could not read checkout's database (${error instanceof Error ? error.message : String(error)}); pass --checkout-db URL`);
  process.exitCode = 1;
}
