import type { Metadata } from 'next';
import { loadListing } from '../../_components/load-listing';
import { ProductListing } from '../../_components/product-listing';

type Props = { params: Promise<{ category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { title } = await loadListing((await params).category);
  return { title, description: `${title}: tractors of this kind in The Tractor Store, most powerful first.` };
}

export default async function CategoryPage({ params }: Props) {
  return <ProductListing category={(await params).category} />;
}
