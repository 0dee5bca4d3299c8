/**
 * The `test` and `expect` every suite imports: the journey-recording test (journey.ts) with one
 * guard added to every test: any `securitypolicyviolation` in any page of the test fails it,
 * naming the blocked resource and the directive. The shop's CSP allows no inline script without its nonce, so a script that would
 * silently not run in production fails here instead.
 */
import { expect, test as journeyTest } from './journey';

const marker = '[csp-violation]';

export const test = journeyTest.extend<{ cspGuard: void }>({
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
