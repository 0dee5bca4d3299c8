import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { contextGenerator } from './generator';
import { ContextOptionsError } from './options';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const copied = ['libs/shared/contracts/src/routes.ts', 'eslint.config.mjs', 'sst.config.ts', 'README.md'];
const suites = readdirSync(join(root, 'apps')).filter((dir) => dir.endsWith('-e2e')).map((dir) => `apps/${dir}/src/suite.ts`);

let tree: Tree;
beforeEach(() => {
  tree = createTreeWithEmptyWorkspace();
  for (const file of [...copied, ...suites]) tree.write(file, readFileSync(join(root, file), 'utf-8'));
});

const read = (path: string) => tree.read(path, 'utf-8') ?? '';
const generate = (name = 'inspire', mount = '/inspire') => contextGenerator(tree, { name, mount }, new Date('2026-12-01T12:00:00Z'));

describe('the context generator', () => {
  it('creates the complete slice: app on the slice runtime, BFF with its test, schema, first migration and seed, 404 and error pages', async () => {
    await generate();
    for (const file of [
      'apps/inspire/package.json',
      'apps/inspire/next.config.ts',
      'apps/inspire/vitest.config.ts',
      'apps/inspire/src/app/page.tsx',
      'apps/inspire/src/instrumentation.ts',
      'apps/inspire/src/request-gate.ts',
      'apps/inspire/src/app/not-found.tsx',
      'apps/inspire/src/app/error.tsx',
      'apps/inspire/src/app/api/trpc/[trpc]/route.ts',
      'apps/inspire/src/server/routers/entries.ts',
      'apps/inspire/src/server/routers/entries.test.ts',
      'apps/inspire/prisma/schema.prisma',
      'apps/inspire/prisma/migrations/20261201120000_init/migration.sql',
      'apps/inspire/prisma/migrations/migration_lock.toml',
      'apps/inspire/prisma/seed.ts',
      'apps/inspire/prisma/setup.ts',
      'apps/inspire-e2e/playwright.config.ts',
      'apps/inspire-e2e/src/inspire.spec.ts',
      'stacks/inspire.ts',
    ]) {
      expect(tree.exists(file), file).toBe(true);
    }
    expect(read('apps/inspire/next.config.ts')).toContain("sliceNextConfig('inspire')");
    expect(read('apps/inspire/src/app/layout.tsx')).toContain('<ShopFrame loader={FragmentLoader} boundary="inspire"');
    expect(read('apps/inspire/src/request-gate.ts')).toContain("createRequestGate({ context: 'inspire'");
    expect(read('apps/inspire/src/instrumentation.ts')).toContain("startTelemetry({ context: 'inspire' })");
    expect(tree.exists('apps/inspire/src/proxy.ts')).toBe(false);
    expect(read('apps/inspire/prisma/schema.prisma')).toContain('model InspireEntry {');
    expect(read('apps/inspire/prisma/migrations/20261201120000_init/migration.sql')).toContain('CREATE TABLE "InspireEntry"');
    expect(JSON.parse(read('apps/inspire/package.json')).nx.tags).toEqual(['scope:inspire', 'type:app']);
    expect(JSON.parse(read('apps/inspire-e2e/package.json')).nx.tags).toEqual(['scope:inspire', 'type:e2e']);
    expect(tree.children('apps/inspire').some((file) => file.includes('__tmpl__'))).toBe(false);
  });

  it('mounts it in the route manifest on the next free ports', async () => {
    await generate();
    expect(read('libs/shared/contracts/src/routes.ts')).toContain(
      "  inspire: { name: 'inspire', mount: '/inspire', port: 3004, databasePort: 5504, directory: 'apps/inspire', color: '#54b4ff' },\n} as const",
    );
  });

  it('gives it a lint boundary, a stack in the infrastructure index, a README row and a free block of e2e ports', async () => {
    await generate();
    expect(read('eslint.config.mjs')).toContain("{ sourceTag: 'scope:inspire', onlyDependOnLibsWithTags: ['scope:inspire', 'scope:platform', 'scope:shared'] },");
    expect(read('sst.config.ts')).toContain("const { inspire } = await import('./stacks/inspire');");
    expect(read('sst.config.ts')).toContain('inspire: inspire.app.url,');
    expect(read('stacks/inspire.ts')).toContain("contextDatabase('inspire', { vpc })");
    expect(read('README.md')).toMatch(/^\| \*\*inspire\*\* \| inspire \| `\/inspire` \| 3004 \| `\/inspire` \|$/m);
    expect(read('apps/inspire-e2e/src/suite.ts')).toContain('export const offset = 500;');
  });

  it('gives a second new context the ports after the first one', async () => {
    await generate();
    await generate('wish-list', '/wish-list');
    expect(read('libs/shared/contracts/src/routes.ts')).toContain("'wish-list': { name: 'wish-list', mount: '/wish-list', port: 3005, databasePort: 5505");
    expect(read('apps/wish-list/src/server/db.ts')).toContain("sliceDatabase('wish-list'");
    expect(read('apps/wish-list-e2e/src/suite.ts')).toContain('export const offset = 600;');
  });

  it('refuses a name or mount that is taken, and malformed ones, changing nothing', async () => {
    const before = read('libs/shared/contracts/src/routes.ts');
    await expect(generate('checkout', '/basket')).rejects.toThrow(ContextOptionsError);
    await expect(generate('basket', '/checkout')).rejects.toThrow(/mount \/checkout is taken/);
    await expect(generate('Inspire', '/inspire')).rejects.toThrow(/lower-case/);
    await expect(generate('inspire', '/')).rejects.toThrow(/one path segment/);
    expect(read('libs/shared/contracts/src/routes.ts')).toBe(before);
    expect(tree.exists('apps/basket')).toBe(false);
  });
});
