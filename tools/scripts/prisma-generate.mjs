// Generates each context's Prisma client after install. The Prisma CLI insists on a native
// schema-engine binary before `generate`, which cannot be downloaded everywhere; generation itself
// does not use it, so any existing file satisfies the check.
//   node tools/scripts/prisma-generate.mjs [app ...]   (every app when none is named)
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const apps = join(root, 'apps');
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
const prismaBin = join(root, 'node_modules', 'prisma', 'build', 'index.js');
if (!existsSync(prismaBin)) process.exit(0);

const named = process.argv.slice(2);
for (const app of named.length > 0 ? named : readdirSync(apps)) {
  const config = join(apps, app, 'prisma.config.ts');
  if (!existsSync(config)) continue;
  execFileSync(process.execPath, [prismaBin, 'generate', '--config', config], { cwd: join(apps, app), env, stdio: 'inherit' });
}
