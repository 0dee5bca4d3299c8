/**
 * Turns an HTTP request into the event a Lambda Function URL delivers (payload format 2.0), the
 * shape OpenNext's `aws-apigw-v2` converter reads: lower-case headers with repeated values joined
 * by commas, cookies moved out of the headers into `cookies`, the raw path and query, and the body
 * as text for textual content types, base64 otherwise.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface FunctionUrlEvent {
  version: '2.0';
  routeKey: '$default';
  rawPath: string;
  rawQueryString: string;
  cookies?: string[];
  headers: Record<string, string>;
  queryStringParameters?: Record<string, string>;
  requestContext: {
    accountId: string;
    apiId: string;
    domainName: string;
    domainPrefix: string;
    http: { method: string; path: string; protocol: string; sourceIp: string; userAgent: string };
    requestId: string;
    routeKey: '$default';
    stage: '$default';
    time: string;
    timeEpoch: number;
  };
  body?: string;
  isBase64Encoded: boolean;
}

export interface IncomingRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  sourceIp: string;
  requestId: string;
  /** The function URL's own host, which the `host` header carries behind CloudFront. */
  functionHost: string;
}

const textual = /^(text\/|application\/(json|x-www-form-urlencoded|xml|javascript|graphql)|[^;]*\+(json|xml))/i;

function query(rawQueryString: string): Record<string, string> | undefined {
  if (!rawQueryString) return undefined;
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(rawQueryString)) params[key] = key in params ? `${params[key]},${value}` : value;
  return params;
}

export function toFunctionUrlEvent(request: IncomingRequest, now = new Date()): FunctionUrlEvent {
  const [rawPath = '/', rawQueryString = ''] = request.url.split(/\?(.*)/s);
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    const joined = Array.isArray(value) ? value.join(',') : value;
    if (name === 'cookie') cookies = joined.split(/;\s*/).filter(Boolean);
    else headers[name.toLowerCase()] = joined;
  }
  headers['host'] = request.functionHost;
  const contentType = headers['content-type'] ?? '';
  const isText = request.body.length === 0 || textual.test(contentType);
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    ...(cookies ? { cookies } : {}),
    headers,
    ...(rawQueryString ? { queryStringParameters: query(rawQueryString) } : {}),
    requestContext: {
      accountId: 'anonymous',
      apiId: request.functionHost.split('.')[0] ?? 'local',
      domainName: request.functionHost,
      domainPrefix: request.functionHost.split('.')[0] ?? 'local',
      http: { method: request.method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: request.sourceIp, userAgent: headers['user-agent'] ?? '' },
      requestId: request.requestId,
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(request.body.length > 0 ? { body: isText ? request.body.toString('utf8') : request.body.toString('base64') } : {}),
    isBase64Encoded: !isText,
  };
}
