import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLambdaTarget, openNextConfigPath } from './build-lambda-target';
import openNextConfig from './open-next.config';

const root = join(import.meta.dirname, '..', '..', '..');

describe('buildLambdaTarget', () => {
  const target = buildLambdaTarget('apps/checkout');

  it('runs OpenNext in the app with the shared config, found from the app', () => {
    expect(target.command).toBe('open-next build --config-path ../../tools/nx-plugins/src/open-next.config.ts');
    expect(target.options).toMatchObject({ cwd: 'apps/checkout' });
    expect(existsSync(join(root, 'apps/checkout', '../../tools/nx-plugins/src/open-next.config.ts'))).toBe(true);
    expect(existsSync(join(root, openNextConfigPath))).toBe(true);
  });

  it('is cached on the app’s sources, the shared config and the OpenNext and Next releases', () => {
    expect(target.cache).toBe(true);
    expect(target.inputs).toEqual(expect.arrayContaining(['production', '^production', `{workspaceRoot}/${openNextConfigPath}`, { externalDependencies: ['next', '@opennextjs/aws'] }]));
    expect(target.outputs).toEqual(['{projectRoot}/.open-next']);
  });

  it('packs the app’s own build, which is made in standalone mode, and builds nothing itself', () => {
    expect(target.dependsOn).toEqual(['build']);
    const nx = JSON.parse(readFileSync(join(root, 'nx.json'), 'utf8')) as { targetDefaults: { build: { options: { env: Record<string, string> } } } };
    expect(nx.targetDefaults.build.options.env.NEXT_PRIVATE_STANDALONE).toBe('true');
    expect(openNextConfig.buildCommand).not.toMatch(/next build/);
  });
});
