/** The lambda host end to end, around a stand-in OpenNext output (a handler that echoes its event). */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaHostBundle } from './lambda-host-bundle';

const root = mkdtempSync(join(tmpdir(), 'lambda-host-'));
const openNext = join(root, 'apps', 'checkout', '.open-next');
const files: Record<string, string> = {
  'open-next.output.json': JSON.stringify({ origins: { default: { handler: 'index.handler', bundle: '.open-next/server-functions/default', streaming: false } } }),
  'assets/elements/mini-cart.js': 'export {};',
  'server-functions/default/index.mjs': `
    export async function handler(event, context) {
      if (event.rawPath.endsWith('/boom')) throw new Error('boom');
      return {
        statusCode: 200,
        headers: { 'content-type': 'application/json', 'x-cwd': process.cwd(), 'x-remaining': String(context.getRemainingTimeInMillis() > 0) },
        cookies: ['c_cart=42; Path=/checkout'],
        body: JSON.stringify(event),
      };
    }`,
};
for (const [file, content] of Object.entries(files)) {
  mkdirSync(dirname(join(openNext, file)), { recursive: true });
  writeFileSync(join(openNext, file), content);
}

let host: ChildProcess;
let origin = '';
const logs: string[] = [];

beforeAll(async () => {
  const bundle = await lambdaHostBundle(root);
  host = spawn(process.execPath, [bundle, 'checkout', '0', root], { stdio: ['ignore', 'pipe', 'pipe'] });
  origin = await new Promise<string>((resolve, reject) => {
    host.stdout?.on('data', (chunk: Buffer) => {
      logs.push(chunk.toString());
      const ready = /ready: .* on (http:\/\/\S+)/.exec(chunk.toString());
      if (ready?.[1]) resolve(ready[1]);
    });
    host.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    host.once('exit', (code) => reject(new Error(`the host exited (${code}): ${logs.join('')}`)));
  });
});
afterAll(() => {
  host.kill();
  rmSync(root, { recursive: true, force: true });
});

describe('lambda host', () => {
  it('invokes the handler with a Function URL event, in its own folder, and writes its result', async () => {
    const response = await fetch(`${origin}/checkout/cart?step=1`, { headers: { cookie: 'c_cart=41', 'x-forwarded-host': 'localhost:3000' } });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual(['c_cart=42; Path=/checkout']);
    expect(response.headers.get('x-cwd')).toBe(join(openNext, 'server-functions', 'default'));
    expect(response.headers.get('x-remaining')).toBe('true');
    const event = (await response.json()) as Record<string, unknown>;
    expect(event).toMatchObject({ rawPath: '/checkout/cart', rawQueryString: 'step=1', cookies: ['c_cart=41'] });
    expect(event['headers']).toMatchObject({ host: 'checkout-server.lambda-url.us-east-1.on.aws', 'x-forwarded-host': 'localhost:3000' });
  });

  it('logs the cold start once', async () => {
    await expect.poll(() => logs.join(''), { timeout: 2_000 }).toMatch(/cold start/);
    expect(logs.join('').match(/cold start: handler loaded in \d+ ms, first response \(200\) in \d+ ms/g)).toHaveLength(1);
  });

  it('serves the app’s assets as S3 would, under its basePath', async () => {
    const response = await fetch(`${origin}/checkout/elements/mini-cart.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('s-maxage=86400');
    expect((await fetch(`${origin}/checkout/elements/none.js`)).status).toBe(403);
  });

  it('passes request bodies, and answers 502 when the function throws', async () => {
    const posted = await fetch(`${origin}/checkout/api/cart`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'sku=CL-01-GY' });
    expect(await posted.json()).toMatchObject({ body: 'sku=CL-01-GY', isBase64Encoded: false, requestContext: { http: { method: 'POST' } } });
    expect((await fetch(`${origin}/checkout/boom`)).status).toBe(502);
  });
});
