import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { normalise, sourceParagraphs } from './helpers.ts';

const PAPER = '/papers/joining-the-dots/';

/** Text of each numbered paragraph without its number or any card. */
async function paragraphTexts(page: Page) {
  return page.locator('.g-para').evaluateAll((ps) =>
    ps.map((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.g-pnum, .g-card, .g-note').forEach((n) => n.remove());
      return copy.textContent ?? '';
    }),
  );
}

test.describe('the paper page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(PAPER);
  });

  test('renders every paragraph of the source, in order, word for word', async ({ page }) => {
    const source = sourceParagraphs();
    expect(source.paragraphs).toHaveLength(21);
    expect((await paragraphTexts(page)).map(normalise)).toEqual(source.paragraphs);
    const synopsis = await page.locator('.g-synopsis').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.g-card').forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    expect(normalise(synopsis)).toBe(source.synopsis);
  });

  test('keeps the spaces around inline concept terms', async ({ page }) => {
    const glued = await page.locator('.g-term').evaluateAll((terms) =>
      terms
        .map((t) => {
          const before = t.previousSibling?.textContent ?? ' ';
          // An editor's note right after a term is its own element, not glued text.
          const next = t.nextSibling;
          const after = next instanceof Element && next.matches('.g-note') ? ' ' : (next?.textContent ?? ' ');
          return {
            term: t.querySelector('a')?.textContent,
            before: before.slice(-1),
            after: after.charAt(0),
          };
        })
        .filter((x) => /[\p{L}\p{N}]/u.test(x.before) || /[\p{L}\p{N}]/u.test(x.after)),
    );
    expect(glued).toEqual([]);
    const texts = await paragraphTexts(page);
    expect(texts.join(' ')).toContain('are essentially premised upon collective defence.');
    expect(texts.join(' ')).toContain('via punishment or denial, which work differently');
  });

  test('numbers paragraphs with visible permalinks #p1…#p21', async ({ page }) => {
    const numbers = page.locator('.g-pnum');
    await expect(numbers).toHaveCount(21);
    for (const n of [1, 7, 21]) {
      const link = page.locator(`#p${n} > a.g-pnum`);
      await expect(link).toHaveAttribute('href', `#p${n}`);
      // The number is drawn by CSS from data-n (the paragraph's text stays the author's).
      expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`"${String(n)}"`);
      await expect(link).toHaveAccessibleName(`Paragraph ${String(n)}`);
      await expect(link).toBeVisible();
    }
    await page.locator('#p7 > a.g-pnum').click();
    await expect(page).toHaveURL(/#p7$/);
  });

  test('has the bibliographic header, edition note, figure note, rights notice and author note, and no dead links', async ({
    page,
  }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Joining the Dots: Security Guarantees for Ukraine',
    );
    await expect(page.locator('.g-kicker')).toContainText('IDSS Paper No. 039/2025');
    await expect(page.getByRole('link', { name: 'Publisher’s version' })).toHaveAttribute(
      'href',
      /^https:\/\/rsis\.edu\.sg\/rsis-publication\/idss\/ip25039-/,
    );
    await expect(page.locator('.g-edition-note')).toContainText('source links did not survive');
    await expect(page.locator('.g-figure-note')).toContainText(
      'Image source: Lauren Hurley / No 10 Downing Street, OGL 3, via Wikimedia Commons.',
    );
    await expect(page.locator('.g-figure-note img')).toHaveCount(0);
    await expect(page.locator('.g-rights')).toContainText(
      'may be reproduced with prior permission from RSIS and due recognition to the authors and RSIS',
    );
    await expect(page.locator('.g-author-note')).toContainText(
      'Jun Yan Chang is Assistant Professor with the Military Studies Programme',
    );
    await expect(page.locator('a[href="#"], a[href=""]')).toHaveCount(0);
    await expect(
      page.getByRole('heading', { name: /^Whiter Deterrence and Ukraine.s Security Guarantees\?$/ }),
    ).toBeVisible();
  });

  test('shows the punishment-vs-denial comparison and the list of concepts used', async ({ page }) => {
    const table = page.getByRole('table', { name: /punishment and deterrence by denial/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText([
      'Deterrence by punishment',
      'Deterrence by denial',
    ]);
    const used = page.locator('.g-concepts-used > dl:first-of-type dt');
    await expect(used).toHaveCount(21);
    await expect(used.first()).toHaveText('Alliance');
    // Ideas the paper relies on without naming them are reached from here (#16).
    const related = page.locator('.g-concepts-used h3 + dl dt');
    await expect(page.locator('.g-concepts-used h3')).toHaveText('Related ideas the paper does not name');
    for (const title of [
      'Collective security',
      'Extended deterrence',
      'Security assurances',
      'Nuclear deterrence',
      'Defence',
      'Tripwire force',
    ])
      await expect(related.filter({ hasText: title })).toHaveCount(1);
  });
});

test('the paper page gives How to cite before the list of its concepts', async ({ page }) => {
  await page.goto('/papers/joining-the-dots/');
  const order = await page
    .locator('#how-to-cite, #concepts-used')
    .evaluateAll((els) => els.map((el) => el.id));
  expect(order).toEqual(['how-to-cite', 'concepts-used']);
});

test('who versus what: entity and concept terms look different, and the page says so', async ({ page }) => {
  await page.goto('/papers/joining-the-dots/');
  const style = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((a) => {
        const s = getComputedStyle(a);
        return `${s.textDecorationStyle} ${s.textDecorationColor}`;
      });
  const concept = await style('.g-term--concept > .g-term__link');
  const entity = await style('.g-term--entity > .g-term__link');
  expect(concept.split(' ')[0]).toBe('dotted');
  expect(entity.split(' ')[0]).toBe('solid');
  await expect(page.locator('.g-how-to-read')).toContainText('people, organisations and documents');
  expect(
    await page
      .locator('.g-term--entity .g-card__title')
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').content),
  ).toContain('Who’s who');
});
