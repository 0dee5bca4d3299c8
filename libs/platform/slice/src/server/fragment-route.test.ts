import { html } from '@tractor/fragments';
import { describe, expect, it } from 'vitest';
import { fragmentRoute } from './fragment-route';

const get = (path: string) => new Request(`http://explore.test${path}`);

describe('fragmentRoute', () => {
  const route = fragmentRoute('explore/recommendations', ({ query }) => html`<explore-recommendations>${query.skus}</explore-recommendations>`);

  it('renders with the query the contract parsed, cached as the contract allows', async () => {
    const response = await route(get('/explore/fragments/recommendations?skus=CL-01-GY,AU-07-MT'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<explore-recommendations>CL-01-GY,AU-07-MT</explore-recommendations>');
    expect(response.headers.get('cache-control')).toContain('public');
  });

  it('answers a query the contract refuses with a 400 naming the problem, never cached', async () => {
    for (const query of ['?skus=cl-01-gy', '']) {
      const response = await route(get(`/explore/fragments/recommendations${query}`));
      expect(response.status, query).toBe(400);
      expect(await response.text()).toMatch(/^<p role="alert">Bad fragment request: skus: /);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    }
  });

  it('marks a personal fragment’s HTML private', async () => {
    const miniCart = fragmentRoute('checkout/mini-cart', () => html`<checkout-mini-cart></checkout-mini-cart>`);
    expect((await miniCart(get('/checkout/fragments/mini-cart'))).headers.get('cache-control')).toBe('private, no-store');
  });

  it('passes on a response the render built itself', async () => {
    const teapot = fragmentRoute('explore/footer', () => new Response('short and stout', { status: 418 }));
    expect((await teapot(get('/explore/fragments/footer'))).status).toBe(418);
  });
});
