import { fragmentRoute } from '@tractor/slice/server';
import { renderStorePicker } from '@/fragments/store-picker';
import { callerFor } from '@/server/caller';

export const dynamic = 'force-dynamic';

export const GET = fragmentRoute('explore/store-picker', async ({ req }) => {
  const bff = await callerFor(req);
  const stores = await bff.stores.list();
  return renderStorePicker({ stores });
});
