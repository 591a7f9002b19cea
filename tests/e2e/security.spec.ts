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

test('the policy comes first in <head>, straight after the charset, on every kind of page', async ({ page }) => {
  for (const path of ['/', '/papers/joining-the-dots/', '/concepts/power/', '/entities/nato/', '/search/', '/404.html']) {
    await page.goto(path);
    const first = await page.evaluate(() =>
      [...document.head.children].slice(0, 2).map((e) => e.outerHTML.slice(0, 100)),
    );
    expect(first, path).toEqual([
      '<meta charset="utf-8">',
      expect.stringMatching(/^<meta http-equiv="content-security-policy" content="default-src 'none';/),
    ]);
  }
}); // prettier-ignore

test('images, connections and frames from elsewhere are blocked, and the page says which rule', async ({ page }) => {
  await page.goto('/concepts/power/');
  const blocked = await page.evaluate(async () => {
    const directives: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => directives.push(e.violatedDirective));
    const img = document.createElement('img');
    img.src = 'https://tracker.example/pixel.png';
    document.body.append(img);
    const frame = document.createElement('iframe');
    frame.src = 'https://elsewhere.example/';
    document.body.append(frame);
    // Only the search page may fetch (its index); a concept page may not, not even from this site.
    await fetch('/pagefind/pagefind-entry.json').catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return directives.sort();
  });
  expect(blocked).toEqual(['connect-src', 'frame-src', 'img-src']);
}); // prettier-ignore
