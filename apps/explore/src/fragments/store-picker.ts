/**
 * The store picker fragment: a "Choose a store" button opening a dialog of stores. Choosing one
 * closes the dialog and sends `explore:store-selected` to the hosting page (see
 * `src/elements/store-picker.ts`). Public: the same for every shopper.
 *
 * Every button is `type="button"` and there is no `<form>`: hosts put the picker inside their own
 * forms, where a nested form would be dropped and a default button would submit the host's form.
 *
 * Without JavaScript a dialog cannot open and a choice cannot reach the host page, so the button is
 * hidden until the element is defined (see fragments.css) and a `<noscript>` lists the stores with
 * their addresses and a link to the stores page: the shopper still learns where to go, and is not
 * offered a button that does nothing.
 */
import { href } from '@tractor/contracts';
import { fragmentRoot, html } from '@tractor/fragments';
import { pictureUrl } from '@/pictures/picture-url';
import { assets } from './assets';
import { picture } from './picture';

export interface PickableStore {
  readonly id: string;
  readonly name: string;
  readonly street: string;
  readonly city: string;
  readonly position: number;
}

const closeIcon = html`<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/></svg>`;

// The name and address follow the thumbnail, which only helps to recognise the store: empty alt.
const storeOption = (store: PickableStore) => html`
      <li class="e-picker__store" data-store="${store.id}">
        ${picture({ src: pictureUrl.store(store.id), width: 96, height: 64, alt: '', className: 'e-picker__picture' })}
        <div class="e-picker__about">
          <span class="e-picker__name">${store.name}</span>
          <span class="e-picker__address">${store.street}, ${store.city}</span>
        </div>
        <button type="button" class="e-picker__select" data-store-id="${store.id}" data-store-name="${store.name}" aria-pressed="false">Select<span class="e-visually-hidden"> ${store.name}</span></button>
      </li>`;

export function renderStorePicker({ stores }: { stores: readonly PickableStore[] }) {
  return fragmentRoot({
    context: 'explore',
    name: 'store-picker',
    stylesheet: assets.fragmentsCss,
    script: assets.storePickerJs,
    body: html`<div class="e-picker">
  <p class="e-picker__choice" data-choice aria-live="polite"></p>
  <button type="button" class="e-picker__open" data-open aria-haspopup="dialog" aria-controls="e-picker-dialog">Choose a store</button>
  <noscript>
    <div class="e-picker__fallback">
      <p>Turn on JavaScript to choose a store here. Our stores are:</p>
      <ul>${stores.map((store) => html`<li><strong>${store.name}</strong>, ${store.street}, ${store.city}</li>`)}</ul>
      <p><a href="${href.explore.stores()}">See all stores</a></p>
    </div>
  </noscript>
  <dialog class="e-picker__dialog" id="e-picker-dialog" aria-labelledby="e-picker-title">
    <div class="e-picker__panel">
      <div class="e-picker__head">
        <h2 class="e-picker__title" id="e-picker-title">Choose a store</h2>
        <button type="button" class="e-picker__close" data-close>${closeIcon}<span class="e-visually-hidden">Close</span></button>
      </div>
      <p class="e-picker__hint">Pick up your machine at the store that suits you best.</p>
      <ul class="e-picker__stores">${stores.map(storeOption)}
      </ul>
    </div>
  </dialog>
</div>`,
  });
}

