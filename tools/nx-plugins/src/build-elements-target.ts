/**
 * The `build-elements` target of a context's app: bundles `src/elements/` into cache-busted scripts
 * under the context's public namespace and writes their version, which `next.config` reads. It is
 * cached on the element sources and what they import, and `build` depends on it (nx.json), so
 * loading a config never bundles anything.
 */
import { posix } from 'node:path';
import type { TargetConfiguration } from '@nx/devkit';
import { basePath, elementsBase, type ContextRoute } from '@tractor/contracts';

export const elementsCli = 'libs/platform/elements/src/cli.ts';

export function buildElementsTarget(route: ContextRoute): TargetConfiguration {
  const name = route.name as Parameters<typeof basePath>[0];
  const publicDir = posix.join('public', elementsBase(name).slice(basePath(name).length));
  return {
    command: `node node_modules/tsx/dist/cli.mjs ${elementsCli} ${route.name}`,
    options: { cwd: '{workspaceRoot}' },
    cache: true,
    inputs: ['{projectRoot}/src/elements/**/*', '^production', `{workspaceRoot}/libs/platform/elements/src/**/*`, { externalDependencies: ['esbuild'] }],
    outputs: [`{projectRoot}/${publicDir}`, '{projectRoot}/.elements'],
    metadata: {
      description: 'Bundle the custom elements of src/elements into versioned scripts under the public namespace',
      technologies: ['esbuild'],
    },
  };
}
