/**
 * The OpenNext server function of one app, loaded and invoked as Lambda would: from the bundle
 * `open-next.output.json` names, in its own folder, with the environment SST gives it (cache bucket,
 * queue and table, here answered by `aws-services-stub.ts`). Loading is lazy, so the first request
 * pays the cold start, as on Lambda.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

const outputSchema = z.object({
  origins: z.object({ default: z.object({ handler: z.string(), bundle: z.string(), streaming: z.boolean().optional() }) }),
});

export type Handler = (event: unknown, context: object) => Promise<unknown>;

export interface LambdaFunction {
  dir: string;
  invoke(event: unknown, requestId: string, timeoutMs: number): Promise<unknown>;
  /** Set after the first invocation: how long loading the handler took. */
  loadedInMs?: number;
}

export function lambdaEnvironment(context: string, dir: string, awsEndpoint: string): Record<string, string> {
  return {
    AWS_LAMBDA_FUNCTION_NAME: `${context}-server`,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
    LAMBDA_TASK_ROOT: dir,
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL: awsEndpoint,
    CACHE_BUCKET_NAME: `${context}-assets`,
    CACHE_BUCKET_KEY_PREFIX: '_cache',
    CACHE_BUCKET_REGION: 'us-east-1',
    REVALIDATION_QUEUE_URL: `${awsEndpoint}/123456789012/${context}-revalidation.fifo`,
    REVALIDATION_QUEUE_REGION: 'us-east-1',
    CACHE_DYNAMO_TABLE: `${context}-revalidation`,
    NODE_ENV: 'production',
  };
}

export function loadLambdaFunction(context: string, appDir: string, awsEndpoint: string): LambdaFunction {
  const output = outputSchema.parse(JSON.parse(readFileSync(join(appDir, '.open-next', 'open-next.output.json'), 'utf8')));
  const { handler: entry, bundle, streaming } = output.origins.default;
  if (streaming) throw new Error(`${context}: the server function streams its responses; this host emulates buffered Function URLs only`);
  const dir = join(appDir, bundle);
  const [file = 'index', exported = 'handler'] = entry.split('.');
  let handler: Promise<Handler> | undefined;
  const fn: LambdaFunction = {
    dir,
    async invoke(event, requestId, timeoutMs) {
      if (!handler) {
        const started = performance.now();
        // Forced over the parent's environment: no AWS call may leave this machine.
        Object.assign(process.env, lambdaEnvironment(context, dir, awsEndpoint));
        process.chdir(dir);
        handler = import(pathToFileURL(join(dir, `${file}.mjs`)).href).then((module: Record<string, unknown>) => {
          const loaded = module[exported];
          if (typeof loaded !== 'function') throw new Error(`${entry} does not export a function`);
          fn.loadedInMs = performance.now() - started;
          return loaded as Handler;
        });
      }
      // Lambda's init phase has its own limit; the function timeout starts with the invocation.
      const run = await handler;
      const deadline = Date.now() + timeoutMs;
      const lambdaContext = {
        functionName: `${context}-server`,
        awsRequestId: requestId,
        callbackWaitsForEmptyEventLoop: false,
        getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      };
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new LambdaTimeout(`${context}: Task timed out after ${timeoutMs / 1000} seconds`)), timeoutMs);
      });
      try {
        return await Promise.race([run(event, lambdaContext), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
  return fn;
}

export class LambdaTimeout extends Error {
  override readonly name = 'LambdaTimeout';
}
