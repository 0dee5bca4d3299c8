import { href } from '@tractor/contracts';
import { formatPrice } from '@tractor/ui';
import type { Metadata } from 'next';
import { loadProduct } from '../_components/load-product';
import { TractorPicture } from '../_components/tractor-picture';
import styles from './product.module.css';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ sku?: string | string[] }> };

async function read({ params, searchParams }: Props) {
  const [{ id }, { sku }] = await Promise.all([params, searchParams]);
  return loadProduct(id, typeof sku === 'string' ? sku : undefined);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const product = await read(props);
  return {
    title: `${product.name} ${product.selected.name}`,
    description: `${product.name} in ${product.selected.name}: ${product.highlights[0] ?? ''}`.trim(),
    alternates: { canonical: href.decide.product(product.id, product.selected.sku) },
  };
}

export default async function ProductPage(props: Props) {
  const product = await read(props);
  const { selected } = product;
  return (
    <article className={styles.product}>
      <div className={styles.picture}>
        <TractorPicture color={selected.color} label={`${product.name} in ${selected.name}`} />
      </div>
      <div className={styles.details}>
        <h1>{product.name}</h1>
        <ul className={styles.highlights}>
          {product.highlights.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        <p className={styles.price}>{formatPrice(selected.price)}</p>
        <h2 className={styles.optionsTitle}>Colour: {selected.name}</h2>
        <ul className={styles.options}>
          {product.variants.map((variant) => {
            const swatch = <span className={styles.swatch} style={{ background: variant.color }} aria-hidden="true" />;
            return (
              <li key={variant.sku}>
                {variant.sku === selected.sku ? (
                  <span className={styles.option} aria-current="true">
                    {swatch}
                    {variant.name}
                  </span>
                ) : (
                  <a className={styles.option} href={href.decide.product(product.id, variant.sku)}>
                    {swatch}
                    {variant.name}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </article>
  );
}
