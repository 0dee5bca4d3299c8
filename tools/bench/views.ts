/**
 * `npm run bench:views -- --port-offset N --log FILE`: origin requests per page view. Asks for each
 * page with its own `x-request-id` (after two warm-up views, so public fragments come from cache)
 * and counts the edge router's log lines carrying that id: the page itself plus every personal
 * fragment included for it. FILE is the router's log (`<data dir>/logs/router.log`, or the
 * launcher's output saved with `tee`).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { edge } from '@tractor/contracts';
import { basketCookie } from './basket-cookie';
import { seedVariants } from './seed-stock';

const { values } = parseArgs({ options: { 'port-offset': { type: 'string', default: process.env.SHOP_PORT_OFFSET ?? '0' }, log: { type: 'string' } } });
if (!values.log) throw new Error('usage: npm run bench:views -- --port-offset N --log FILE');
const logFile = values.log;
const origin = `http://127.0.0.1:${edge.port + Number(values['port-offset'])}`;
const [variant] = seedVariants();
if (!variant) throw new Error('checkout has no variants');

const cookie = await basketCookie(origin, variant.sku);

const pages = ['/', '/products', '/products/classic', '/stores', `/product/${variant.productId}?sku=${variant.sku}`, '/checkout/cart', '/checkout/checkout'];

/**
 * The path of a router log line that belongs to the view, else nothing. The router writes one JSON
 * object per request (`requestId`, `route` without the query); older routers wrote `GET /path … id=…`.
 */
function viewLine(line: string, id: string): string[] {
  if (line.startsWith('{')) {
    const { requestId, route } = JSON.parse(line) as { requestId?: unknown; route?: unknown };
    return requestId === id && typeof route === 'string' ? [route] : [];
  }
  return line.includes(`id=${id}`) ? [/\b(?:GET|POST|HEAD) (\S+)/.exec(line)?.[1] ?? '?'] : [];
}

async function view(page: string, id: string): Promise<number> {
  const response = await fetch(origin + page, { headers: { accept: 'text/html', cookie, 'x-request-id': id }, redirect: 'manual' });
  await response.arrayBuffer();
  return response.status;
}

console.log(`\norigin requests per page view (router log lines sharing the view's x-request-id)\n`);
for (const page of pages) {
  await view(page, randomUUID());
  await view(page, randomUUID());
  const id = `views-${randomUUID()}`;
  const status = await view(page, id);
  // Access lines are written when each response ends; give the last ones a moment.
  await sleep(300);
  const paths = readFileSync(logFile, 'utf8')
    .split('\n')
    .flatMap((line) => viewLine(line, id));
  console.log(`${page.padEnd(30)}${String(status).padStart(4)}${String(paths.length).padStart(4)}  ${paths.join(', ')}`);
}
