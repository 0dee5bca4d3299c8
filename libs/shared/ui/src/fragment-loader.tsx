// The one place the design system reaches into the platform: the loader component belongs on the
// platform side, beside the script it renders, once the page frame can take it from there.
// eslint-disable-next-line @nx/enforce-module-boundaries -- known exception, see above
import { fragmentLoaderScript } from '@tractor/fragments';

/**
 * Fills, in the browser, any fragment a server include could not fetch in time. Once per page.
 * Inline, so it carries the page's CSP nonce (browsers hide the attribute once parsed, hence no
 * hydration warning for it).
 */
export function FragmentLoader({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: fragmentLoaderScript }} />;
}
