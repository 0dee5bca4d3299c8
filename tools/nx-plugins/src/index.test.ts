import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodes } from './index';

const workspace = mkdtempSync(join(tmpdir(), 'nx-plugin-'));
for (const file of ['apps/shop/next.config.ts', 'apps/shop/package.json', 'scratch/next.config.mjs', 'apps/checkout/next.config.ts', 'apps/checkout/package.json']) {
  mkdirSync(dirname(join(workspace, file)), { recursive: true });
  writeFileSync(join(workspace, file), '{}');
}
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('the build-lambda plugin', () => {
  const [pattern, create] = createNodes;

  it('looks at every Next.js config', () => {
    expect(pattern).toBe('**/next.config.{ts,js,mjs}');
  });

  it('gives a build-lambda target to Next.js apps that are projects, under the configured name', async () => {
    const results = await create(['apps/shop/next.config.ts', 'scratch/next.config.mjs'], { targetName: 'lambda' }, { workspaceRoot: workspace, nxJsonConfiguration: {} });
    const projects = Object.assign({}, ...results.map(([, result]) => result.projects ?? {}));
    expect(Object.keys(projects)).toEqual(['apps/shop']);
    expect(Object.keys(projects['apps/shop'].targets)).toEqual(['lambda']);
  });

  it('gives an app the route manifest names its build-elements target, writing to the context’s element path', async () => {
    const results = await create(['apps/checkout/next.config.ts'], {}, { workspaceRoot: workspace, nxJsonConfiguration: {} });
    const target = results[0]?.[1].projects?.['apps/checkout']?.targets?.['build-elements'];
    expect(target?.command).toContain('libs/platform/elements/src/cli.ts checkout');
    expect(target?.cache).toBe(true);
    expect(target?.outputs).toEqual(['{projectRoot}/public/elements', '{projectRoot}/.elements']);
    // The Lambda build packs the app's build, which depends on build-elements (nx.json).
    expect(results[0]?.[1].projects?.['apps/checkout']?.targets?.['build-lambda']?.dependsOn).toEqual(['build']);
  });
});
