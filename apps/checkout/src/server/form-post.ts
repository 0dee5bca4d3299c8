/**
 * Answers for checkout's plain HTML form posts (they work without JavaScript): read the fields,
 * send the browser on with 303 See Other, or explain a bad request in a small page.
 */
import { href } from '@tractor/contracts';
import { html } from '@tractor/fragments';

/** The posted fields, or null when the body is not a form. Repeated fields keep their first value. */
export async function readForm(req: Request): Promise<Record<string, string> | null> {
  try {
    const fields: Record<string, string> = {};
    for (const [name, value] of await req.formData()) {
      if (typeof value === 'string' && !(name in fields)) fields[name] = value;
    }
    return fields;
  } catch {
    return null;
  }
}

export function seeOther(location: string, headers = new Headers()): Response {
  headers.set('location', location);
  headers.set('cache-control', 'no-store');
  return new Response(null, { status: 303, headers });
}

/** A 4xx page in plain words; nothing was changed. */
export function formProblem(status: 400 | 403 | 404 | 409, message: string): Response {
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>We could not do that · The Tractor Store</title></head>
<body><main><h1>We could not do that</h1><p>${message}</p><p>Nothing was changed. <a href="${href.checkout.cart()}">Back to your basket</a></p></main></body></html>`;
  return new Response(page.__html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}

