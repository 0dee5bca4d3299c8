import { href } from '@tractor/contracts';
import { formatPrice } from '@tractor/ui';
import { loadListing } from './load-listing';
import styles from './product-listing.module.css';
import { TractorPicture } from './tractor-picture';

/** The catalogue listing: all machines, or one category. Unknown categories are a 404. */
export async function ProductListing({ category }: { category?: string }) {
  const listing = await loadListing(category);
  const filters = [{ key: undefined, name: 'All' }, ...listing.categories];

  return (
    <>
      <h1>{listing.title}</h1>
      <p className={styles.count}>{listing.products.length} products</p>
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
        {listing.products.map((product) => (
          <li key={product.id}>
            <a className={styles.card} href={href.decide.product(product.id)}>
              <TractorPicture red={product.red} green={product.green} blue={product.blue} label={product.name} />
              <span className={styles.name}>{product.name}</span>
              <span className={styles.price}>from {formatPrice(product.startPrice)}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
