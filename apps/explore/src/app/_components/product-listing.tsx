import { tractorSize } from '@tractor/pictures';
import { href } from '@tractor/contracts';
import { formatPrice } from '@tractor/ui';
import { pictureUrl } from '@/pictures/picture-url';
import { tractorAlt } from '@/pictures/tractor-svg';
import { loadListing } from './load-listing';
import { Picture } from './picture';
import styles from './product-listing.module.css';

/** The catalogue listing: all machines, or one category. Unknown categories are a 404. */
export async function ProductListing({ category }: { category?: string }) {
  const listing = await loadListing(category);
  const filters = [{ key: undefined, name: 'All' }, ...listing.categories];

  return (
    <>
      <div className={styles.head}>
        <h1>{listing.title}</h1>
        <p className={styles.count}>{listing.products.length} products</p>
      </div>
      <nav aria-label="Filter by category">
        <ul className={styles.filters}>
          {filters.map((filter) => {
            const active = filter.key === listing.category?.key;
            return (
              <li key={filter.key ?? 'all'}>
                {active ? (
                  <span aria-current="page" className={styles.active}>
                    {filter.name}
                  </span>
                ) : (
                  <a href={href.explore.products(filter.key)}>{filter.name}</a>
                )}
              </li>
            );
          })}
        </ul>
      </nav>
      <ul className={styles.grid}>
        {listing.products.map((product, index) => (
          <li key={product.id} className={styles.card}>
            <Picture
              className={styles.picture}
              src={pictureUrl.tractor(product.imageSku)}
              {...tractorSize}
              alt={tractorAlt({ productName: product.name, colourName: product.colourName })}
              priority={index < 4}
            />
            <h2 className={styles.name}>
              <a href={href.decide.product(product.id)}>{product.name}</a>
            </h2>
            <p className={styles.price}>from {formatPrice(product.startPrice)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
