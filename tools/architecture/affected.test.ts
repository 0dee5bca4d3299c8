/**
 * Proves CI's promise: a change rebuilds and retests what it touches and nothing else. Asks Nx
 * which projects a file change affects, exactly as `nx affected` in CI does.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const nx = join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');

function affectedBy(file: string): string[] {
  const out = execFileSync(process.execPath, [nx, 'show', 'projects', '--affected', `--files=${file}`, '--json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  return (JSON.parse(out) as string[]).sort();
}

const apps = ['checkout', 'decide', 'explore'];
const suites = ['checkout-e2e', 'decide-e2e', 'explore-e2e', 'shop-e2e'];

describe('nx affected', () => {
  it('a change in one context affects that context, its journeys, the cross-context journey and the fitness checks only', () => {
    expect(affectedBy('apps/decide/src/app/[id]/page.tsx')).toEqual(['architecture', 'decide', 'decide-e2e', 'shop-e2e']);
    expect(affectedBy('apps/checkout/src/server/routers/cart.ts')).toEqual(['architecture', 'checkout', 'checkout-e2e', 'shop-e2e']);
  });

  it('a change in one team’s journeys runs those journeys only', () => {
    expect(affectedBy('apps/explore-e2e/src/pages.spec.ts')).toEqual(['explore-e2e']);
  });

  it('a change in one context’s stack affects the infrastructure checks only', () => {
    expect(affectedBy('stacks/checkout.ts')).toEqual(['infra']);
  });

  it('a change in a shared library affects every project that uses it', () => {
    const affected = affectedBy('libs/shared/ui/src/button.tsx');
    expect(affected).toEqual(expect.arrayContaining(['ui', ...apps, ...suites]));
    expect(affected).not.toContain('edge-router');
    expect(affected).not.toContain('db-runtime');
  });

  it('a change in the route manifest affects everything that is routed', () => {
    const affected = affectedBy('libs/shared/contracts/src/routes.ts');
    expect(affected).toEqual(expect.arrayContaining(['contracts', ...apps, ...suites, 'edge-router', 'launcher', 'fragments', 'infra']));
  });
});
