/** Bundles and runs a plan in its own process (Pulumi's runtime is process-wide state). */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundlePlan } from './bundle-plan';
import type { PlanResult } from './plan-result';

export async function runPlan(root: string, stage: string, env: Record<string, string> = {}): Promise<PlanResult> {
  const { file, workDir } = await bundlePlan(root, stage);
  const output = join(workDir, 'plan.json');
  rmSync(output, { force: true });
  const child = spawn(process.execPath, ['--enable-source-maps', file], {
    cwd: workDir,
    env: { ...process.env, ...env, PLAN_STAGE: stage, PLAN_OUTPUT: output, SST_TELEMETRY_DISABLED: '1', PULUMI_SKIP_UPDATE_CHECK: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0 || !existsSync(output)) throw new Error(`the plan did not finish (exit ${code})\n${stderr.slice(-4000)}\n${stdout.slice(-4000)}`);
  return JSON.parse(readFileSync(output, 'utf8')) as PlanResult;
}
