import { fragmentRoute } from '@tractor/slice/server';
import { renderFooter } from '@/fragments/footer';

export const GET = fragmentRoute('explore/footer', () => renderFooter());
