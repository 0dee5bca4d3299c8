/**
 * Local Nx plugin: every Next.js app (a project with a `next.config.*`) gets a cached
 * `build-lambda` target, so `nx affected -t build-lambda` rebuilds exactly the changed contexts;
 * an app the route manifest names also gets its cached `build-elements` target.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createNodesFromFiles, type CreateNodes } from '@nx/devkit';
import { contexts, type ContextRoute } from '@tractor/contracts';
import { buildElementsTarget } from './build-elements-target';
import { buildLambdaTarget } from './build-lambda-target';

export interface BuildLambdaPluginOptions {
  targetName?: string;
}

export const name = 'tractor/build-lambda';

export const createNodes: CreateNodes<BuildLambdaPluginOptions> = [
  '**/next.config.{ts,js,mjs}',
  (configFiles, options, context) =>
    createNodesFromFiles(
      (configFile, opts, ctx) => {
        const projectRoot = dirname(configFile);
        const isProject = ['package.json', 'project.json'].some((file) => existsSync(join(ctx.workspaceRoot, projectRoot, file)));
        if (!isProject) return {};
        const route: ContextRoute | undefined = Object.values(contexts).find((c) => c.directory === projectRoot);
        const targets = { [opts?.targetName ?? 'build-lambda']: buildLambdaTarget(projectRoot), ...(route ? { 'build-elements': buildElementsTarget(route) } : {}) };
        return { projects: { [projectRoot]: { targets } } };
      },
      configFiles,
      options,
      context,
    ),
];
