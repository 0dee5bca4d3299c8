import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadOrigin, startRouter, startUpstream, waitForLines, type TestRouter, type TestUpstream } from './__tests__/test-servers';

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const accept = (key: string) => createHash('sha1').update(key + WS_GUID).digest('base64');

/** A raw client socket that collects everything it receives. */
async function openClient(port: number): Promise<{ socket: Socket; received: () => string; waitFor: (text: string) => Promise<void> }> {
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  const waitFor = async (text: string) => {
    for (let i = 0; i < 200 && !received.includes(text); i++) await new Promise((r) => setTimeout(r, 10));
    if (!received.includes(text)) throw new Error(`never received ${JSON.stringify(text)}; got ${JSON.stringify(received)}`);
  };
  return { socket, received: () => received, waitFor };
}

const upgradeHead = (path: string, key: string) =>
  [
    `GET ${path} HTTP/1.1`,
    'Host: shop.example:3000',
    'Connection: keep-alive, Upgrade',
    'Upgrade: websocket',
    'Sec-WebSocket-Version: 13',
    `Sec-WebSocket-Key: ${key}`,
    'X-Request-Id: ws-1',
    '',
    '',
  ].join('\r\n');

describe('upgrade requests', () => {
  let checkout: TestUpstream;
  let explore: TestUpstream;
  let edge: TestRouter;
  let seen: { url: string | undefined; headers: IncomingHttpHeaders } | undefined;

  beforeAll(async () => {
    checkout = await startUpstream((_req, res) => res.end('not an upgrade'));
    // A minimal upgrade echo: answer 101, then send every received byte back upper-cased.
    checkout.server.on('upgrade', (req, socket, head: Buffer) => {
      seen = { url: req.url, headers: req.headers };
      const key = String(req.headers['sec-websocket-key']);
      socket.write(
        `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept(key)}\r\n\r\n`,
      );
      if (head.length > 0) socket.write(head.toString().toUpperCase());
      socket.on('data', (chunk: Buffer) => socket.write(chunk.toString().toUpperCase()));
      socket.on('error', () => socket.destroy());
      socket.on('end', () => socket.end());
    });
    explore = await startUpstream((_req, res) => res.end('explore'));
    edge = await startRouter({ explore: explore.origin, decide: await deadOrigin(), checkout: checkout.origin });
  });

  afterAll(async () => {
    await edge.router.close();
    await Promise.all([checkout.close(), explore.close()]);
  });

  it('tunnels to the owning context and carries data both ways', async () => {
    const key = 'dGhlIHNhbXBsZSBub25jZQ==';
    const client = await openClient(edge.port);
    // Bytes sent right behind the head reach node as the upgrade's `head` buffer.
    client.socket.write(upgradeHead('/checkout/_next/webpack-hmr?page=cart', key) + 'hello');
    await client.waitFor('HELLO');

    const [head = ''] = client.received().split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 101 Switching Protocols\r\n/);
    expect(head.toLowerCase()).toContain(`sec-websocket-accept: ${accept(key)}`.toLowerCase());
    expect(head).toMatch(/^x-context: checkout$/im);
    expect(head).toMatch(/^x-request-id: ws-1$/im);

    expect(seen?.url).toBe('/checkout/_next/webpack-hmr?page=cart');
    expect(seen?.headers).toMatchObject({
      host: 'shop.example:3000',
      connection: 'Upgrade',
      upgrade: 'websocket',
      'x-forwarded-host': `localhost:${edge.port}`,
      'x-request-id': 'ws-1',
    });

    client.socket.write('again');
    await client.waitFor('AGAIN');
    client.socket.destroy();
    await waitForLines(edge.lines, 1);
    expect(edge.lines.map((line) => JSON.parse(line))).toContainEqual(expect.objectContaining({ method: 'GET', route: '/checkout/_next/webpack-hmr', status: 101, context: 'checkout', requestId: 'ws-1' }));
  });

  it('answers 502 naming the context when the upstream is down', async () => {
    const client = await openClient(edge.port);
    client.socket.write(upgradeHead('/product/_next/webpack-hmr', 'a2V5a2V5a2V5a2V5a2V5a2V5'));
    await client.waitFor('bad_gateway');
    expect(client.received()).toMatch(/^HTTP\/1\.1 502 Bad Gateway\r\n/);
    expect(client.received()).toMatch(/^x-context: decide$/im);
    client.socket.destroy();
  });

  it('closes with a tunnel still open', async () => {
    const second = await startRouter({ explore: explore.origin, decide: explore.origin, checkout: checkout.origin });
    const client = await openClient(second.port);
    client.socket.write(upgradeHead('/checkout/_next/webpack-hmr', 'b3BlbnR1bm5lbG9wZW4hIQ=='));
    await client.waitFor('101 Switching Protocols');
    const closed = new Promise<void>((resolve) => client.socket.once('close', () => resolve()));
    await second.router.close();
    await closed;
  });
});
