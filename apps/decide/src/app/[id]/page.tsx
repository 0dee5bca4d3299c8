import { href } from '@tractor/contracts';
import { shopOrigin } from '@tractor/runtime-config';
import { FragmentHtml } from '@tractor/ui';
import type { Metadata } from 'next';
import { loadProduct } from '../_components/load-product';
import { loadProductPage } from '../_components/load-product-page';
import { productMetadata } from '../_components/product-metadata';
import { productParams } from '../_components/product-params';
import { ProductView } from './_components/product-view';
import styles from './product.module.css';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ sku?: string | string[] }> };

async function read({ params, searchParams }: Props) {
  const [{ id }, { sku }] = await Promise.all([params, searchParams]);
  return productParams(id, sku);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { id, sku } = await read(props);
  // Absolute URLs come from the configured public origin, never from the request's Host.
  return productMetadata(await loadProduct(id, sku), shopOrigin());
}

const categoryLabel = (category: string) => `${category.charAt(0).toUpperCase()}${category.slice(1)} tractors`;

export default async function ProductPage(props: Props) {
  const { id, sku } = await read(props);
  const { product, addToCart, recommendations } = await loadProductPage(id, sku);
  return (
    <>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <ol>
          <li>
            <a href={href.explore.products()}>Machines</a>
          </li>
          <li>
            <a href={href.explore.products(product.category)}>{categoryLabel(product.category)}</a>
          </li>
          <li aria-current="page">{product.name}</li>
        </ol>
      </nav>
      <ProductView product={product} addToCart={<FragmentHtml html={addToCart} />} recommendations={<FragmentHtml html={recommendations} />} />
    </>
  );
}
