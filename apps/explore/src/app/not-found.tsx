import { href } from '@tractor/contracts';
import type { Metadata } from 'next';
import { pictureUrl } from '@/pictures/picture-url';
import { scenes } from '@/pictures/scenes';
import { Picture } from './_components/picture';
import styles from './not-found.module.css';

export const metadata: Metadata = { title: 'Page not found', description: 'This page of The Tractor Store does not exist.' };

export default function NotFound() {
  return (
    <section className={styles.lost} aria-labelledby="not-found-title">
      <div>
        <h1 id="not-found-title">This page does not exist</h1>
        <p>The address may be mistyped, or the page has moved.</p>
        <p className={styles.actions}>
          <a className="t-button" href={href.explore.products()}>
            Browse all machines
          </a>
          <a className="t-button" data-variant="secondary" href={href.explore.home()}>
            Go to the home page
          </a>
        </p>
      </div>
      <Picture className={styles.picture} src={pictureUrl.scene('lost')} width={scenes.lost.width} height={scenes.lost.height} alt={scenes.lost.alt} priority />
    </section>
  );
}
