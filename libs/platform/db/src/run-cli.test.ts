/** The `db` command end to end, in a throwaway repository layout, against the real PostgreSQL. */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSchema, uniqueDatabaseUrl } from './__fixtures__/fixtures';
import { createDatabase, dropDatabase } from './database-admin';
import { runCli } from './run-cli';

const url = uniqueDatabaseUrl('dbcli');
let repo: string;

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    cwd: join(repo, 'apps'), // anywhere inside the repository
    env,
    print: (line) => out.push(line),
    printError: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'db-cli-repo-'));
  await writeFile(join(repo, 'nx.json'), '{}');
  await mkdir(join(repo, 'apps', 'demo', 'prisma'), { recursive: true });
  await cp(fixtureSchema, join(repo, 'apps', 'demo', 'prisma', 'schema.prisma'));
  await createDatabase(url);
});
afterAll(async () => {
  await dropDatabase(url);
  await rm(repo, { recursive: true, force: true });
});

describe('db CLI', () => {
  it('creates, reports, deploys and resets a context', async () => {
    const created = await cli(['create', '--context', 'demo', '--name', 'init']);
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(created.out).toMatch(/^Created demo\/prisma\/migrations\/\d{14}_init\/migration\.sql$/);
    expect(await readdir(join(repo, 'apps', 'demo', 'prisma', 'migrations'))).toHaveLength(2); // + lockfile

    expect((await cli(['create', '--context', 'demo', '--name', 'again'])).out).toMatch(/^No changes/);

    const env = { DEMO_DATABASE_URL: url };
    const before = await cli(['status', '--context', 'demo'], env);
    expect(before.code).toBe(1);
    expect(before.out).toMatch(/pending\s+\d{14}_init/);

    const deployed = await cli(['deploy', '--context', 'demo'], env);
    expect(deployed.code).toBe(0);
    expect(deployed.out).toContain('Applied 1 migration:');
    expect(await cli(['deploy', '--context', 'demo', '--url', url])).toMatchObject({ code: 0, out: expect.stringContaining('No pending migrations.') });
    expect(await cli(['status', '--context', 'demo'], env)).toMatchObject({ code: 0, out: expect.stringContaining('Up to date: 1 migration applied.') });

    expect(await cli(['reset', '--context', 'demo'], env)).toMatchObject({ code: 1, err: expect.stringContaining('--force') });
    expect(await cli(['reset', '--context', 'demo', '--force'], env)).toMatchObject({ code: 0 });
  });

  it('explains what is missing, without a stack', async () => {
    expect(await cli(['status', '--context', 'demo'])).toEqual({
      code: 1,
      out: '',
      err: 'error: No database for "demo": pass --url or set DEMO_DATABASE_URL.',
    });
    expect((await cli(['deploy', '--context', 'nope'])).err).toMatch(/^error: Unknown context "nope"/);
    expect((await cli(['migrate', '--context', 'demo'])).err).toMatch(/^error: Unknown command "migrate"/);
    expect((await cli(['create', '--context', 'demo'])).err).toContain('--name');
    expect((await cli(['deploy', '--context', 'demo', '--url', 'postgresql://postgres@127.0.0.1:1/x'])).err).toMatch(
      /^error: Can't reach database server/,
    );
    expect((await cli([])).out).toContain('Usage: npm run db --');
  });

  it('runs as a process with a non-zero exit code on failure', async () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const entry = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const run = promisify(execFile);
    const failure = await run(process.execPath, [tsx, entry, 'status', '--context', 'demo'], {
      cwd: repo,
      env: { PATH: process.env['PATH'] ?? '' },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stdout: '', stderr: 'error: No database for "demo": pass --url or set DEMO_DATABASE_URL.\n' });
  });
});
