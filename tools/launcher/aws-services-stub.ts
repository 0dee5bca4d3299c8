/**
 * The AWS services an OpenNext server function talks to for its ISR and fetch cache: S3 (cache
 * objects), DynamoDB (tag cache) and SQS (revalidation queue), answered in memory on a local port
 * (`AWS_ENDPOINT_URL`), so every cache lookup is a quick miss or hit as on AWS instead of a retried
 * network error. Only the calls OpenNext makes are understood.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** DynamoDB (tag cache) and SQS (revalidation queue) speak JSON over POST with an `x-amz-target`. */
function jsonTarget(target: string, res: ServerResponse, payload: Buffer) {
  const [service = '', operation = ''] = target.split('.');
  const reply = (value: object) => res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify(value));
  if (service.startsWith('DynamoDB')) {
    if (operation === 'Query' || operation === 'Scan') return reply({ Items: [], Count: 0, ScannedCount: 0 });
    if (operation === 'BatchWriteItem') return reply({ UnprocessedItems: {} });
    if (operation === 'BatchGetItem') return reply({ Responses: {}, UnprocessedKeys: {} });
    return reply({});
  }
  if (service === 'AmazonSQS') {
    const message = createHash('md5').update(payload).digest('hex');
    return reply({ MessageId: randomUUID(), MD5OfMessageBody: message });
  }
  res.writeHead(501, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `${target} is not emulated` }));
}

export async function startAwsServicesStub(): Promise<{ url: string; close(): void }> {
  const objects = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    void body(req).then((payload) => {
      const target = req.headers['x-amz-target'];
      if (typeof target === 'string') return jsonTarget(target, res, payload);
      // S3, path-style (the endpoint is an IP address): /<bucket>/<key>
      const key = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      if (req.method === 'PUT') {
        objects.set(key, payload);
        return res.writeHead(200, { etag: `"${createHash('md5').update(payload).digest('hex')}"` }).end();
      }
      if (req.method === 'DELETE') {
        objects.delete(key);
        return res.writeHead(204).end();
      }
      const object = objects.get(key);
      if (req.method === 'GET' && object) return res.writeHead(200, { 'content-length': object.length }).end(object);
      res.writeHead(404, { 'content-type': 'application/xml' }).end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
