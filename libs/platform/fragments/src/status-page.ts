/**
 * A whole page in the shop's look for when part of it is in trouble (a context not answering, a
 * context whose database is catching its breath). Self-contained (inline CSS, no assets), because
 * the server that would serve assets may be the one in trouble.
 */
import { html, raw, type Html } from './html';

export interface StatusPageOptions {
  title: string;
  /** The colour of the context it is about (`contexts[name].color`). */
  accent: string;
  heading: string;
  body: Html;
  /** `data-boundary` of the page's main element, when one context owns the page. */
  boundary?: string;
}

export function statusPage({ title, accent, heading, body, boundary }: StatusPageOptions): string {
  const colour = /^#[0-9a-f]{3,8}$/i.test(accent) ? accent : '#1d1d1b';
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · The Tractor Store</title>
<style>
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f4f3ef;
    color: #1d1d1b; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
  main { max-width: 34rem; margin: 1rem; padding: 2rem 2.5rem; background: #fff;
    border-top: 0.5rem solid ${raw(colour)}; box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.08); }
  .brand { margin: 0; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.12em; text-transform: uppercase; }
  h1 { margin: 0.75rem 0; font-size: 1.5rem; line-height: 1.25; }
  a { display: inline-block; margin: 0.5rem 0.5rem 0 0; padding: 0.6rem 1.2rem; background: #1d1d1b; color: #fff;
    text-decoration: none; font-weight: 600; }
  a.secondary { background: #fff; color: #1d1d1b; box-shadow: inset 0 0 0 2px #1d1d1b; }
  a:focus-visible { outline: 3px solid ${raw(colour)}; outline-offset: 2px; }
  .id { margin: 1.5rem 0 0; color: #6b6b66; font-size: 0.75rem; }
</style>
</head>
<body>
<main${boundary ? html` data-boundary="${boundary}"` : ''}>
  <p class="brand">The Tractor Store</p>
  <h1>${heading}</h1>
  ${body}
</main>
</body>
</html>
`.__html;
}
