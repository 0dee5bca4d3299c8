/**
 * `npm run bench`: server render time of each page with its fragments (header, footer, mini cart,
 * …) and without them (the same servers, with every server-side include failing at once, so pages
 * render their fallbacks). Prints p50/p95 per page; the difference is what composition costs.
 * A benchmark, not a test: the figures depend on the machine.
 */
import { summary } from './stats';
import { startShop } from './shop-process';

const pages = ['/', '/products', '/product/CL-01', '/checkout/cart'];
const rounds = Number(process.env.BENCH_ROUNDS ?? 60);

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

async function run(label: string, offset: number, env: Record<string, string>) {
  process.stdout.write(`starting the shop (${label}) …\n`);
  const shop = await startShop(offset, env);
  try {
    return await measure(shop.origin);
  } finally {
    await shop.stop();
  }
}

const withFragments = await run('with fragments', 600, {});
// Port 9 (discard) is closed here: every include fails immediately and the page renders its fallbacks.
const withoutFragments = await run('without fragments', 700, { FRAGMENTS_ORIGIN: 'http://127.0.0.1:9' });

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
console.log(`\nserver render time over ${rounds} sequential requests per page (loopback, full body)\n`);
console.log(`${'page'.padEnd(16)}${'with p50'.padStart(9)}${'with p95'.padStart(10)}${'without p50'.padStart(12)}${'without p95'.padStart(12)}`);
for (const page of pages) {
  const a = withFragments[page];
  const b = withoutFragments[page];
  if (!a || !b) continue;
  console.log(`${page.padEnd(16)}${ms(a.p50)} ${ms(a.p95)}   ${ms(b.p50)}   ${ms(b.p95)}`);
}
