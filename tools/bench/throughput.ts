/**
 * `npm run bench:throughput -- --against ../old`: page views per second at a fixed number of
 * connections (autocannon through the edge router), for this checkout and, with `--against`,
 * another checkout of the shop built beside it. Both shops run at once on their own PostgreSQL
 * databases (created fresh on `--server`), and are measured in turn, round by round, with the
 * order swapped every round, so the machine's other load falls on both alike. Prints each round
 * and the median per page, and new ÷ old.
 * A benchmark, not a test: the figures depend on the machine.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { contextNames } from '@tractor/contracts';
import { createDatabase, dropDatabase, withDatabase } from '@tractor/db-runtime';
import { databaseVariables } from '@tractor/runtime-config';
import { basketCookie } from './basket-cookie';
import { startShop, type Shop } from './shop-process';
import { summary } from './stats';

const usage =
  'usage: npm run bench:throughput -- [--against DIR] [--pages /,/products,…] [--connections N] [--seconds S] [--warm S] [--rounds N] [--server URL] [--port-offset N]';
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    against: { type: 'string' },
    pages: { type: 'string', default: '/product/CL-01,/products,basket' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '15' },
    warm: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    server: { type: 'string', default: process.env.BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432' },
    'port-offset': { type: 'string', default: '500' },
  },
});

function whole(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${text}"\n${usage}`);
  return value;
}
const connections = whole('connections', values.connections, 1, 500);
const seconds = whole('seconds', values.seconds, 1, 600);
const warm = whole('warm', values.warm, 0, 600);
const rounds = whole('rounds', values.rounds, 1, 50);
const offset = whole('port-offset', values['port-offset'], 0, 50_000);
/** `basket` is the basket page for a shopper with one tractor in it; any other entry is a path. */
const pages = values.pages.split(',').map((page) => page.trim());
for (const page of pages) if (page !== 'basket' && !page.startsWith('/')) throw new Error(`--pages: "${page}" is neither a path nor "basket"\n${usage}`);

interface Subject {
  label: string;
  root: string | undefined;
  offset: number;
  shop?: Shop;
  cookie?: string;
}
const subjects: Subject[] = [{ label: 'this', root: undefined, offset }];
if (values.against) subjects.push({ label: 'against', root: resolve(values.against), offset: offset + 100 });

/** Fresh databases for one shop on the PostgreSQL server, as `<CTX>_DATABASE_URL` variables. */
async function freshDatabases(subject: Subject): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const name of contextNames) {
    const url = withDatabase(values.server, `bench_throughput_${subject.offset}_${name}`);
    await dropDatabase(url);
    await createDatabase(url);
    env[databaseVariables(name).url] = url;
  }
  return env;
}

function urlFor(subject: Subject, page: string): string {
  const shop = subject.shop;
  if (!shop) throw new Error(`${subject.label}: not started`);
  return shop.origin + (page === 'basket' ? '/checkout/cart' : page);
}

async function fire(subject: Subject, page: string, duration: number) {
  const headers: Record<string, string> = { accept: 'text/html' };
  if (page === 'basket' && subject.cookie) headers.cookie = subject.cookie;
  const result = await autocannon({ url: urlFor(subject, page), connections, duration, headers });
  const failed = result.non2xx + result.errors + result.timeouts;
  return { perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed };
}

/** The median of a few rounds (nearest rank). */
const median = (numbers: readonly number[]) => summary(numbers).p50;

try {
  for (const subject of subjects) {
    process.stdout.write(`starting ${subject.label}${subject.root ? ` (${subject.root})` : ''} on PostgreSQL …\n`);
    subject.shop = await startShop(subject.offset, await freshDatabases(subject), subject.root);
    subject.cookie = await basketCookie(subject.shop.origin, 'CL-01-GR');
  }
  // Every page once on every shop, so no first render or cold cache lands in a measurement.
  for (const subject of subjects) for (const page of pages) for (let i = 0; i < 5; i += 1) await fetch(urlFor(subject, page), { headers: page === 'basket' && subject.cookie ? { cookie: subject.cookie } : {} }).then((r) => r.arrayBuffer());

  const figures = new Map<string, number[]>();
  for (let round = 1; round <= rounds; round += 1) {
    const order = round % 2 === 1 ? subjects : [...subjects].reverse();
    for (const page of pages) {
      for (const subject of order) {
        if (warm > 0) await fire(subject, page, warm);
        const result = await fire(subject, page, seconds);
        const key = `${subject.label} ${page}`;
        figures.set(key, [...(figures.get(key) ?? []), result.perSecond]);
        console.log(
          `round ${round}  ${subject.label.padEnd(8)} ${page.padEnd(16)} ${result.perSecond.toFixed(1).padStart(7)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms` +
            (result.failed ? `  FAILED ${result.failed}` : ''),
        );
      }
    }
  }
  console.log(`\nmedian req/s over ${rounds} rounds, ${connections} connections × ${seconds} s:`);
  for (const page of pages) {
    const mine = median(figures.get(`this ${page}`) ?? []);
    const theirs = subjects.length > 1 ? median(figures.get(`against ${page}`) ?? []) : Number.NaN;
    const ratio = Number.isFinite(theirs) ? `  against ${theirs.toFixed(1)}  ratio ${(mine / theirs).toFixed(2)}×` : '';
    console.log(`${page.padEnd(16)} this ${mine.toFixed(1)}${ratio}`);
  }
} finally {
  for (const subject of subjects) await subject.shop?.stop();
}
