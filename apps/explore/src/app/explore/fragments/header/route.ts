import { fragmentRoute } from '@tractor/slice/server';
import { publicHeader } from '@/fragments/header-for';

export const dynamic = 'force-dynamic';

// Public: the mini cart's place is left for the includer to fill (see the contract's `nested`).
export const GET = fragmentRoute('explore/header', ({ query }) => publicHeader({ compact: query.compact === '1' }));
