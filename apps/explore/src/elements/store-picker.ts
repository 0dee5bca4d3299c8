/**
 * <explore-store-picker>: opens the store dialog, and when the shopper chooses a store, closes it,
 * shows the choice and sends `explore:store-selected` (bubbling, so the hosting page hears it).
 * The dialog is modal: focus moves into it, Escape closes it, and focus returns to the button.
 */
import { dispatch } from '@tractor/contracts';

class ExploreStorePicker extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', this.onClick);
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.onClick);
  }

  private get dialog() {
    return this.querySelector('dialog');
  }

  private readonly onClick = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    const dialog = this.dialog;
    if (!target || !dialog) return;
    if (target.closest('[data-open]')) return this.open(dialog);
    if (target.closest('[data-close]') || target === dialog) return dialog.close();
    const select = target.closest<HTMLButtonElement>('button[data-store-id]');
    if (select) this.choose(dialog, select);
  };

  private open(dialog: HTMLDialogElement) {
    dialog.showModal();
    // Start on the store chosen before, else on the first: the shopper lands on a choice, not on "Close".
    const start = this.querySelector<HTMLButtonElement>('[aria-pressed="true"]') ?? this.querySelector<HTMLButtonElement>('button[data-store-id]');
    start?.focus();
  }

  private choose(dialog: HTMLDialogElement, select: HTMLButtonElement) {
    const id = select.dataset.storeId;
    const name = select.dataset.storeName;
    if (!id || !name) return;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-store-id]')) {
      button.setAttribute('aria-pressed', String(button === select));
    }
    const address = select.closest('li')?.querySelector('.e-picker__address')?.textContent ?? '';
    const choice = this.querySelector('[data-choice]');
    if (choice) choice.textContent = `Your store: ${name}${address ? `, ${address}` : ''}`;
    const opener = this.querySelector('[data-open]');
    if (opener) opener.textContent = 'Change store';
    dialog.close();
    dispatch(this, 'explore:store-selected', { id, name });
  }
}

if (!customElements.get('explore-store-picker')) customElements.define('explore-store-picker', ExploreStorePicker);
