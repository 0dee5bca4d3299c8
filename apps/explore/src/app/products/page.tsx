import type { Metadata } from 'next';
import { ProductListing } from '../_components/product-listing';

export const metadata: Metadata = {
  title: 'All Machines',
  description: 'Every classic and autonomous tractor in The Tractor Store with its start price, to compare at a glance.',
};

export default function ProductsPage() {
  return <ProductListing />;
}
