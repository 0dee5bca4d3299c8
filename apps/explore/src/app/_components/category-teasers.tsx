import { href } from '@tractor/contracts';
import { pictureUrl } from '@/pictures/picture-url';
import { isSceneName, scenes } from '@/pictures/scenes';
import styles from './category-teasers.module.css';
import { Picture } from './picture';

/** One line on what each category is about; a category without one just shows its size. */
const taglines: Record<string, string> = {
  classic: 'Time-tested workhorses with a seat, a steering wheel and a story.',
  autonomous: 'Self-driving machines that map, plant and harvest on their own.',
};

export function CategoryTeasers({ teasers }: { teasers: readonly { title: string; key: string; name: string; count: number }[] }) {
  return (
    <section className={styles.section} aria-labelledby="categories-title">
      <h2 id="categories-title">Shop by category</h2>
      <ul className={styles.teasers}>
        {teasers.map((teaser) => {
          const scene = isSceneName(teaser.key) ? scenes[teaser.key] : scenes.hero;
          return (
            <li key={teaser.key} className={styles.teaser}>
              <Picture className={styles.picture} src={pictureUrl.scene(isSceneName(teaser.key) ? teaser.key : 'hero')} width={scene.width} height={scene.height} alt={scene.alt} />
              <div className={styles.text}>
                <h3 className={styles.title}>
                  <a href={href.explore.products(teaser.key)}>{teaser.title}</a>
                </h3>
                {taglines[teaser.key] && <p className={styles.tagline}>{taglines[teaser.key]}</p>}
                <p className={styles.more}>
                  {teaser.count} machines <span className={styles.arrow} aria-hidden="true">
                    →
                  </span>
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
