'use client';

import { basePath } from '@tractor/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import styles from './cart.module.css';

const action = `${basePath('checkout')}/cart/quantity`;

/**
 * − / + and a number field for one basket line. A real form, so it works before the page's
 * script has loaded (or without it): − and + post the new quantity as `set`, the field posts
 * `quantity` (Enter, or Update, which comes first so Enter means Update). With the script, the
 * change goes through the BFF and the page stays where it is. + stops at what is in stock.
 */
export function QuantityControl({ sku, name, quantity, inventory, busy, onChange }: { sku: string; name: string; quantity: number; inventory: number; busy: boolean; onChange: (quantity: number) => void }) {
  const [draft, setDraft] = useState(String(quantity));
  // Whenever a change settles (accepted or refused), the field shows what the basket holds.
  useEffect(() => {
    if (!busy) setDraft(String(quantity));
  }, [quantity, busy]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const value = submitter instanceof HTMLButtonElement && submitter.name === 'set' ? submitter.value : draft;
    onChange(Number(value));
  };
  const atStock = quantity >= inventory;

  return (
    <form method="post" action={action} onSubmit={submit} className={styles.quantityControl} aria-label={`Quantity of ${name}`}>
      <input type="hidden" name="sku" value={sku} />
      <button type="submit" className={styles.update} disabled={busy}>
        Update
      </button>
      <button type="submit" name="set" value={quantity - 1} className={styles.step} aria-label={`One ${name} less`} disabled={busy || quantity <= 1}>
        −
      </button>
      <label className={styles.count}>
        <span className="t-visually-hidden">Quantity of {name}</span>
        <input name="quantity" type="number" inputMode="numeric" min={1} step={1} required value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <button type="submit" name="set" value={quantity + 1} className={styles.step} aria-label={`One more ${name}`} disabled={busy || atStock}>
        +
      </button>
      {atStock && <span className={styles.stockNote}>{inventory === 0 ? 'None left in stock' : `Only ${inventory} in stock`}</span>}
    </form>
  );
}
