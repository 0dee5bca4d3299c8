/**
 * The `build-lambda` target of a Next.js app: OpenNext packs the standalone output of the app's
 * own `build` (every app builds in standalone mode, see nx.json) into `<app>/.open-next`: server
 * function, assets and cache. One `next build` serves `next start` and Lambda alike.
 */
import { posix } from 'node:path';
import type { TargetConfiguration } from '@nx/devkit';

/** The shared OpenNext configuration, relative to the workspace root. */
export const openNextConfigPath = 'tools/nx-plugins/src/open-next.config.ts';

export function buildLambdaTarget(projectRoot: string): TargetConfiguration {
  const configFromApp = posix.relative(projectRoot, openNextConfigPath);
  return {
    command: `open-next build --config-path ${configFromApp}`,
    options: { cwd: projectRoot, env: { NEXT_TELEMETRY_DISABLED: '1' } },
    cache: true,
    dependsOn: ['build'],
    inputs: ['production', '^production', `{workspaceRoot}/${openNextConfigPath}`, { externalDependencies: ['next', '@opennextjs/aws'] }],
    // SST's Nextjs component also reads the build id and basePath from `.next`: the `build` target's output.
    outputs: ['{projectRoot}/.open-next'],
    metadata: {
      description: 'Build the app for AWS Lambda with OpenNext (server function, assets, ISR cache) into .open-next',
      technologies: ['next'],
    },
  };
}
