import { href } from '@tractor/contracts';
import styles from './site-header.module.css';

/** The shop's header as explore renders it on its own pages. */
export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={`t-container ${styles.bar}`}>
        <a className={styles.logo} href={href.explore.home()}>
          The Tractor Store
        </a>
        <nav aria-label="Main">
          <ul className={styles.nav}>
            <li>
              <a href={href.explore.products()}>Machines</a>
            </li>
            <li>
              <a href={href.explore.stores()}>Stores</a>
            </li>
            <li>
              <a href={href.checkout.cart()}>Basket</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
