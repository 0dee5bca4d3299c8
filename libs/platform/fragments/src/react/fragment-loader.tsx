import { fragmentLoaderScript } from '../fragment-loader';

/**
 * Fills, in the browser, any fragment a server include could not fetch in time. Once per page: the
 * design system's page frame renders it (`<ShopFrame loader={FragmentLoader}>`). Inline, so it
 * carries the page's CSP nonce (browsers hide the attribute once parsed, hence no hydration warning
 * for it).
 */
export function FragmentLoader({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: fragmentLoaderScript }} />;
}
