/**
 * Playwright's `test` and `expect` for every suite: the journey recorder (journey.ts), and one guard
 * added to every test: any
 * `securitypolicyviolation` in any page of the test fails it, naming the blocked resource and the
 * directive. The shop's CSP allows no inline script without its nonce, so a script that would
 * silently not run in production fails here instead.
 */
import { expect } from '@playwright/test';
import { test as base } from './journey';

const marker = '[csp-violation]';

export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.addInitScript((prefix) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile || document.URL}:${event.lineNumber}`);
        });
      }, marker);
      context.on('console', (message) => {
        if (message.text().startsWith(marker)) violations.push(message.text().slice(marker.length + 1));
      });
      await use();
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
