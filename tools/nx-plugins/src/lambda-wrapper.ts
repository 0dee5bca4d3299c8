/**
 * The server function's wrapper: OpenNext's own for AWS Lambda, with each request run through the
 * context's request telemetry (request scope, `Server-Timing`, one log line) and, inside it, its
 * request gate (CSP nonce for pages, the 503 while its database is down), which a local server
 * gets from Node's HTTP server and Lambda has none of. The context is the one whose app folder the
 * function runs in: OpenNext's handler changes into it before it builds the wrapper.
 */
import awsLambda from '@opennextjs/aws/overrides/wrappers/aws-lambda.js';
import type { Wrapper } from '@opennextjs/aws/types/overrides.js';
import { contextNames, contexts, type ContextName } from '@tractor/contracts';
import { databaseUrl, databaseVariables } from '@tractor/runtime-config';
import { createRequestGate, withRequestGate } from '@tractor/slice/request-gate';
import { withLambdaRequestTelemetry } from '@tractor/telemetry/lambda';

/** The context whose app folder `dir` is (or ends with). */
export function contextOfAppFolder(dir: string): ContextName {
  const folder = dir.replaceAll('\\', '/').replace(/\/+$/, '');
  const found = contextNames.find((name) => folder === contexts[name].directory || folder.endsWith(`/${contexts[name].directory}`));
  if (!found) throw new Error(`the server function runs in ${dir}, which is no context's app folder (${contextNames.map((name) => contexts[name].directory).join(', ')})`);
  return found;
}

const wrapper: Wrapper = {
  name: 'aws-lambda-with-request-telemetry',
  supportStreaming: awsLambda.supportStreaming,
  wrapper: (handler, converter) => {
    const context = contextOfAppFolder(process.cwd());
    const gate = createRequestGate({ context, databaseUrl: () => databaseUrl(context, process.env[databaseVariables(context).url]) });
    return awsLambda.wrapper(withLambdaRequestTelemetry(withRequestGate(handler, gate), { context }), converter);
  },
};

export default wrapper;
