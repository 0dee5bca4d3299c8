import { fragmentResponse } from '@tractor/fragments';
import { fragmentRoute } from '@tractor/slice/server';
import { headerFor } from '@/fragments/header-for';

export const dynamic = 'force-dynamic';

export const GET = fragmentRoute('explore/header', async ({ query, req }) => {
  const header = await headerFor(req.headers, { compact: query.compact === '1' });
  return fragmentResponse(header.html, { personal: header.personal });
});
