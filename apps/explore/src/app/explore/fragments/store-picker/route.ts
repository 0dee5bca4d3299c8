import { fragments } from '@tractor/contracts';
import { fragmentResponse } from '@tractor/fragments';
import { badFragmentQuery } from '@/fragments/bad-query';
import { renderStorePicker } from '@/fragments/store-picker';
import { requestCaller } from '@/server/request-caller';

export const dynamic = 'force-dynamic';

export async function GET(req: Request) {
  const query = fragments['explore/store-picker'].query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) return badFragmentQuery(query.error);
  const stores = await requestCaller(req).stores.list();
  return fragmentResponse(renderStorePicker({ stores }), { personal: false });
}
