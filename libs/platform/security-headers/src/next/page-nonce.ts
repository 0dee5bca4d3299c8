import { headers } from 'next/headers';
import { nonceHeader } from '../script-nonce';

/** This page view's nonce, for the shop's own inline scripts (server components only). */
export async function pageNonce(): Promise<string | undefined> {
  return (await headers()).get(nonceHeader) ?? undefined;
}
