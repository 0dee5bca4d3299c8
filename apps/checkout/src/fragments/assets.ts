import { elementPath } from '@tractor/contracts';

/** Set by next.config.ts from the content of the bundled element assets, so every deploy busts caches. */
const version = process.env.ELEMENTS_VERSION ?? '';

export const assets = {
  fragmentsCss: elementPath('checkout', 'fragments.css', version),
  miniCartJs: elementPath('checkout', 'mini-cart.js', version),
  addToCartJs: elementPath('checkout', 'add-to-cart.js', version),
};
