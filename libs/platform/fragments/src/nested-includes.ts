/**
 * The places a public fragment keeps for personal ones (its contract's `nested`), filled for one
 * shopper. The owner renders each place as the nested fragment's empty placeholder, so the public
 * markup is the same for everyone and can be cached; the includer then fetches the personal part
 * with its own shopper's cookies and puts it in. A nested include that fails keeps its placeholder,
 * which the browser loader fills.
 */
import { fragments, nestedFragments, type FragmentId } from '@tractor/contracts';
import { fragmentFallback } from './fragment-fallback';

export interface NestedResult {
  readonly html: string;
}

/** The empty placeholder the owner of `outer` renders for `nested`. */
export function nestedPlaceholder(nested: FragmentId): string {
  const { context, name } = fragments[nested];
  return fragmentFallback(context, name).__html;
}

/**
 * Fills every place `outer`'s contract declares and its markup holds, all at once. Places the
 * markup does not hold (the compact header has no mini cart) are not fetched.
 */
export async function fillNested(outer: FragmentId, markup: string, include: (nested: FragmentId) => Promise<NestedResult>): Promise<string> {
  const places = nestedFragments(outer)
    .map((nested) => ({ nested, placeholder: nestedPlaceholder(nested) }))
    .filter(({ placeholder }) => markup.includes(placeholder));
  if (places.length === 0) return markup;
  const filled = await Promise.all(places.map(({ nested }) => include(nested)));
  // A function as replacement: `$` in the personal markup must stay literal.
  return places.reduce((html, { placeholder }, i) => html.replace(placeholder, () => filled[i]?.html ?? placeholder), markup);
}
