import { fragmentResponse, html } from '@tractor/fragments';

/** A fragment asked for with inputs it cannot serve: 400, with the problem in plain words. */
export function badFragmentRequest(problem: string): Response {
  return fragmentResponse(html`<p role="alert">Bad fragment request: ${problem}</p>`, { personal: true, status: 400 });
}

