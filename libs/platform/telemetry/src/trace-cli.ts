/**
 * `npm run trace -- <request-id | trace-id | last> [--data-dir DIR] [--all]`: prints one page view's trace
 * from the local trace files (`<data dir>/traces/*.jsonl`, written while `npm start` runs).
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findTrace } from './find-trace';
import { readSpans } from './trace-file';
import { waterfall } from './waterfall';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'data-dir': { type: 'string' }, all: { type: 'boolean', default: false } } });
const which = positionals[0] ?? 'last';
const dataDir = resolve(values['data-dir'] ?? process.env.SHOP_DATA_DIR ?? '.data');
const dir = join(dataDir, 'traces');

const spans = findTrace(await readSpans(dir), which);
if (spans.length === 0) {
  console.error(`no trace for "${which}" in ${dir} (start the shop with \`npm start\`, open a page, then try \`npm run trace -- last\`)`);
  process.exit(1);
}
console.log(waterfall(spans, { all: values.all }));
