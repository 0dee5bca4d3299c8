import { href } from '@tractor/contracts';
import { FragmentHtml } from '@tractor/ui';
import type { Metadata } from 'next';
import { renderRecommendations } from '@/fragments/recommendations';
import { pictureUrl } from '@/pictures/picture-url';
import { scenes } from '@/pictures/scenes';
import { publicReads } from '@/server/public-reads';
import { CategoryTeasers } from './_components/category-teasers';
import { Picture } from './_components/picture';
import styles from './home.module.css';

export const metadata: Metadata = {
  title: { absolute: 'The Tractor Store: classic and autonomous tractors' },
  description: 'Heritage workhorses and self-driving field robots: browse the machines, find your colour and visit one of our four stores.',
};

/** The spec's home page recommendations, picked to show one classic and one autonomous colour. */
const featured = ['CL-01-GY', 'AU-07-MT'];

export default async function HomePage() {
  const [teasers, recommendations] = await Promise.all([publicReads.teasers(), publicReads.recommendations(featured)]);
  const machines = teasers.reduce((total, teaser) => total + teaser.count, 0);

  return (
    <>
      <section className={styles.hero} aria-labelledby="home-title">
        <div className={styles.heroText}>
          <p className={styles.eyebrow}>Classic and autonomous tractors</p>
          <h1 id="home-title" className={styles.title}>
            The right tractor for every field
          </h1>
          <p className={styles.lead}>
            From heritage workhorses with a seat you will never want to leave to field robots that plough while you sleep: {machines} machines,
            each in colours to match your farm.
          </p>
          <p className={styles.actions}>
            <a className="t-button" href={href.explore.products()}>
              Browse all machines
            </a>
            <a className="t-button" data-variant="secondary" href={href.explore.stores()}>
              Find a store
            </a>
          </p>
        </div>
        <Picture className={styles.heroPicture} src={pictureUrl.scene('hero')} width={scenes.hero.width} height={scenes.hero.height} alt={scenes.hero.alt} priority />
      </section>
      <CategoryTeasers teasers={teasers} />
      <FragmentHtml html={renderRecommendations({ skus: featured, items: recommendations }).__html} />
    </>
  );
}
