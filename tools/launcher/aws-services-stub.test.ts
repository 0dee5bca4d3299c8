import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAwsServicesStub } from './aws-services-stub';

let stub: Awaited<ReturnType<typeof startAwsServicesStub>>;
beforeAll(async () => (stub = await startAwsServicesStub()));
afterAll(() => stub.close());

describe('the cache services stub', () => {
  it('misses, stores and deletes S3 objects', async () => {
    const url = `${stub.url}/checkout-assets/_cache/abc/cart.cache`;
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(url, { method: 'PUT', body: '{"value":1}' })).status).toBe(200);
    expect(await (await fetch(url)).text()).toBe('{"value":1}');
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(url)).status).toBe(404);
  });

  it('answers the tag cache and the revalidation queue', async () => {
    const call = (target: string) => fetch(stub.url, { method: 'POST', headers: { 'x-amz-target': target }, body: '{}' }).then((r) => r.json());
    expect(await call('DynamoDB_20120810.Query')).toMatchObject({ Items: [], Count: 0 });
    expect(await call('AmazonSQS.SendMessage')).toHaveProperty('MessageId');
  });
});
