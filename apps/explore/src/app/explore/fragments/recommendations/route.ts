import { fragmentRoute } from '@tractor/slice/server';
import { renderRecommendations } from '@/fragments/recommendations';
import { callerFor } from '@/server/caller';

export const dynamic = 'force-dynamic';

/** `?skus=CL-01-GY,AU-07-MT`: variants close in colour to those. Unknown SKUs are ignored. */
export const GET = fragmentRoute('explore/recommendations', async ({ query, req }) => {
  const skus = query.skus.split(',');
  const bff = await callerFor(req);
  const items = await bff.recommendations.forSkus({ skus });
  return renderRecommendations({ skus, items });
});
