/**
 * The visual check: at 320, 390, 768, 1280 and 1920 px, light and dark, JavaScript on and off,
 * no page is wider than the screen, no open card covers its term, no editor's note lies over
 * the text and no box of a concept map is clipped.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const PAGES = ['/', '/papers/joining-the-dots/', '/concepts/deterrence/', '/concepts/'];

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
    for (const note of document.querySelectorAll('.g-note')) {
      const n = note.getBoundingClientRect();
      if (paragraphs.some((p) => hit(n, p))) out.push(`${note.id} lies over the text`);
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
