import { fragmentLoaderScript } from '@tractor/fragments';

/** Fills, in the browser, any fragment a server include could not fetch in time. Once per page. */
export function FragmentLoader() {
  return <script dangerouslySetInnerHTML={{ __html: fragmentLoaderScript }} />;
}
