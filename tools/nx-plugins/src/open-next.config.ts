/**
 * The OpenNext configuration every context's Lambda build shares (`open-next build --config-path`).
 * OpenNext packs the app's `.next/standalone`, which the app's own `build` target made (it builds
 * in standalone mode, traced from the workspace root); the `build-lambda` target depends on it. So
 * OpenNext's build command only checks that the build is there, with a clear word if it is not.
 * The server function's wrapper adds the request telemetry a local server gets from Node's HTTP
 * server (`lambda-wrapper.ts`).
 */
import type { OpenNextConfig } from '@opennextjs/aws/types/open-next.js';

const missingBuild = 'no standalone build in .next/standalone: run the app build first (npx nx run <context>:build-lambda does)';

const config = {
  default: { override: { wrapper: () => import('./lambda-wrapper').then((module) => module.default) } },
  buildCommand: `test -d .next/standalone || { echo '${missingBuild}' >&2; exit 1; }`,
} satisfies OpenNextConfig;

export default config;
