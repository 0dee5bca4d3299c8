import { assertToken, FragmentDefinitionError, fragmentElementName, type ContextName } from '@tractor/contracts';
import { html, type Html, type HtmlValue } from './html';

/** `true` renders a bare attribute; `false` and `undefined` leave it out. */
export type FragmentAttrs = Readonly<Record<string, string | number | boolean | undefined>>;

export interface FragmentRootOptions {
  readonly context: ContextName;
  readonly name: string;
  readonly attrs?: FragmentAttrs;
  readonly body: HtmlValue;
  /** The owner's stylesheet URL, carrying its own cache-busting version. */
  readonly stylesheet?: string;
  /** The owner's custom element module; module scripts run once per URL however often they are included. */
  readonly script?: string;
}

/**
 * The root element every fragment is served in: `<checkout-mini-cart data-boundary="checkout">`,
 * with the owner's stylesheet and enhancing script inside it, so the fragment brings everything it
 * needs wherever it is included.
 */
export function fragmentRoot({ context, name, attrs = {}, body, stylesheet, script }: FragmentRootOptions): Html {
  const element = fragmentElementName(context, name);
  return html`<${element} data-boundary="${context}"${attributes(attrs)}>${stylesheet && html`<link rel="stylesheet" href="${stylesheet}">`}${body}${script && html`<script type="module" src="${script}" async></script>`}</${element}>`;
}

function attributes(attrs: FragmentAttrs): Html[] {
  return Object.entries(attrs).map(([key, value]) => {
    assertToken('attribute name', key);
    // The boundary marks which team owns the markup; letting a caller change it would misreport that.
    if (key === 'data-boundary') throw new FragmentDefinitionError('data-boundary is set from the context');
    if (value === undefined || value === false) return html``;
    return value === true ? html` ${key}` : html` ${key}="${value}"`;
  });
}
