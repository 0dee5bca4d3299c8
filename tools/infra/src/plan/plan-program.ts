/**
 * Runs `sst.config.ts` under Pulumi's runtime mocks, with SST's CLI answered by a fake RPC server,
 * and writes everything it would create as JSON to `PLAN_OUTPUT`. `bundle-plan.ts` bundles it with
 * the config and SST's platform into `.sst/platform`, the way `sst deploy` bundles the config.
 *
 * What this touches of SST beyond its public config API (pin `sst` so it stays put):
 * the globals `$app`/`$cli`/`$dev`, `platform/src/auto/run.ts`, and the RPC methods
 * `Provider.Aws.Bootstrap` and `Runtime.Build` of the CLI's server.
 */
import { writeFileSync } from 'node:fs';
import { runtime } from '@pulumi/pulumi';
import { answerCall, fakeOutputs } from './fake-cloud';
import { startFakeCli } from './fake-cli';
import type { PlanResult, PlannedResource } from './plan-result';

declare const $app: Record<string, unknown>;

export interface PlanParts {
  /** The config's default export. */
  config: { run(): Promise<Record<string, unknown> | undefined> };
  /** SST's `platform/src/auto/run.ts` `run`, which wraps a config's `run()` as the CLI does. */
  run(program: () => Promise<Record<string, unknown> | undefined>): Promise<unknown>;
  /** The `sst` and `aws` globals a config's `run()` uses. */
  globals: { sst: unknown; aws: unknown };
}

export async function plan(parts: PlanParts): Promise<void> {
  const stage = process.env['PLAN_STAGE'] ?? 'ci';
  const resources: PlannedResource[] = [];
  const errors: string[] = [];
  const record = (error: unknown) => {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (!errors.includes(text)) errors.push(text);
  };
  process.on('unhandledRejection', record);
  process.on('uncaughtException', record);

  await runtime.setMocks(
    {
      newResource(args) {
        resources.push({ type: args.type, name: args.name, custom: args.custom ?? false, inputs: args.inputs });
        return { id: `${args.name}-id`, state: { ...args.inputs, ...fakeOutputs(args.type, args.name, args.inputs) } };
      },
      call: (args) => answerCall(args.token, args.inputs),
    },
    'tractor-store',
    stage,
    false,
  );
  const cli = await startFakeCli();
  process.env['SST_SERVER'] = cli.url;
  Object.assign(globalThis, parts.globals);

  let outputs: unknown;
  try {
    outputs = await runtime.runInPulumiStack(() => parts.run(() => parts.config.run()));
    await runtime.disconnect();
  } catch (error) {
    record(error);
  }
  await cli.close();

  const result: PlanResult = { stage, app: $app, outputs, resources, builds: cli.builds, errors };
  writeFileSync(process.env['PLAN_OUTPUT'] ?? 'plan.json', JSON.stringify(result));
  // Pulumi keeps handles open (its mocked monitor, leftover outputs): the plan is complete here.
  process.exit(0);
}
