/**
 * The `build-lambda` target of a Next.js app: OpenNext's build, which runs `next build` in
 * standalone mode and packs the server function, assets and cache into `<app>/.open-next`.
 */
import { posix } from 'node:path';
import type { TargetConfiguration } from '@nx/devkit';

/** The shared OpenNext configuration, relative to the workspace root. */
export const openNextConfigPath = 'tools/nx-plugins/src/open-next.config.ts';

const nextFilesSstReads = ['BUILD_ID', 'routes-manifest.json', 'prerender-manifest.json'];

export function buildLambdaTarget(projectRoot: string): TargetConfiguration {
  const configFromApp = posix.relative(projectRoot, openNextConfigPath);
  return {
    command: `open-next build --config-path ${configFromApp}`,
    options: { cwd: projectRoot, env: { NEXT_TELEMETRY_DISABLED: '1' } },
    cache: true,
    dependsOn: ['^build', 'build-elements'],
    inputs: ['production', '^production', `{workspaceRoot}/${openNextConfigPath}`, { externalDependencies: ['next', '@opennextjs/aws'] }],
    // SST's Nextjs component also reads the build id and basePath from `.next`.
    outputs: ['{projectRoot}/.open-next', ...nextFilesSstReads.map((file) => `{projectRoot}/.next/${file}`)],
    // `next build` rewrites the app's `.next`, which the `build` target and running servers read:
    // never run beside another task.
    parallelism: false,
    metadata: {
      description: 'Build the app for AWS Lambda with OpenNext (server function, assets, ISR cache) into .open-next',
      technologies: ['next'],
    },
  };
}
