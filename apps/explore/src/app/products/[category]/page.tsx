import type { Metadata } from 'next';
import { loadListing } from '../../_components/load-listing';
import { ProductListing } from '../../_components/product-listing';

type Props = { params: Promise<{ category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { title } = await loadListing((await params).category);
  return { title, description: `${title} in The Tractor Store: every machine of this kind with its start price, to compare at a glance.` };
}

export default async function CategoryPage({ params }: Props) {
  return <ProductListing category={(await params).category} />;
}
