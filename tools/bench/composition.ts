/**
 * `npm run bench`: server render time of each page with its fragments (header, footer, mini cart,
 * …) and without them (the same servers, with every server-side include failing at once, so pages
 * render their fallbacks). Prints p50/p95 per page; the difference is what composition costs.
 * Then the same pages with tracing on (spans to the trace files, as `npm start` does) and off
 * (`OTEL_SDK_DISABLED=true`): both shops run at once and are asked in turn, so the machine's other
 * load falls on both alike, in two halves with the shops swapped (see `compareTracing`). `BENCH_ONLY=composition|tracing` runs one part; `BENCH_PORT_BASE` moves
 * every shop's ports by a block.
 * A benchmark, not a test: the figures depend on the machine.
 */
import { summary } from './stats';
import { startShop } from './shop-process';

const pages = ['/', '/products', '/product/CL-01', '/checkout/cart'];
const rounds = Number(process.env.BENCH_ROUNDS ?? 60);
/** Moves the shops' ports by a whole block, so two checkouts can run the benchmark side by side. */
const portBase = Number(process.env.BENCH_PORT_BASE ?? 0);

async function timePage(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

async function measure(origin: string) {
  const results: Record<string, ReturnType<typeof summary>> = {};
  for (const page of pages) {
    for (let i = 0; i < 5; i += 1) await timePage(origin + page);
    const samples: number[] = [];
    for (let i = 0; i < rounds; i += 1) samples.push(await timePage(origin + page));
    results[page] = summary(samples);
  }
  return results;
}

/** Both shops, page by page, one request each in alternating order, so drift hits both alike. Raw samples per page. */
async function measurePair(a: string, b: string, count: number) {
  const results: Record<string, [number[], number[]]> = {};
  for (const page of pages) {
    for (let i = 0; i < 5; i += 1) await Promise.all([timePage(a + page), timePage(b + page)]);
    const first: number[] = [];
    const second: number[] = [];
    for (let i = 0; i < count; i += 1) {
      if (i % 2 === 0) {
        first.push(await timePage(a + page));
        second.push(await timePage(b + page));
      } else {
        second.push(await timePage(b + page));
        first.push(await timePage(a + page));
      }
    }
    results[page] = [first, second];
  }
  return results;
}

async function run(label: string, offset: number, env: Record<string, string>) {
  process.stdout.write(`starting the shop (${label}) …\n`);
  const shop = await startShop(offset, env);
  try {
    return await measure(shop.origin);
  } finally {
    await shop.stop();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);

async function compareComposition() {
  const withFragments = await run('with fragments', portBase + 600, {});
  // Port 9 (discard) is closed here: every include fails immediately and the page renders its fallbacks.
  const withoutFragments = await run('without fragments', portBase + 700, { FRAGMENTS_ORIGIN: 'http://127.0.0.1:9' });
  console.log(`\nserver render time over ${rounds} sequential requests per page (loopback, full body)\n`);
  console.log(`${'page'.padEnd(16)}${'with p50'.padStart(9)}${'with p95'.padStart(10)}${'without p50'.padStart(12)}${'without p95'.padStart(12)}`);
  for (const page of pages) {
    const a = withFragments[page];
    const b = withoutFragments[page];
    if (!a || !b) continue;
    console.log(`${page.padEnd(16)}${ms(a.p50)} ${ms(a.p95)}   ${ms(b.p50)}   ${ms(b.p95)}`);
  }
}

/**
 * Two shops that differ only in tracing. Even two identical shops measured this way differ by a few
 * percent, depending on which was started first and on which ports it runs; so the rounds are run
 * in two halves, the shops swapping start order and ports between them.
 */
async function compareTracing() {
  const on: Record<string, number[]> = {};
  const off: Record<string, number[]> = {};
  const halves = [
    { first: { tracing: true, offset: 800 }, second: { tracing: false, offset: 900 } },
    { first: { tracing: false, offset: 800 }, second: { tracing: true, offset: 900 } },
  ];
  for (const [index, half] of halves.entries()) {
    process.stdout.write(`half ${index + 1} of 2: starting the shop with tracing ${half.first.tracing ? 'on' : 'off'}, then the one with tracing ${half.second.tracing ? 'on' : 'off'} …\n`);
    // BENCH_AA=1: both shops without tracing, to see what this method reads when there is nothing to find.
    const env = (tracing: boolean): Record<string, string> => (tracing && process.env.BENCH_AA !== '1' ? {} : { OTEL_SDK_DISABLED: 'true' });
    // One after the other: two shops seeding their databases at once is slow enough to time out.
    const a = await startShop(portBase + half.first.offset, env(half.first.tracing));
    const b = await startShop(portBase + half.second.offset, env(half.second.tracing)).catch(async (error: unknown) => {
      await a.stop();
      throw error;
    });
    try {
      const results = await measurePair(a.origin, b.origin, Math.ceil(rounds / 2));
      for (const page of pages) {
        const [first = [], second = []] = results[page] ?? [];
        (on[page] ??= []).push(...(half.first.tracing ? first : second));
        (off[page] ??= []).push(...(half.first.tracing ? second : first));
      }
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }
  console.log(`\npage render time with tracing on and off, ${rounds} alternating requests per page and shop (two halves, shops swapped)\n`);
  console.log(`${'page'.padEnd(16)}${'on p50'.padStart(9)}${'on p95'.padStart(10)}${'off p50'.padStart(10)}${'off p95'.padStart(10)}${'p50 overhead'.padStart(14)}`);
  for (const page of pages) {
    const a = summary(on[page] ?? []);
    const b = summary(off[page] ?? []);
    const overhead = `${a.p50 >= b.p50 ? '+' : ''}${(((a.p50 - b.p50) / b.p50) * 100).toFixed(1)} %`;
    console.log(`${page.padEnd(16)}${ms(a.p50)} ${ms(a.p95)} ${ms(b.p50)} ${ms(b.p95)}${overhead.padStart(14)}`);
  }
}

const only = process.env.BENCH_ONLY;
if (only !== 'tracing') await compareComposition();
if (only !== 'composition') await compareTracing();
