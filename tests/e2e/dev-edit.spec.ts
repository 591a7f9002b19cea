/**
 * Live preview keeps the paper's facts fresh: with `astro dev` running, a paragraph added at the
 * top of the paper renumbers the paragraphs and their pinpoint citations on the next load (the
 * facts come from the compile; nothing caches them across edits).
 */
import { expect, test } from './fixtures.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDev, type DevServer } from './dev-server.ts';

let dev: DevServer | undefined;
let paper = '';
test.describe.configure({ retries: 1 });

// eslint-disable-next-line no-empty-pattern -- Playwright hooks take fixtures first; none are needed here.
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000);
  dev = await startDev(
    (content) => {
      paper = join(content, 'papers/joining-the-dots.mdx');
    },
    { path: '/papers/joining-the-dots/', answer: 'ok' },
  );
});

test.afterAll(() => {
  dev?.stop();
});

test('editing a paper in astro dev renumbers its paragraphs and their pinpoints', async ({ page }) => {
  test.setTimeout(120_000);
  const url = `${dev?.url ?? ''}/papers/joining-the-dots/`;
  await page.goto(url);
  await expect(page.locator('#p7-pin')).toContainText('(Chang, 2025/2026, para. 7)');
  // The first words of ¶7, after its number (a card's text would follow the first marked term).
  const seventh = (await page.locator('#p7').innerText()).split(/\s+/).slice(1, 4).join(' ');

  // A new first paragraph of the commentary: every later paragraph moves down by one.
  const text = readFileSync(paper, 'utf8');
  writeFileSync(
    paper,
    text.replace('\n## COMMENTARY\n\n', '\n## COMMENTARY\n\nAn added opening paragraph.\n\n'),
  );
  await expect(async () => {
    await page.goto(url);
    await expect(page.locator('#p8')).toContainText(seventh, { timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.locator('#p8-pin')).toContainText('(Chang, 2025/2026, para. 8)');
  await expect(page.locator('#p1')).toContainText('An added opening paragraph.');
});
