/**
 * Bundles `plan-program.ts` with `sst.config.ts` and SST's platform the way the `sst` CLI does for
 * a deploy: `$app`/`$cli`/`$dev` defined, `platform/src/shim/run.js` injected for the `$` helpers,
 * the `sst` and `aws` globals set by the program. The output sits in `.sst/platform` so that SST's own
 * dependencies (Pulumi and its providers, from `sst install`) resolve as they do for `sst deploy`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export interface PlanBundle {
  file: string;
  platformDir: string;
  workDir: string;
  app: Record<string, unknown>;
}

interface AppConfig {
  app(input: { stage: string }): Record<string, unknown> | Promise<Record<string, unknown>>;
}

/** SST evaluates the config's `app()` first, then bakes the result into the program as `$app`. */
async function evaluateApp(root: string, platformDir: string, stage: string): Promise<Record<string, unknown>> {
  const file = join(platformDir, `tractor-plan-app-${stage}.mjs`);
  await build({
    stdin: { contents: 'export { default } from "./sst.config.ts"; export const $config = (config) => config;', resolveDir: root, loader: 'ts' },
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'error',
    define: { $config: 'globalThis.__planConfig' },
    banner: { js: 'globalThis.__planConfig = (config) => config;' },
  });
  const config = (await import(`${pathToFileURL(file).href}?${Date.now()}`)) as { default: AppConfig };
  const app = await config.default.app({ stage });
  return { removal: 'retain', protect: false, providers: {}, ...app, stage };
}

export async function bundlePlan(root: string, stage: string): Promise<PlanBundle> {
  const platformDir = join(root, '.sst', 'platform');
  // Each stage plans in its own work folder (function zips), so plans can run side by side.
  const workDir = join(root, '.sst', 'plan', stage);
  const app = await evaluateApp(root, platformDir, stage);
  mkdirSync(workDir, { recursive: true });
  const cli = {
    command: 'deploy',
    dev: false,
    paths: { home: join(root, '.sst', 'xdg', 'sst'), root, work: workDir, platform: platformDir },
    state: { version: {} },
  };
  const file = join(platformDir, `tractor-plan-${stage}.mjs`);
  // The entry SST's CLI would generate, with the config's run() handed to the plan instead of Pulumi.
  const entry = [
    `import * as aws from '@pulumi/aws';`,
    `import * as sst from ${JSON.stringify(join(platformDir, 'src', 'components'))};`,
    `import { run } from ${JSON.stringify(join(platformDir, 'src', 'auto', 'run.ts'))};`,
    `import config from ${JSON.stringify(join(root, 'sst.config.ts'))};`,
    `import { plan } from ${JSON.stringify(join(import.meta.dirname, 'plan-program.ts'))};`,
    'await plan({ config, run, globals: { sst, aws } });',
  ].join('\n');
  await build({
    stdin: { contents: entry, resolveDir: platformDir, sourcefile: 'plan-entry.ts', loader: 'ts' },
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    define: { $cli: JSON.stringify(cli), $dev: 'false', $app: JSON.stringify(app) },
    inject: [join(platformDir, 'src', 'shim', 'run.js')],
    banner: {
      js: [
        "import { createRequire as topLevelCreateRequire } from 'module';",
        'const require = topLevelCreateRequire(import.meta.url);',
        "import { fileURLToPath as topLevelFileUrlToPath } from 'url';",
        "const __filename = topLevelFileUrlToPath(import.meta.url);",
        "const __dirname = topLevelFileUrlToPath(new URL('.', import.meta.url));",
      ].join('\n'),
    },
  });
  return { file, platformDir, workDir, app };
}
