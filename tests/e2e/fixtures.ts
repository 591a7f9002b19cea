/**
 * The `test` every e2e spec uses: Playwright's, plus an automatic check that the page never
 * triggered a Content Security Policy violation (from the `securitypolicyviolation` event
 * where JavaScript runs, and from Chromium's console report in every case).
 */
import { expect, test as base } from '@playwright/test';

export const test = base.extend<{ cspGuard: undefined }>({
  cspGuard: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(undefined);
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
