import { href } from '@tractor/contracts';
import styles from './home.module.css';

export default function HomePage() {
  return (
    <>
      <h1>The Tractor Store</h1>
      <ul className={styles.teasers}>
        <li>
          <a href={href.explore.products('classic')}>Classic Tractors</a>
        </li>
        <li>
          <a href={href.explore.products('autonomous')}>Autonomous Tractors</a>
        </li>
      </ul>
    </>
  );
}
