/**
 * Regenerates the README's screenshots from the built site: `npm run screenshots`.
 * Skipped in the normal suite (it writes files); the images are committed under docs/.
 */
import { expect, test } from './fixtures.ts';

test.skip(!process.env['GLOSSA_SCREENSHOTS'], 'run with `npm run screenshots`');

test('paper with a definition card open (desktop)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto('/papers/joining-the-dots/');
  await page.evaluate(() => document.querySelector('#p9')?.scrollIntoView());
  const term = page.locator('#p10 .g-term__link').nth(1);
  await term.hover();
  await expect(page.locator('#p10 .g-card').nth(1)).toBeVisible();
  await page.waitForTimeout(400); // let the fade-in finish
  await page.screenshot({ path: 'docs/screenshots/paper-desktop.png' });
});

test('home page (desktop)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto('/');
  await page.screenshot({ path: 'docs/screenshots/home-desktop.png' });
});

test('concept page (desktop)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto('/concepts/deterrence-by-denial/');
  await page.screenshot({ path: 'docs/screenshots/concept-desktop.png' });
});

test('glossary index (desktop)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto('/concepts/');
  await page.screenshot({ path: 'docs/screenshots/glossary-desktop.png' });
});

test('paper (mobile)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/papers/joining-the-dots/');
  await page.evaluate(() => document.querySelector('#p5')?.scrollIntoView());
  await page.screenshot({ path: 'docs/screenshots/paper-mobile.png' });
});
