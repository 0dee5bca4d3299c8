/**
 * Adds a context to the route manifest (`libs/shared/contracts/src/routes.ts`) with the next free
 * app and database ports and an unused colour. Everything routed (edge router, launcher, SST
 * router, links) reads the manifest, so this one entry wires the context in.
 */
import type { Tree } from '@nx/devkit';
import { ContextOptionsError, type NormalizedOptions } from './options';

export const manifestPath = 'libs/shared/contracts/src/routes.ts';

const palette = ['#54b4ff', '#c254ff', '#ff9f54', '#54ffe1', '#ff54c8', '#a4ff54'];

export function addManifestEntry(tree: Tree, options: NormalizedOptions) {
  const source = tree.read(manifestPath, 'utf-8') ?? '';
  const close = source.indexOf('} as const satisfies Record<string, ContextRoute>;');
  if (close < 0) throw new ContextOptionsError(`${manifestPath}: no contexts table found`);
  const table = source.slice(source.indexOf('export const contexts = {'), close);
  const numbers = (key: string) => [...table.matchAll(new RegExp(`\\b${key}: (\\d+)`, 'g'))].map((m) => Number(m[1]));
  const names = [...table.matchAll(/\bname: '([^']+)'/g)].map((m) => m[1]);
  const mounts = [...table.matchAll(/\bmount: '([^']+)'/g)].map((m) => m[1]);
  if (names.includes(options.name)) throw new ContextOptionsError(`context "${options.name}" exists already`);
  if (mounts.includes(options.mount)) throw new ContextOptionsError(`mount ${options.mount} is taken`);
  const port = Math.max(...numbers('port')) + 1;
  const databasePort = Math.max(...numbers('databasePort')) + 1;
  const colors = [...table.matchAll(/\bcolor: '([^']+)'/g)].map((m) => m[1]);
  const color = palette.find((c) => !colors.includes(c)) ?? palette[0];
  const key = /^[a-z][a-z0-9]*$/.test(options.name) ? options.name : `'${options.name}'`;
  const entry = `  ${key}: { name: '${options.name}', mount: '${options.mount}', port: ${port}, databasePort: ${databasePort}, directory: 'apps/${options.name}', color: '${color}' },\n`;
  tree.write(manifestPath, source.slice(0, close) + entry + source.slice(close));
  return { port, databasePort };
}
