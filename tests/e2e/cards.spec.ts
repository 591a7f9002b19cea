/** Definition cards with a mouse and a keyboard (desktop Chromium, JavaScript on). */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './helpers.ts';
import { openTerms, placementProblems } from './card-helpers.ts';

const PAPER = '/papers/joining-the-dots/';
const term = (page: Page, paragraph: number, nth = 0) => page.locator(`#p${paragraph} .g-term`).nth(nth);

test.describe('hover', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(PAPER);
    await page.mouse.move(2, 2);
  });

  test('appears after an intent delay, not at once', async ({ page }) => {
    const t = term(page, 9);
    await t.scrollIntoViewIfNeeded();
    // Timed in the page (pointer arrival to data-open), so a busy machine cannot skew it.
    await t.evaluate((el) => {
      const w = window as unknown as { arrived?: number; opened?: number };
      el.addEventListener('pointerover', () => (w.arrived ??= performance.now()));
      new MutationObserver(() => {
        if (el.hasAttribute('data-open')) w.opened ??= performance.now();
      }).observe(el, { attributes: true });
    });
    await t.locator('.g-term__link').hover();
    await expect(t.locator('.g-card')).toBeVisible();
    const delay = await page.evaluate(() => {
      const w = window as unknown as { arrived?: number; opened?: number };
      return (w.opened ?? 0) - (w.arrived ?? 0);
    });
    expect(delay).toBeGreaterThanOrEqual(100);
    expect(delay).toBeLessThan(1000);
  });

  test('is hoverable and persistent, and closes shortly after the pointer leaves both', async ({ page }) => {
    const t = term(page, 9);
    const card = t.locator('.g-card');
    await t.locator('.g-term__link').hover();
    await expect(card).toBeVisible();
    // Move onto the card in small steps, across the gap.
    const cardBox = await card.boundingBox();
    if (!cardBox) throw new Error('no card');
    await page.mouse.move(cardBox.x + 20, cardBox.y + cardBox.height / 2, { steps: 8 });
    await page.waitForTimeout(2000);
    await expect(card).toBeVisible();
    await page.mouse.move(2, 2);
    await page.waitForTimeout(100);
    await expect(card).toBeVisible(); // grace period
    await expect(card).toBeHidden();
  });

  test('moving quickly across several terms leaves no stale card', async ({ page }) => {
    const terms = page.locator('#p9 .g-term__link, #p10 .g-term__link');
    expect(await terms.count()).toBeGreaterThanOrEqual(4);
    await terms.first().hover();
    await expect(openTerms(page)).toHaveCount(1);
    for (let i = 1; i < 4; i++) {
      const box = await terms.nth(i).boundingBox();
      if (box) await page.mouse.move(box.x + 3, box.y + box.height / 2, { steps: 2 });
      await page.waitForTimeout(30);
    }
    await page.mouse.move(2, 2, { steps: 2 });
    await page.waitForTimeout(800);
    await expect(openTerms(page)).toHaveCount(0);
    // Resting on a term shows only that one.
    await terms.nth(2).hover();
    await expect(openTerms(page)).toHaveCount(1);
    await expect(openTerms(page).locator('.g-term__link')).toHaveText(
      (await terms.nth(2).textContent()) ?? '',
    );
  });

  test('Esc dismisses a hovered card, which stays closed until the pointer leaves', async ({ page }) => {
    const t = term(page, 9);
    await t.locator('.g-term__link').hover();
    await expect(t.locator('.g-card')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(t.locator('.g-card')).toBeHidden();
    await page.mouse.move(0, 0);
    await t.locator('.g-term__link').hover();
    await expect(t.locator('.g-card')).toBeVisible();
  });

  test('makes no network request', async ({ page }) => {
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const link of await page.locator('.g-term__link').all()) {
      await link.hover();
    }
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);
  });
});

test.describe('keyboard', () => {
  test('Tab shows the card, Esc closes it with focus kept, Tab onward closes it; the ring shows', async ({
    page,
  }) => {
    await page.goto(PAPER);
    const first = page.locator('.g-term__link').first();
    await page.locator('.g-edition-note').click(); // start just before the synopsis
    let guard = 0;
    while (!(await first.evaluate((el) => el === document.activeElement)) && guard++ < 30) {
      await page.keyboard.press('Tab');
    }
    const t = page.locator('.g-term').first();
    await expect(t.locator('.g-card')).toBeVisible();
    expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Escape');
    await expect(t.locator('.g-card')).toBeHidden();
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    const second = page.locator('.g-term').nth(1);
    await expect(second.locator('.g-card')).toBeVisible();
    await expect(t.locator('.g-card')).toBeHidden();
    await expect(openTerms(page)).toHaveCount(1);
  });
});

test.describe('after a dismissal', () => {
  test('Esc on a hovered card, then focus, hover and Esc again in any order: each opens or closes it', async ({
    page,
  }) => {
    await page.goto(PAPER);
    const t = term(page, 9);
    const link = t.locator('.g-term__link');
    const card = t.locator('.g-card');
    // Hover, Esc: closed while the pointer rests there.
    await link.hover();
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await page.waitForTimeout(400);
    await expect(card).toBeHidden();
    // Keyboard focus on the same term opens it again (it stayed closed before).
    await link.focus();
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(link).toBeFocused();
    // The pointer leaves and comes back while focus stays: the hover opens it again.
    await page.mouse.move(2, 2);
    await link.hover();
    await expect(card).toBeVisible();
    // Close with the button, then Tab away and back: focus opens it.
    await t.getByRole('button', { name: /^Close the definition/ }).click();
    await expect(card).toBeHidden();
    await expect(link).toBeFocused();
    await page.mouse.move(2, 2);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(link).toBeFocused();
    await expect(card).toBeVisible();
    await expect(openTerms(page)).toHaveCount(1);
  });
});

test.describe('screen readers', () => {
  test('the term is a link named by its text and described by the short definition', async ({ page }) => {
    await page.goto(PAPER);
    const link = page.locator('#p5').getByRole('link', { name: 'collective defence', exact: true });
    await expect(link).toHaveAttribute('href', '/concepts/collective-defence/');
    await expect(link).toHaveAccessibleDescription(
      'An arrangement in which states treat an armed attack on any one of them as an attack on all and undertake to help the victim. Its best-known form is Article 5 of the North Atlantic Treaty (1949).',
    );
  });
});

test.describe('placement', () => {
  for (const width of [320, 390, 768, 1280]) {
    test(`cards stay inside a ${width}px viewport and never cover their term`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(PAPER);
      const problems: string[] = [];
      for (const t of await page.locator('.g-paper .g-term').all()) {
        await t.locator('.g-term__link').focus();
        await expect(t.locator('.g-card')).toBeVisible();
        for (const p of await placementProblems(t))
          problems.push(`${(await t.locator('.g-term__link').first().textContent()) ?? ''}: ${p}`);
      }
      expect(problems).toEqual([]);
    });
  }

  test('flips above the term when there is no room below', async ({ page }) => {
    await page.goto(PAPER);
    const t = term(page, 17);
    await t.evaluate((el) => {
      const r = el.getBoundingClientRect();
      window.scrollBy(0, r.bottom - window.innerHeight + 10);
    });
    await t.locator('.g-term__link').evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
    await expect(t.locator('.g-card')).toBeVisible();
    await expect(t.locator('.g-card')).toHaveAttribute('data-side', 'above');
    expect(await placementProblems(t)).toEqual([]);
  });

  test('works in headings, quotations and lists, and long definitions wrap', async ({ page }) => {
    const places = [
      [PAPER, 'h2 .g-term'],
      ['/concepts/musketeer-principle/', 'blockquote .g-term'],
      ['/concepts/integrated-deterrence/', 'li .g-term'],
    ] as const;
    for (const [url, selector] of places) {
      await page.goto(url);
      const t = page.locator(selector).first();
      await t.locator('.g-term__link').focus();
      const card = t.locator('.g-card');
      await expect(card, `${url} ${selector}`).toBeVisible();
      expect(await placementProblems(t), `${url} ${selector}`).toEqual([]);
      const style = await card.evaluate((el) => {
        const s = getComputedStyle(el);
        return { size: s.fontSize, weight: s.fontWeight, wraps: el.scrollWidth <= el.clientWidth + 1 };
      });
      expect(style).toEqual({ size: '14px', weight: '400', wraps: true });
    }
  });

  test('opening a card shifts no layout', async ({ page }) => {
    await page.goto(PAPER);
    await page.evaluate(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          (window as unknown as { shift: number }).shift += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: false });
    });
    for (const link of (await page.locator('.g-term__link').all()).slice(0, 10)) {
      await link.hover();
      await expect(page.locator('.g-term[data-open]')).toHaveCount(1);
    }
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });
});

test.describe('comfort and print', () => {
  test('reduced motion removes the animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(PAPER);
    await term(page, 9).locator('.g-term__link').focus();
    expect(
      await term(page, 9)
        .locator('.g-card')
        .evaluate((el) => getComputedStyle(el).animationName),
    ).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(
      await term(page, 9)
        .locator('.g-card')
        .evaluate((el) => getComputedStyle(el).animationName),
    ).toBe('g-fade');
  });

  test('dark mode: readable cards and no axe violation with a card open', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(PAPER);
    await term(page, 10).locator('.g-term__link').focus();
    const colors = await term(page, 10)
      .locator('.g-card')
      .evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(colors).toEqual(['rgb(35, 33, 30)', 'rgb(241, 238, 231)']);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('forced colours: the card keeps a visible border in system colours', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(PAPER);
    await term(page, 10).locator('.g-term__link').focus();
    expect(
      await term(page, 10)
        .locator('.g-card')
        .evaluate((el) => getComputedStyle(el).borderTopWidth),
    ).toBe('2px');
  });

  test('cards never print; the printed paper ends with the concepts it uses', async ({ page }) => {
    await page.goto(PAPER);
    await term(page, 10).locator('.g-term__link').focus();
    await expect(term(page, 10).locator('.g-card')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(term(page, 10).locator('.g-card')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Concepts in this paper' })).toBeVisible();
    await expect(page.locator('.g-concepts-used dd').first()).toBeVisible();
  });
});

test.describe('everywhere', () => {
  test('terms inside concept entries get cards and lead to existing pages', async ({ page }) => {
    await page.goto('/concepts/deterrence/');
    const terms = page.locator('.g-entry .g-term');
    expect(await terms.count()).toBeGreaterThan(0);
    await terms.first().locator('.g-term__link').focus();
    await expect(terms.first().locator('.g-card')).toBeVisible();
    for (const href of await page
      .locator('.g-entry .g-term__link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect((await page.request.get(href ?? '')).status(), href ?? '').toBe(200);
    }
  });

  test('a term click goes to its concept page', async ({ page }) => {
    await page.goto(PAPER);
    await page.locator('#p5').getByRole('link', { name: 'collective defence', exact: true }).click();
    await expect(page).toHaveURL(/\/concepts\/collective-defence\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Collective defence');
  });
});
