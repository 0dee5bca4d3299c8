import { href } from '@tractor/contracts';
import { ButtonLink } from '@tractor/ui';
import type { Metadata } from 'next';
import styles from './not-found.module.css';

export const metadata: Metadata = { title: 'Product not found', robots: { index: false } };

export default function NotFound() {
  return (
    <section className={styles.notFound} aria-labelledby="not-found-title">
      <p className={styles.code}>404</p>
      <h1 id="not-found-title">This product does not exist</h1>
      <p className={styles.text}>It may have been discontinued, or the address is mistyped.</p>
      <ButtonLink href={href.explore.products()}>Browse all machines</ButtonLink>
    </section>
  );
}
