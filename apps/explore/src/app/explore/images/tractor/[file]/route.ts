import { isSku } from '@tractor/contracts';
import { modelNumber } from '@tractor/pictures';
import { unavailableWhenDatabaseDown } from '@tractor/bff';
import { pictureNotFound, svgResponse } from '@/pictures/svg-response';
import { tractorAlt, tractorSvg } from '@/pictures/tractor-svg';
import { isNotFound } from '@/server/domain/is-not-found';
import { callerFor } from '@/server/caller';

/** `/explore/images/tractor/<SKU>.svg`: the variant's tractor, painted in its colour. */
async function get(req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const sku = file.endsWith('.svg') ? file.slice(0, -'.svg'.length) : '';
  if (!isSku(sku)) return pictureNotFound('that: ask for /explore/images/tractor/<SKU>.svg');
  try {
    const variant = await (await callerFor(req)).catalog.variant({ sku });
    return svgResponse(tractorSvg({ category: variant.category, model: modelNumber(variant.productId), colour: variant, title: tractorAlt(variant) }));
  } catch (error) {
    if (isNotFound(error)) return pictureNotFound(`variant ${sku}`);
    throw error;
  }
}

export const GET = unavailableWhenDatabaseDown({ context: 'explore' }, get);
