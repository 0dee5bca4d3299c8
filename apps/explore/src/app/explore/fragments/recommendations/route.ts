import { fragmentRoute } from '@tractor/slice/server';
import { renderRecommendations } from '@/fragments/recommendations';
import { publicReads } from '@/server/public-reads';

export const dynamic = 'force-dynamic';

/** `?skus=CL-01-GY,AU-07-MT`: variants close in colour to those. Unknown SKUs are ignored. */
export const GET = fragmentRoute('explore/recommendations', async ({ query }) => {
  const skus = query.skus.split(',');
  const items = await publicReads.recommendations(skus);
  return renderRecommendations({ skus, items });
});
