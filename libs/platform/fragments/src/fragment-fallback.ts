import { fragmentElementName, type ContextName } from '@tractor/contracts';
import { fragmentSrc, type FragmentQuery } from './fragment-url';
import { html, type Html } from './html';

/**
 * The empty element rendered when a server include fails: the browser loader finds it by
 * `data-fragment-src` and fills it, so a slow or dead owner costs its own fragment, not the page.
 * Pages may also render it on purpose to load a fragment only in the browser.
 */
export function fragmentFallback(context: ContextName, name: string, query?: FragmentQuery): Html {
  const element = fragmentElementName(context, name);
  return html`<${element} data-boundary="${context}" data-fragment-src="${fragmentSrc(context, name, query)}"></${element}>`;
}
