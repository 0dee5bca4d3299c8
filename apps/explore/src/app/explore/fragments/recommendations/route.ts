import { fragments } from '@tractor/contracts';
import { fragmentResponse } from '@tractor/fragments';
import { badFragmentQuery } from '@/fragments/bad-query';
import { renderRecommendations } from '@/fragments/recommendations';
import { requestCaller } from '@/server/request-caller';

export const dynamic = 'force-dynamic';

/** `?skus=CL-01-GY,AU-07-MT`: variants close in colour to those. Unknown SKUs are ignored. */
export async function GET(req: Request) {
  const query = fragments['explore/recommendations'].query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) return badFragmentQuery(query.error);
  const skus = query.data.skus.split(',');
  const items = await requestCaller(req).recommendations.forSkus({ skus });
  return fragmentResponse(renderRecommendations({ skus, items }), { personal: false });
}
