/**
 * Applies each context's pending migrations (and its first seed, while the database is empty) to
 * that context's own database, with the app's own `prisma/setup.ts`: the step the launcher runs
 * before every local start. On deploy it runs inside `sst shell`, which passes in the databases SST
 * links (`SST_RESOURCE_<Context>Database`), while `sst tunnel` reaches them inside the VPC:
 *
 *   npx sst shell --stage production -- npx tsx tools/infra/src/migrate.ts [--context checkout]
 *
 * `<CONTEXT>_DATABASE_URL`, when set, wins (a rehearsal against any PostgreSQL).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { contexts } from '@tractor/contracts';
import { databaseUrl, databaseVariables } from '@tractor/runtime-config';
import { parseMigrateOptions } from './migrate-options';

const root = join(import.meta.dirname, '..', '..', '..');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function migrate(): number {
  for (const context of parseMigrateOptions(process.argv.slice(2))) {
    const variable = databaseVariables(context).url;
    const url = databaseUrl(context, process.env[variable]);
    if (!url) {
      console.error(`${context}: no database. Run inside \`npx sst shell --stage <stage>\`, or set ${variable}.`);
      return 1;
    }
    console.log(`${context}: migrating ${new URL(url).host}`);
    const dir = join(root, contexts[context].directory);
    const setup = spawnSync(process.execPath, [tsx, join(dir, 'prisma', 'setup.ts')], { cwd: dir, env: { ...process.env, [variable]: url }, stdio: 'inherit' });
    if (setup.status !== 0) {
      console.error(`${context}: migration failed (${setup.signal ?? `exit ${setup.status}`})`);
      return 1;
    }
  }
  return 0;
}

process.exitCode = migrate();
