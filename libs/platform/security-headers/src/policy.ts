/**
 * The shop's security-header policy as data, defined once. The edge router, each context's proxy
 * and the CloudFront response headers policy all render their headers from this object, so the
 * local shop and AWS send the same policy.
 */
export const policy = {
  /** `Referrer-Policy`: full URL on the shop itself, only the origin to other sites over HTTPS. */
  referrerPolicy: 'strict-origin-when-cross-origin',
  /** `X-Frame-Options` for browsers that predate CSP's `frame-ancestors 'none'`. */
  frameOptions: 'DENY',
  /** `Cross-Origin-Opener-Policy`: no other site keeps a handle on a shop window. */
  openerPolicy: 'same-origin',
  /** `Permissions-Policy`: powerful features the shop never uses, switched off for it and any frame. */
  disabledFeatures: ['camera', 'microphone', 'geolocation', 'payment', 'usb'],
  /** `Strict-Transport-Security`, production only: a local shop on http must stay reachable. */
  hsts: { maxAgeSeconds: 63_072_000, includeSubDomains: true },
} as const;

/** Where the shop's CSP may send a shopper's browser: the shop itself, nowhere else. */
export const cspSources = {
  'default-src': ["'self'"],
  // Scripts: the shop's own files, plus the inline scripts a page marks with its nonce or whose
  // hash is listed. No 'unsafe-inline'. No 'strict-dynamic' either: fragments rendered into a
  // page carry `<script src>` tags from their owner, which cannot know the page's nonce.
  'script-src': ["'self'"],
  // React's `style` attributes and the self-contained error pages' `<style>` need inline styles;
  // a style cannot run code, so this stays open while scripts are closed.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;
