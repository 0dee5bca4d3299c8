/**
 * A tiny HTML template tag for fragment route handlers, where Next's App Router forbids
 * react-dom/server. Everything interpolated is escaped unless it is already `Html`, so markup is
 * trusted only when someone deliberately built it with `html` or `raw`.
 *
 * Escaping covers text and quoted attribute values. It does not make a URL safe to put in `href`
 * (a `javascript:` URL escapes to itself), and attributes must always be quoted.
 */

// A registered symbol rather than a class: Next bundles a library once per server layer, and
// `instanceof` would treat markup built by one copy as untrusted text in another, escaping it twice.
const HTML: unique symbol = Symbol.for('@tractor/fragments/html');

/**
 * Markup that is safe to insert as it is. The `__html` field also makes it usable directly as
 * React's `dangerouslySetInnerHTML` value.
 */
export interface Html {
  readonly [HTML]: true;
  readonly __html: string;
  toString(): string;
}

/** What may be interpolated: `null`, `undefined` and `false` render nothing, so `${cond && html`…`}` works. */
export type HtmlValue = string | number | bigint | Html | false | null | undefined | readonly HtmlValue[];

export function isHtml(value: unknown): value is Html {
  return typeof value === 'object' && value !== null && HTML in value && value[HTML] === true;
}

/** Trusts `markup` as it is. Only for markup that comes from a context's own code or a fragment owner. */
export function raw(markup: string): Html {
  return Object.freeze({
    [HTML]: true as const,
    __html: markup,
    toString: () => markup,
  });
}

export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return raw(out);
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (isHtml(value)) return value.__html;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}
