/** The Content Security Policy is on and enforced: an injected inline script does not run. */
import { expect, test } from '@playwright/test';

test('an inline script that the build did not hash is blocked and reported', async ({ page }) => {
  await page.goto('/papers/joining-the-dots/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'sha256-/);
  expect(csp).not.toContain('unsafe-inline');
  const result = await page.evaluate(async () => {
    const reported = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
        once: true,
      }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
    return { directive: await reported, ran: 'injected' in window };
  });
  expect(result).toEqual({ directive: 'script-src-elem', ran: false });
});
