/**
 * Architecture fitness checks: each context keeps its data to itself. (That the browser suites
 * exercise every page, fragment and event is checked from their reports: journeys.test.ts.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contextNames, type ContextName } from '@tractor/contracts';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function files(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'cache') return [];
    return statSync(path).isDirectory() ? files(path, keep) : keep(path) ? [path] : [];
  });
}

/** The models a context's Prisma schema declares. */
function models(context: ContextName): string[] {
  const schema = readFileSync(join(root, 'apps', context, 'prisma', 'schema.prisma'), 'utf8');
  return [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1] ?? '');
}

/** Models only this context has (several contexts may each have their own `Variant`). */
function ownModels(context: ContextName): string[] {
  const others = new Set(contextNames.filter((c) => c !== context).flatMap(models));
  return models(context).filter((m) => !others.has(m));
}

describe('data stays in its context', () => {
  it.each(contextNames)('%s migrations create only %s’s own tables', (context) => {
    const sql = files(join(root, 'apps', context, 'prisma', 'migrations'), (p) => p.endsWith('.sql'))
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    const created = [...sql.matchAll(/CREATE TABLE "(\w+)"/g)].map((m) => m[1]);
    expect(created.length).toBeGreaterThan(0);
    expect(new Set(created)).toEqual(new Set(models(context)));
  });

  it.each(contextNames)('%s’s server build contains no other context’s Prisma client', (context) => {
    const server = join(root, 'apps', context, '.next', 'server');
    expect(existsSync(server), `build ${context} first`).toBe(true);
    const code = files(server, (p) => p.endsWith('.js')).map((p) => readFileSync(p, 'utf8'));
    expect(code.some((text) => ownModels(context).some((m) => text.includes(`"${m}"`)))).toBe(true);
    for (const other of contextNames.filter((c) => c !== context)) {
      for (const model of ownModels(other)) {
        const leaking = code.findIndex((text) => new RegExp(`model ${model} \\{|"${model}":\\{`).test(text));
        expect(leaking, `${other}'s model ${model} in ${context}'s bundle`).toBe(-1);
      }
    }
  });
});
