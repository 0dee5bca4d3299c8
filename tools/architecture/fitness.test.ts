/**
 * Architecture fitness checks: each context keeps its data to itself, and every route, fragment
 * and event the contracts declare is exercised by a test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contextNames, events, fragmentPath, fragments, href, type ContextName } from '@tractor/contracts';
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

const specs = files(join(root, 'apps'), (p) => /-e2e\/src\/.*\.spec\.ts$/.test(p)).map((p) => ({
  path: relative(root, p),
  text: readFileSync(p, 'utf8'),
}));
const tests = files(join(root, 'apps'), (p) => /\.(test|spec)\.tsx?$/.test(p) && !p.includes('node_modules')).map((p) => readFileSync(p, 'utf8'));

describe('the contracts are exercised', () => {
  const pages = [
    href.explore.home(),
    href.explore.products(),
    href.explore.products('classic'),
    href.explore.products('autonomous'),
    href.explore.stores(),
    href.decide.product('CL-01'),
    href.checkout.cart(),
    href.checkout.checkout(),
    href.checkout.thanks(),
  ];
  it.each(pages)('page %s has a browser journey', (page) => {
    const quoted = [`'${page}'`, `'${page}?`, `"${page}"`, `\`${page}`, `${page.replaceAll('/', '\\/')}$/`];
    expect(specs.some((spec) => quoted.some((q) => spec.text.includes(q)))).toBe(true);
  });

  it.each(Object.keys(fragments) as (keyof typeof fragments)[])('fragment %s has a contract test in a browser suite', (id) => {
    const { context, name } = fragments[id];
    expect(specs.some((spec) => spec.text.includes(`'${id}'`) || spec.text.includes(fragmentPath(context, name)))).toBe(true);
  });

  it.each(Object.keys(events))('event %s is tested', (name) => {
    expect(tests.some((text) => text.includes(`'${name}'`))).toBe(true);
  });
});
