'use client';

import { basePath, listen } from '@tractor/contracts';
import { useEffect, useState, type ReactNode } from 'react';
import styles from './checkout.module.css';

const action = `${basePath('checkout')}/orders`;
const formId = 'c-checkout-form';

/**
 * The checkout form. A plain POST, so the browser handles the redirect to the thanks page and a
 * double click or a retry reaches the server with the same key. The store comes from explore's
 * store picker (`children`), which tells the page through `explore:store-selected`; it sits
 * outside the <form> (its buttons are not ours to submit) and the fields join it by `form=`.
 * Checkout takes orders only for its own stores (`stores`); the form says so when the picker
 * offers another one, and the server refuses it in any case.
 */
export function CheckoutForm({ idempotencyKey, stores, children }: { idempotencyKey: string; stores: readonly { id: string }[]; children: ReactNode }) {
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [store, setStore] = useState<{ id: string; name: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => listen(window, 'explore:store-selected', (selected) => setStore(selected)), []);

  // Coming back to this page from the browser's cache must not leave the button stuck on "submitting".
  useEffect(() => {
    const restored = (event: PageTransitionEvent) => event.persisted && setSubmitting(false);
    window.addEventListener('pageshow', restored);
    return () => window.removeEventListener('pageshow', restored);
  }, []);

  const unknownStore = store !== null && !stores.some((known) => known.id === store.id);
  const ready = firstName.trim() !== '' && lastName.trim() !== '' && store !== null && !unknownStore;

  return (
    <>
      <form id={formId} className={styles.form} method="post" action={action} onSubmit={() => setSubmitting(true)}>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <h2>Your details</h2>
        <div className={styles.fields}>
          <label className={styles.field}>
            <span>First name</span>
            <input name="firstName" autoComplete="given-name" required maxLength={100} value={firstName} onChange={(e) => setFirstName(e.target.value)} />
          </label>
          <label className={styles.field}>
            <span>Last name</span>
            <input name="lastName" autoComplete="family-name" required maxLength={100} value={lastName} onChange={(e) => setLastName(e.target.value)} />
          </label>
        </div>
      </form>
      <section className={styles.store} aria-labelledby="store-title">
        <h2 id="store-title">Pick-up store</h2>
        {children}
        <label className={styles.field}>
          <span>Store ID</span>
          <input form={formId} name="storeId" readOnly required value={store?.id ?? ''} aria-describedby="store-name" placeholder="choose a store above" />
        </label>
        {unknownStore && (
          <p className={styles.problem} role="alert">
            We cannot take orders for pick-up at {store.name} yet: please choose another store.
          </p>
        )}
        {/* The picker shows the chosen store; this tells screen reader users that the form has it. */}
        <p id="store-name" className="t-visually-hidden" aria-live="polite">
          {store ? `You will pick up your order at ${store.name}.` : 'No store chosen yet.'}
        </p>
      </section>
      <div className={styles.submit}>
        <button form={formId} type="submit" className="t-button" disabled={!ready || submitting} aria-busy={submitting}>
          place order
        </button>
        {!ready && <p className={styles.hint}>Fill in your name and choose a store to place your order.</p>}
      </div>
    </>
  );
}
