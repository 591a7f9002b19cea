/**
 * The visual check: at 320, 390, 768, 1280 and 1920 px, light and dark, JavaScript on and off,
 * no page is wider than the screen, no open card covers its term, no editor's note lies over
 * the text or leaves the window, no box of a concept map is clipped or (from 1280 px) out of
 * view, and no serif text is set bold (only the regular cuts ship: it would be synthesised).
 * Then: margin notes at every width from 320 to 2560 px, the paper's first sentence in the
 * first screen, and one focus ring on every kind of control.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const PAGES = [
  '/',
  '/papers/joining-the-dots/',
  '/concepts/deterrence/',
  '/concepts/',
  '/entities/the-three-musketeers/2026-11-29/',
];

/** Geometry problems of the page as it is now. */
const layoutProblems = (page: Page) =>
  page.evaluate(() => {
    type Box = { left: number; right: number; top: number; bottom: number };
    const hit = (a: Box, b: Box) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const out: string[] = [];
    const wide = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (wide > 0) out.push(`the page is ${wide}px wider than the screen`);
    const paragraphs = [...document.querySelectorAll('.g-para, .g-synopsis p')].map((p) =>
      p.getBoundingClientRect(),
    );
    const view = document.documentElement.clientWidth;
    for (const note of document.querySelectorAll('.g-note')) {
      const n = note.getBoundingClientRect();
      if (paragraphs.some((p) => hit(n, p))) out.push(`${note.id} lies over the text`);
      if (n.left < 0 || n.right > view) out.push(`${note.id} leaves the window (${n.left}–${n.right})`);
    }
    // From 1280 px a map shows every concept: no box out of the window, no map box to scroll.
    if (view >= 1265)
      for (const box of document.querySelectorAll<HTMLElement>('.g-map__scroll')) {
        if (box.scrollWidth > box.clientWidth + 1) out.push('a concept map must be scrolled to be seen');
        for (const rect of box.querySelectorAll('.g-map__node rect')) {
          const r = rect.getBoundingClientRect();
          if (r.left < 0 || r.right > view)
            out.push(`map box "${rect.parentElement?.textContent ?? ''}" is out of view`);
        }
      }
    // Faux bold: text in the serif face at a bold weight (only its 400 cuts ship).
    for (const el of document.querySelectorAll<HTMLElement>('main *, header *')) {
      if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim())) continue;
      const style = getComputedStyle(el);
      if (
        /^"?Source Serif 4/.test(style.fontFamily) &&
        Number(style.fontWeight) >= 600 &&
        el.getClientRects().length > 0
      )
        out.push(`"${(el.textContent ?? '').trim().slice(0, 30)}" is serif at weight ${style.fontWeight}`);
    }
    for (const svg of document.querySelectorAll('.g-map__svg')) {
      const s = svg.getBoundingClientRect();
      for (const rect of svg.querySelectorAll('.g-map__node rect')) {
        const r = rect.getBoundingClientRect();
        if (
          r.left < s.left - 0.5 ||
          r.right > s.right + 0.5 ||
          r.top < s.top - 0.5 ||
          r.bottom > s.bottom + 0.5
        )
          out.push(`map box "${rect.parentElement?.textContent ?? ''}" is clipped`);
      }
    }
    return out;
  });

/** Focuses the paper's first terms one by one; problems with where their cards are. */
const cardProblems = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const term of [...document.querySelectorAll('.g-paper .g-term')].slice(0, 12)) {
      const link = term.querySelector<HTMLElement>('.g-term__link');
      const card = term.querySelector<HTMLElement>('.g-card');
      if (!link || !card) continue;
      // Synchronous: the script places a card in its focus handler, CSS shows it at once.
      link.focus();
      const c = card.getBoundingClientRect();
      if (c.width === 0) out.push(`"${link.textContent ?? ''}": no card on focus`);
      if (c.left < 0 || c.right > document.documentElement.clientWidth)
        out.push(`"${link.textContent ?? ''}": card leaves the screen`);
      for (const l of link.getClientRects())
        if (l.left < c.right && c.left < l.right && l.top < c.bottom && c.top < l.bottom)
          out.push(`"${link.textContent ?? ''}": card covers its term`);
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
        out.push(`"${link.textContent ?? ''}": the open card widens the page`);
      link.blur();
    }
    return out;
  });

for (const js of [true, false]) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [320, 390, 768, 1280, 1920]) {
      test(`${width} px, ${scheme}, JavaScript ${js ? 'on' : 'off'}`, async ({ browser }) => {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: scheme,
          javaScriptEnabled: js,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        const problems: string[] = [];
        for (const path of PAGES) {
          await page.goto(path);
          // Measured on the settled page: the text face may still be arriving after 'load'.
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          for (const p of await layoutProblems(page)) problems.push(`${path}: ${p}`);
          if (path.startsWith('/papers/'))
            for (const p of await cardProblems(page)) problems.push(`${path}: ${p}`);
        }
        await context.close();
        expect(problems).toEqual([]);
      });
    }
  }
}

test('margin notes stay inside the window at every width from 320 to 2560 px', async ({ page }) => {
  await page.goto('/papers/joining-the-dots/');
  const widths = [320, 390, 768, 1024, 1180, 1199, 1200, 1210, 1220, 1230, 1250, 1280, 1440, 1920, 2560];
  for (let w = 1150; w <= 1300; w += 10) widths.push(w);
  const problems: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    const out = await page.evaluate(() => {
      const view = document.documentElement.clientWidth;
      const bad: string[] = [];
      if (document.documentElement.scrollWidth > view) bad.push('the page scrolls sideways');
      for (const note of document.querySelectorAll('.g-note')) {
        const r = note.getBoundingClientRect();
        if (r.left < 0 || r.right > view)
          bad.push(`${note.id} at ${Math.round(r.left)}–${Math.round(r.right)}`);
      }
      return bad;
    });
    for (const p of out) problems.push(`${width} px: ${p}`);
  }
  expect(problems).toEqual([]);
});

test('at 1280×800 the paper’s first sentence is in the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/papers/joining-the-dots/');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const first = await page.evaluate(() => {
    // The first sentence of the text: the synopsis's first line box, measured with a Range.
    const p = document.querySelector('.g-paper__body .g-synopsis p, .g-paper__body p');
    const range = document.createRange();
    if (p?.firstChild) range.selectNodeContents(p);
    return [...range.getClientRects()][0]?.bottom ?? Infinity;
  });
  expect(first).toBeLessThanOrEqual(800);
});

test('every kind of control shows the same focus ring', async ({ page }) => {
  await page.goto('/concepts/deterrence-by-denial/');
  const rings: Record<string, string> = {};
  for (const [name, selector] of [
    ['link', '.g-kicker a'],
    ['search box', '#site-search'],
    ['search button', '.g-site-search button'],
    ['theme button', 'button.g-theme'],
    ['radio', '.g-cite__styles input'],
    ['map list', '.g-map__list summary'],
    ['copy button', 'button.g-copy'],
  ] as const) {
    const el = page.locator(selector).first();
    await el.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    rings[name] = await el.evaluate((e) => {
      const s = getComputedStyle(e);
      return `${s.outlineStyle} ${s.outlineWidth}`;
    });
  }
  expect(new Set(Object.values(rings)), JSON.stringify(rings)).toEqual(new Set(['solid 3px']));
});
