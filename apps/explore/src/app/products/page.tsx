import type { Metadata } from 'next';
import { ProductListing } from '../_components/product-listing';

export const metadata: Metadata = {
  title: 'All Machines',
  description: 'Every classic and autonomous tractor in the store, most powerful first.',
};

export default function ProductsPage() {
  return <ProductListing />;
}
