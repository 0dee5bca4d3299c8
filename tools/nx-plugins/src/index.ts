/**
 * Local Nx plugin: every Next.js app (a project with a `next.config.*`) gets a cached
 * `build-lambda` target, so `nx affected -t build-lambda` rebuilds exactly the changed contexts.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createNodesFromFiles, type CreateNodes } from '@nx/devkit';
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
        return { projects: { [projectRoot]: { targets: { [opts?.targetName ?? 'build-lambda']: buildLambdaTarget(projectRoot) } } } };
      },
      configFiles,
      options,
      context,
    ),
];
