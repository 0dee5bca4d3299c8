/**
 * Every word the shopper reads about adding a tractor to the basket, whichever way it was added:
 * the fragment's server HTML (no JavaScript), the `<checkout-add-to-cart>` element in the browser,
 * and the BFF's refusal. Plain strings and functions only, so the element's bundle can carry them.
 */

export const addedText = 'Tractor was added.';

export const viewInBasketText = 'View in basket';

/** When checkout gave no usable answer at all. */
export const notAddedText = 'Sorry, the tractor could not be added. Please try again.';

/** Why an add was refused: none left, or the basket already holds as many as there are. */
export function refusedText({ name, inventory }: { readonly name: string; readonly inventory: number }): string {
  return inventory === 0
    ? `Sorry, ${name} is out of stock: it was not added.`
    : `Sorry, we only have ${inventory} × ${name} in stock, and your basket cannot hold more than that.`;
}
