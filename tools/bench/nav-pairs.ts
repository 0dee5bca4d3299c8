/**
 * The navigations `npm run bench:nav` times: inside a context, every direction between contexts,
 * a variant switch, and Back/Forward after a step between contexts. Links are found as a shopper
 * finds them (header, listing, breadcrumb, basket); each destination counts as arrived once its
 * `h1` (or, for a variant, the new variant's basket button) is in the document and painted.
 */
import { href } from '@tractor/contracts';
import type { NavPage, NavResult } from '@tractor/e2e';

export interface NavPair {
  readonly name: string;
  readonly from: string;
  /** One timed step, on a page already showing `from`. */
  run(page: NavPage, dwellMs: number): Promise<NavResult>;
}

/** The destination is `path` (and query, when given) and its heading is in the document. */
const at = (path: string) => `location.pathname + location.search === ${JSON.stringify(path)} && document.querySelector('h1') !== null`;
const under = (prefix: string) => `location.pathname.startsWith(${JSON.stringify(prefix)}) && document.querySelector('h1') !== null`;

const product = href.decide.product('CL-01');
const otherVariant = href.decide.product('CL-01', 'CL-01-GY');
/** The new variant is on screen with its own basket button, and nothing is waiting for the server. */
const variantShown = `new URLSearchParams(location.search).get('sku') === 'CL-01-GY' && document.querySelector('checkout-add-to-cart[data-sku="CL-01-GY"]') !== null && document.querySelector('[aria-busy="true"]') === null`;

const click = (name: string, from: string, selector: string, arrival: string): NavPair => ({
  name,
  from,
  run: (page, dwellMs) => page.click(selector, arrival, dwellMs),
});

export const pairs: readonly NavPair[] = [
  click('explore → explore (filter)', href.explore.products(), `main a[href="${href.explore.products('classic')}"]`, at(href.explore.products('classic'))),
  click('explore → decide (listing)', href.explore.products(), `main a[href="${product}"]`, at(product)),
  click('explore → checkout (mini cart)', href.explore.products(), 'a.c-mini-cart', at(href.checkout.cart())),
  click('decide → decide (variant)', product, `main a[href="${otherVariant}"]`, variantShown),
  click('decide → explore (breadcrumb)', product, `nav[aria-label="Breadcrumb"] a[href="${href.explore.products()}"]`, at(href.explore.products())),
  click('decide → checkout (mini cart)', product, 'a.c-mini-cart', at(href.checkout.cart())),
  click('checkout → explore (logo)', href.checkout.cart(), 'a.e-header__logo', at(href.explore.home())),
  click('checkout → decide (basket line)', href.checkout.cart(), `main a[href^="${href.decide.product('')}"]`, under(href.decide.product(''))),
  {
    name: 'Back decide → explore',
    from: href.explore.products(),
    run: async (page, dwellMs) => {
      await page.click(`main a[href="${product}"]`, at(product), dwellMs);
      return page.traverse(-1, at(href.explore.products()));
    },
  },
  {
    name: 'Forward explore → decide',
    from: href.explore.products(),
    run: async (page, dwellMs) => {
      await page.click(`main a[href="${product}"]`, at(product), dwellMs);
      await page.traverse(-1, at(href.explore.products()));
      return page.traverse(1, at(product));
    },
  },
];
