/** JavaScript off, reduced motion: the definition is still reachable with CSS alone. */
import { expect, test } from './fixtures.ts';
import { geometry } from './card-helpers.ts';

const PAPER = '/papers/joining-the-dots/';

test('hover and focus show the card with CSS alone, without animation', async ({ page }) => {
  await page.goto(PAPER);
  expect(await page.evaluate(() => document.documentElement.className)).not.toContain('g-js');
  const t = page.locator('#p9 .g-term').first();
  await t.locator('.g-term__link').hover();
  await expect(t.locator('.g-card')).toBeVisible();
  expect(await t.locator('.g-card').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.mouse.move(1, 1);
  await expect(t.locator('.g-card')).toBeHidden();
  const u = page.locator('#p10 .g-term').first();
  await u.locator('.g-term__link').focus();
  await expect(u.locator('.g-card')).toBeVisible();
  await expect(u.locator('.g-card__close')).toHaveCount(0); // the script adds the buttons
  expect(
    await u.locator('.g-card__title').evaluate((el) => getComputedStyle(el, '::before').content),
  ).not.toBe('none');
});

test('the term link leads to the concept page', async ({ page }) => {
  await page.goto(PAPER);
  await page.locator('#p9 .g-term__link').first().click();
  await expect(page).toHaveURL(/\/concepts\/coercion\/$/);
  await expect(page.locator('.g-definition')).toBeVisible();
});

test('How to cite works without JavaScript: choosing a style shows it, no copy button', async ({ page }) => {
  await page.goto('/concepts/power/');
  const box = page.locator('.g-cite');
  await box.getByLabel('Chicago (17th ed.), notes and bibliography').check();
  await expect(box.locator('.g-cite__panel:visible')).toHaveCount(1);
  await expect(box.locator('.g-cite__panel:visible .g-cite__label')).toHaveText(
    'Chicago (17th ed.), notes and bibliography',
  );
  await expect(box.getByRole('button')).toHaveCount(0);
});

test("editor's notes are readable without JavaScript", async ({ page }) => {
  await page.goto('/papers/joining-the-dots/');
  await expect(page.locator('.g-note').first()).toBeVisible(); // 1280 px: in the margin
  await page.setViewportSize({ width: 600, height: 900 });
  await expect(page.locator('.g-note').nth(1)).toBeVisible(); // after its paragraph
});

for (const width of [320, 390, 768, 1280]) {
  test(`at ${width} px no open card widens the page or covers its term`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const problems: string[] = [];
    for (const path of [PAPER, '/concepts/integrated-deterrence/', '/concepts/musketeer-principle/']) {
      await page.goto(path);
      for (const t of await page.locator('main .g-term').all()) {
        await t.locator('.g-term__link').focus();
        const g = await geometry(t);
        const wide = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        const name = `${path} "${(await t.locator('.g-term__link').textContent()) ?? ''}"`;
        if (wide > 0) problems.push(`${name}: the page is ${wide}px too wide`);
        if (g.card.left < 0 || g.card.right > g.viewport.width)
          problems.push(`${name}: card leaves the viewport`);
        if (
          g.link.some(
            (l) =>
              l.left < g.card.right &&
              g.card.left < l.right &&
              l.top < g.card.bottom &&
              g.card.top < l.bottom,
          )
        )
          problems.push(`${name}: card covers its term`);
      }
    }
    expect(problems).toEqual([]);
  });
}
