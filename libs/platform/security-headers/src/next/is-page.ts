// Next's assets, a context's API and fragments, explore's namespace and files with an extension are not pages.
const notPage = /^\/(?:_next\/|api\/|fragments\/|explore\/)|\.[a-z0-9]+$/;

/** Whether a path (without the basePath) is a page: only pages carry a nonce. */
export function isPage(pathname: string): boolean {
  return !notPage.test(pathname);
}
