/**
 * Proves CI's promise: a change rebuilds and retests what it touches and nothing else. Asks Nx
 * which projects a file change affects the way `nx show projects --affected --files=…` does
 * (nx's own `calculateFileChanges` and `filterAffected` on the workspace's project graph), with
 * the graph built once for every case instead of once per question (about 10 s each).
 */
import { createProjectGraphAsync, type ProjectGraph } from '@nx/devkit';
import { readNxJson } from 'nx/src/config/nx-json';
import { filterAffected } from 'nx/src/project-graph/affected/affected-project-graph';
import { calculateFileChanges } from 'nx/src/project-graph/file-utils';
import { beforeAll, describe, expect, it } from 'vitest';

let graph: ProjectGraph;

beforeAll(async () => {
  process.env.NX_DAEMON = 'false';
  process.env.NX_NO_CLOUD = 'true';
  graph = await createProjectGraphAsync({ exitOnError: false });
}, 120_000);

async function affectedBy(file: string): Promise<string[]> {
  const affected = await filterAffected(graph, calculateFileChanges([file], { files: [file] }), readNxJson());
  return Object.keys(affected.nodes).sort();
}

const apps = ['checkout', 'decide', 'explore'];
const suites = ['checkout-e2e', 'decide-e2e', 'explore-e2e', 'shop-e2e'];

describe('nx affected', () => {
  it('a change in one context affects that context, its journeys, the cross-context journey and the fitness checks only', async () => {
    expect(await affectedBy('apps/decide/src/app/[id]/page.tsx')).toEqual(['architecture', 'decide', 'decide-e2e', 'shop-e2e']);
    expect(await affectedBy('apps/checkout/src/server/routers/cart.ts')).toEqual(['architecture', 'checkout', 'checkout-e2e', 'shop-e2e']);
  });

  it('a change in one team’s journeys runs those journeys only', async () => {
    expect(await affectedBy('apps/explore-e2e/src/pages.spec.ts')).toEqual(['explore-e2e']);
  });

  it('a change in one context’s stack affects the infrastructure checks only', async () => {
    expect(await affectedBy('stacks/checkout.ts')).toEqual(['infra']);
  });

  it('a change in a shared library affects every project that uses it', async () => {
    const affected = await affectedBy('libs/shared/ui/src/button.tsx');
    expect(affected).toEqual(expect.arrayContaining(['ui', ...apps, ...suites]));
    expect(affected).not.toContain('edge-router');
    expect(affected).not.toContain('db-runtime');
  });

  it('a change in the route manifest affects everything that is routed', async () => {
    const affected = await affectedBy('libs/shared/contracts/src/routes.ts');
    expect(affected).toEqual(expect.arrayContaining(['contracts', ...apps, ...suites, 'edge-router', 'launcher', 'fragments', 'infra']));
  });
});
