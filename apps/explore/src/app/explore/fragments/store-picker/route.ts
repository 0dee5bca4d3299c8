import { fragmentRoute } from '@tractor/slice/server';
import { renderStorePicker } from '@/fragments/store-picker';
import { publicReads } from '@/server/public-reads';

export const dynamic = 'force-dynamic';

export const GET = fragmentRoute('explore/store-picker', async () => {
  const stores = await publicReads.stores();
  return renderStorePicker({ stores });
});
