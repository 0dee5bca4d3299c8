import { NextResponse } from 'next/server';
import { pagePolicy } from '../page-policy';

/** The body of each context's `proxy.ts`: the page renders with a fresh nonce and says so in its CSP. */
export function withPageNonce(request: { headers: Headers }): NextResponse {
  const { requestHeaders, csp } = pagePolicy(request.headers, { development: process.env.NODE_ENV === 'development' });
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', csp);
  return response;
}
