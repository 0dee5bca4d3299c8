import { pictureNotFound, svgResponse } from '@/pictures/svg-response';
import { modelNumber, tractorAlt, tractorSvg } from '@/pictures/tractor-svg';
import { isNotFound } from '@/server/is-not-found';
import { callerFor } from '@/server/caller';

/** `/explore/images/tractor/<SKU>.svg`: the variant's tractor, painted in its colour. */
export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }) {
  const sku = /^([A-Z]{2}-\d{2}-[A-Z]{2})\.svg$/.exec((await params).file)?.[1];
  if (!sku) return pictureNotFound('that: ask for /explore/images/tractor/<SKU>.svg');
  try {
    const variant = await (await callerFor(req)).catalog.variant({ sku });
    return svgResponse(tractorSvg({ category: variant.category, model: modelNumber(variant.productId), colour: variant, title: tractorAlt(variant) }));
  } catch (error) {
    if (isNotFound(error)) return pictureNotFound(`variant ${sku}`);
    throw error;
  }
}
