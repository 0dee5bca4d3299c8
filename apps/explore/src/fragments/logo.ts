import { raw } from '@tractor/fragments';

/** The shop's mark: a little tractor in the accent colour. Decorative: the shop's name always follows it. */
export const logoMark = raw(
  '<svg class="e-mark" width="36" height="28" viewBox="0 0 36 28" aria-hidden="true" focusable="false">' +
    '<path d="M3 18V12h12l3-7h10l2 13z" fill="currentColor"/><circle cx="26" cy="21" r="6" fill="#1b1d1c" stroke="#fff" stroke-width="2"/>' +
    '<circle cx="9" cy="22" r="4.5" fill="#1b1d1c" stroke="#fff" stroke-width="2"/></svg>',
);
