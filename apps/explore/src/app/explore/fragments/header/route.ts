import { fragments } from '@tractor/contracts';
import { fragmentResponse } from '@tractor/fragments';
import { headerFor } from '@/fragments/header-for';
import { badFragmentQuery } from '@/fragments/bad-query';

export const dynamic = 'force-dynamic';

export async function GET(req: Request) {
  const query = fragments['explore/header'].query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) return badFragmentQuery(query.error);
  const header = await headerFor(req.headers, { compact: query.data.compact === '1' });
  return fragmentResponse(header.html, { personal: header.personal });
}
