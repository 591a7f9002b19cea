/** Definition cards on a phone: coarse pointer, touch, 390×844. */
import { expect, test } from './fixtures.ts';
import { openTerms, placementProblems } from './card-helpers.ts';

const PAPER = '/papers/joining-the-dots/';

test.beforeEach(async ({ page }) => {
  await page.goto(PAPER);
});

test('the first tap opens the card instead of navigating; the card links to the concept page', async ({
  page,
}) => {
  const t = page.locator('#p6 .g-term').first();
  await t.locator('.g-term__link').tap();
  await expect(t.locator('.g-card')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${PAPER}$`));
  expect(await placementProblems(t)).toEqual([]);
  const more = t.locator('.g-card').getByRole('link', { name: 'Read the entry' });
  await expect(more).toHaveAttribute('href', '/concepts/musketeer-principle/');
  await more.tap();
  await expect(page).toHaveURL(/\/concepts\/musketeer-principle\/$/);
});

test('a second tap on the open term follows its link', async ({ page }) => {
  const link = page.locator('#p6 .g-term__link').first();
  await link.tap();
  await expect(openTerms(page)).toHaveCount(1);
  await link.tap();
  await expect(page).toHaveURL(/\/concepts\/musketeer-principle\/$/);
});

test('tapping outside, or the close control, closes it, with no ghost hover left', async ({ page }) => {
  const t = page.locator('#p6 .g-term').first();
  await t.locator('.g-term__link').tap();
  await expect(t.locator('.g-card')).toBeVisible();
  await page.getByRole('heading', { level: 1 }).tap();
  await expect(t.locator('.g-card')).toBeHidden();
  await expect(openTerms(page)).toHaveCount(0);

  await t.locator('.g-term__link').tap();
  await expect(t.locator('.g-card')).toBeVisible();
  await t.getByRole('button', { name: /^Close the definition of Musketeer principle$/ }).tap();
  await expect(t.locator('.g-card')).toBeHidden();
  await page.waitForTimeout(500);
  await expect(t.locator('.g-card')).toBeHidden();
  await expect(openTerms(page)).toHaveCount(0);
});

test('opening another term closes the first', async ({ page }) => {
  await page.locator('#p6 .g-term__link').first().tap();
  await page.locator('#p7 .g-term__link', { hasText: /^deter$/ }).tap();
  await expect(openTerms(page)).toHaveCount(1);
  await expect(openTerms(page).locator('.g-term__link')).toHaveText('deter');
});

test('after Close or a tap elsewhere, the next tap on the same term opens it again', async ({ page }) => {
  const t = page.locator('#p6 .g-term').first();
  const link = t.locator('.g-term__link');
  await link.tap();
  await expect(t.locator('.g-card')).toBeVisible();
  await t.getByRole('button', { name: /^Close the definition/ }).tap();
  await expect(t.locator('.g-card')).toBeHidden();
  await link.tap();
  await expect(t.locator('.g-card')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${PAPER}$`));
  await page.getByRole('heading', { level: 1 }).tap();
  await expect(t.locator('.g-card')).toBeHidden();
  await link.tap();
  await expect(t.locator('.g-card')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${PAPER}$`));
});

test('a card never hides the next term of its paragraph, and its actions are full-size targets', async ({
  page,
}) => {
  const problems: string[] = [];
  for (const paragraph of await page.locator('.g-para').all()) {
    const terms = await paragraph.locator('.g-term').all();
    for (const [i, t] of terms.slice(0, -1).entries()) {
      const next = terms[i + 1];
      if (!next) continue;
      // Where a reader taps: the term in the middle of the screen.
      await t.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await t.locator('.g-term__link').tap();
      const card = t.locator('.g-card');
      await expect(card).toBeVisible();
      const c = await card.boundingBox();
      const hidden = await next
        .locator('.g-term__link')
        .evaluate(
          (link, box) =>
            !!box &&
            [...link.getClientRects()].some(
              (r) =>
                r.left < box.x + box.width &&
                box.x < r.right &&
                r.top < box.y + box.height &&
                box.y < r.bottom,
            ),
          c,
        );
      if (hidden)
        problems.push(
          `${(await t.textContent()) ?? ''} hides ${(await next.locator('.g-term__link').textContent()) ?? ''}`,
        );
      for (const action of ['.g-card__more', '.g-card__close']) {
        const box = await card.locator(action).boundingBox();
        if ((box?.height ?? 0) < 44) problems.push(`${action} is ${box?.height ?? 0} px tall`);
      }
      await page.getByRole('heading', { level: 1 }).tap();
    }
  }
  expect(problems).toEqual([]);
});

test('a note number is a 24 px target for a finger, and a tap on it reaches the note', async ({ page }) => {
  const ref = page.locator('.g-note__ref').first();
  await ref.scrollIntoViewIfNeeded();
  const size = await ref.evaluate((el) => {
    const r = getComputedStyle(el, '::before');
    const box = el.getBoundingClientRect();
    return {
      width: box.width + 2 * Math.abs(parseFloat(r.left)),
      height: box.height + 2 * Math.abs(parseFloat(r.top)),
    };
  });
  expect(size.width).toBeGreaterThanOrEqual(24);
  expect(size.height).toBeGreaterThanOrEqual(24);
  const box = await ref.boundingBox();
  if (!box) throw new Error('no note number');
  // A tap just beside the digit still follows the link.
  await page.touchscreen.tap(box.x + box.width + 4, box.y + box.height / 2);
  await expect(page).toHaveURL(/#joining-the-dots-note-1$/);
});
