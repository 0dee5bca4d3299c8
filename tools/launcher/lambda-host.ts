/**
 * One context as it runs on AWS, on one local port: CloudFront's routing for the app (its assets
 * from "S3", `.open-next/assets`), and its OpenNext server function invoked in this process with
 * Function URL events. One process per context, as the handler changes the working directory and
 * globals. Run by the launcher in `lambda` mode: `node lambda-host.mjs <context> <port> <repo-root>`.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { basePath, contextNames, contexts, type ContextName } from '@tractor/contracts';
import { toFunctionUrlEvent } from './function-url-event';
import { maxPayloadBytes, writeFunctionUrlResult } from './function-url-result';
import { startAwsServicesStub } from './aws-services-stub';
import { LambdaTimeout, loadLambdaFunction } from './lambda-function';
import { sendS3Object } from './s3-object';
import { indexSiteAssets, routeSite } from './site-assets';

/** SST's default server function timeout (and the router's origin read timeout). */
const timeoutMs = 20_000;

const [name = '', portText = '', rootArg = ''] = process.argv.slice(2);
const port = Number(portText);
if (!contextNames.includes(name as ContextName) || !Number.isInteger(port) || !rootArg) {
  console.error(`usage: lambda-host <${contextNames.join('|')}> <port> <repo-root>`);
  process.exit(2);
}
const context = name as ContextName;
const appDir = join(resolve(rootArg), contexts[context].directory);
const assetsDir = join(appDir, '.open-next', 'assets');
const assets = indexSiteAssets(assetsDir);
const aws = await startAwsServicesStub();
const lambda = loadLambdaFunction(context, appDir, aws.url);
const functionHost = `${context}-server.lambda-url.us-east-1.on.aws`;
let invocations = 0;

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxPayloadBytes) chunks.push(chunk);
    });
    req.on('end', () => done(size > maxPayloadBytes ? undefined : Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

async function invoke(req: IncomingMessage, res: ServerResponse) {
  const body = await readBody(req);
  if (!body) {
    res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8' }).end('413: request payload over the 6 MB Function URL limit');
    return;
  }
  const requestId = randomUUID();
  const cold = invocations++ === 0;
  const started = performance.now();
  const event = toFunctionUrlEvent({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body, sourceIp: req.socket.remoteAddress ?? '127.0.0.1', requestId, functionHost });
  try {
    const { status, problem } = writeFunctionUrlResult(res, await lambda.invoke(event, requestId, timeoutMs), req.method ?? 'GET');
    if (problem) console.error(`${req.method} ${req.url}: ${problem}`);
    if (cold) console.log(`cold start: handler loaded in ${lambda.loadedInMs?.toFixed(0)} ms, first response (${status}) in ${(performance.now() - started).toFixed(0)} ms`);
  } catch (error) {
    const timedOut = error instanceof LambdaTimeout;
    console.error(`${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (!res.headersSent) res.writeHead(timedOut ? 504 : 502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(timedOut ? '504: the function timed out' : '502: the function failed');
  }
}

const server = createServer((req, res) => {
  const route = routeSite(assets, (req.url ?? '/').split('?')[0] ?? '/', basePath(context));
  const handled =
    route.origin === 's3'
      ? sendS3Object(req, res, assetsDir, route.key)
      : route.origin === 'image-optimizer'
        ? Promise.resolve(void res.writeHead(501, { 'content-type': 'text/plain' }).end('501: the image optimizer (arm64) is not emulated'))
        : invoke(req, res);
  handled.catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});

server.listen(port, '127.0.0.1', () => {
  const { port: bound } = server.address() as AddressInfo;
  console.log(`ready: ${context}'s Lambda on http://127.0.0.1:${bound} (assets from ${assetsDir})`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
