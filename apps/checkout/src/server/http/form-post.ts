/**
 * Answers for checkout's plain HTML form posts (they work without JavaScript): read the fields,
 * send the browser on with 303 See Other, or explain a bad request in a small page.
 */
import { href } from '@tractor/contracts';
import { html } from '@tractor/fragments';

/** Largest form body a checkout form handler reads: its forms carry a few short fields. */
export const maxFormBytes = 8 * 1024;

/** The posted fields (null when the body is not a form), or the answer that refuses the body. */
export type FormBody = { readonly fields: Record<string, string> | null } | { readonly refused: Response };

/**
 * Reads a form post of at most `maxBytes`, counting as it reads: a larger body is refused with 413
 * before anything is parsed or changed. Repeated fields keep their first value.
 */
export async function readForm(req: Request, maxBytes = maxFormBytes): Promise<FormBody> {
  const bytes = await readAtMost(req, maxBytes);
  if (!bytes) return { refused: formProblem(413, `That form is larger than the ${maxBytes / 1024} KB this page accepts.`) };
  try {
    const form = await new Request(req.url, { method: 'POST', headers: { 'content-type': req.headers.get('content-type') ?? '' }, body: bytes }).formData();
    const fields: Record<string, string> = {};
    for (const [name, value] of form) {
      if (typeof value === 'string' && !(name in fields)) fields[name] = value;
    }
    return { fields };
  } catch {
    return { fields: null };
  }
}

/** The whole body, or undefined as soon as it is known to exceed `max` bytes. */
async function readAtMost(req: Request, max: number): Promise<Blob | undefined> {
  if (Number(req.headers.get('content-length') ?? 0) > max) return undefined;
  if (!req.body) return new Blob();
  const reader = req.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.length;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(read.value);
  }
  return new Blob(chunks);
}

export function seeOther(location: string, headers = new Headers()): Response {
  headers.set('location', location);
  headers.set('cache-control', 'no-store');
  return new Response(null, { status: 303, headers });
}

/** A 4xx page in plain words; nothing was changed. */
export function formProblem(status: 400 | 403 | 404 | 409 | 413, message: string): Response {
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>We could not do that · The Tractor Store</title></head>
<body><main><h1>We could not do that</h1><p>${message}</p><p>Nothing was changed. <a href="${href.checkout.cart()}">Back to your basket</a></p></main></body></html>`;
  return new Response(page.__html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}

