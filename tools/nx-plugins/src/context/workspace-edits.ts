/**
 * The few places outside the new slice that name a context on purpose: its lint boundary, the
 * infrastructure index, the README's table of contexts, and a free port block for its journeys.
 */
import type { Tree } from '@nx/devkit';
import type { NormalizedOptions } from './options';

/** `scope:<name>` may use itself, the platform and shared code only, like every other context. */
export function addBoundary(tree: Tree, { name }: NormalizedOptions): void {
  const path = 'eslint.config.mjs';
  const source = tree.read(path, 'utf-8') ?? '';
  const anchor = "            { sourceTag: 'scope:shop',";
  const rule = `            { sourceTag: 'scope:${name}', onlyDependOnLibsWithTags: ['scope:${name}', 'scope:platform', 'scope:shared'] },\n`;
  if (!source.includes(anchor)) throw new Error(`${path}: no scope:shop constraint to add scope:${name} before`);
  tree.write(path, source.replace(anchor, rule + anchor));
}

/** `stacks/<name>.ts`, imported by `sst.config.ts` beside the other contexts' stacks. */
export function addStack(tree: Tree, { name, camelName, title }: NormalizedOptions): void {
  tree.write(
    `stacks/${name}.ts`,
    `/** ${title}: its own PostgreSQL, and its Next.js app on Lambda, mounted where the route manifest says. */
import { contextApp, contextDatabase } from './context-stack';
import { vpc } from './network';
import { router } from './router';

const database = contextDatabase('${name}', { vpc });

export const ${camelName} = { database, app: contextApp('${name}', { vpc, router, database }) };
`,
  );
  const path = 'sst.config.ts';
  const source = tree.read(path, 'utf-8') ?? '';
  const imports = [...source.matchAll(/^ {4}const \{ \w+ \} = await import\('\.\/stacks\/[\w-]+'\);\n/gm)];
  const last = imports.at(-1);
  const returned = /^ {6}(\w+): \1\.app\.url,\n/gm;
  const outputs = [...source.matchAll(returned)];
  const lastOutput = outputs.at(-1);
  if (!last || last.index === undefined || !lastOutput || lastOutput.index === undefined) throw new Error(`${path}: no context stacks found to add ${name} beside`);
  const importLine = `    const { ${camelName} } = await import('./stacks/${name}');\n`;
  const outputLine = `      ${camelName}: ${camelName}.app.url,\n`;
  const afterOutput = lastOutput.index + lastOutput[0].length;
  const afterImport = last.index + last[0].length;
  tree.write(path, source.slice(0, afterImport) + importLine + source.slice(afterImport, afterOutput) + outputLine + source.slice(afterOutput));
}

/** A row in the README's table of contexts. */
export function addReadmeRow(tree: Tree, { name, mount, title }: NormalizedOptions, port: number): void {
  const path = 'README.md';
  const source = tree.read(path, 'utf-8');
  if (!source) return;
  const rows = [...source.matchAll(/^\| \*\*[\w-]+\*\* \|.*\n/gm)];
  const last = rows.at(-1);
  if (!last || last.index === undefined) return;
  const at = last.index + last[0].length;
  const row = `| **${name}** | ${title.toLowerCase()} | \`${mount}\` | ${port} | \`${mount}\` |\n`;
  tree.write(path, source.slice(0, at) + row + source.slice(at));
}

/** The next free block of 100 ports for the new journeys (suites declare theirs in `src/suite.ts`). */
export function nextE2eOffset(tree: Tree): number {
  const offsets = tree
    .children('apps')
    .map((dir) => tree.read(`apps/${dir}/src/suite.ts`, 'utf-8'))
    .flatMap((text) => [...(text ?? '').matchAll(/export const offset = (\d+);/g)].map((m) => Number(m[1])));
  return Math.max(0, ...offsets) + 100;
}
