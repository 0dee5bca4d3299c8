/**
 * Inserts a fragment's HTML (from another team, or this team's own renderer) into a React page.
 * `display: contents` keeps the wrapper out of the layout.
 */
export function FragmentHtml({ html }: { html: string }) {
  return <div style={{ display: 'contents' }} dangerouslySetInnerHTML={{ __html: html }} />;
}
