'use client';

import { basePath } from '@tractor/contracts';
import type { FormEvent } from 'react';
import styles from './cart.module.css';

const action = `${basePath('checkout')}/cart/remove`;

/**
 * A real form, so removing works before the page's script has loaded (or without it); once it
 * runs, the remove goes through the BFF and the page stays where it is.
 */
export function RemoveButton({ sku, name, busy, onRemove }: { sku: string; name: string; busy: boolean; onRemove: () => void }) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onRemove();
  };
  return (
    <form method="post" action={action} onSubmit={submit} className={styles.remove}>
      <input type="hidden" name="sku" value={sku} />
      <button type="submit" className={styles.removeButton} aria-label={`Remove ${name} from cart`} disabled={busy}>
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span>Remove</span>
      </button>
    </form>
  );
}
