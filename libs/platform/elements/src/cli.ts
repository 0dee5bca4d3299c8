/**
 * `tsx libs/platform/elements/src/cli.ts <context> [--watch]`, run from the workspace root: bundles
 * the context's elements (the app's `build-elements` target), or keeps rebuilding them on change
 * until stopped (the launcher's development mode).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contextNames, contexts, type ContextName } from '@tractor/contracts';
import { buildElements } from './build-elements';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { watch: { type: 'boolean', default: false } } });
const [context] = positionals;
if (!context || !(contextNames as string[]).includes(context)) {
  console.error(`usage: cli.ts <context> [--watch]; contexts: ${contextNames.join(', ')}`);
  process.exit(2);
}
const name = context as ContextName;
const build = await buildElements({ appDir: join(process.cwd(), contexts[name].directory), context: name, watch: values.watch });
if (!build.version) console.log(`${name}: no elements in ${contexts[name].directory}/src/elements`);
else console.log(`${name}: elements ${build.version}${values.watch ? ', watching for changes' : ''}`);
if (values.watch && build.version) {
  const stop = () => void build.dispose().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
