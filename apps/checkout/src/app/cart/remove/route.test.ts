/**
 * POST /checkout/cart/remove: the remove button without JavaScript, through the real handler.
 */
import { describe, expect, it } from 'vitest';
import * as remove from './route';
import { routeTestBff } from '@/app/__tests__/route-test-bff';

routeTestBff();

describe('form bodies', () => {
  it('are capped while streaming too, when no length is declared', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode(`sku=CL-01-GR&x${i}=${'y'.repeat(1024)}&`));
        controller.close();
      },
    });
    const request = new Request('http://localhost:3000/cart/remove', {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'localhost:3000', 'x-forwarded-host': 'localhost:3000' },
    } as RequestInit);
    expect((await remove.POST(request)).status).toBe(413);
  });
});
