/**
 * Live preview: `astro dev` on a copy of the content, with a broken reference in the paper,
 * shows the same file:line:column message in the browser's error overlay as the build prints.
 */
import { expect, test } from './fixtures.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDev, withRevision, type DevServer } from './dev-server.ts';

// A cold `astro dev` on a busy 2-core machine can miss the first overlay; one retry.
test.describe.configure({ retries: 1 });
let dev: DevServer | undefined;
let at = '';

// eslint-disable-next-line no-empty-pattern -- Playwright hooks take fixtures first; none are needed here.
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000);
  dev = await startDev(
    (content) => {
      const paper = join(content, 'papers/joining-the-dots.mdx');
      // The edition is versioned: a changed text comes with a revision, or it is refused before
      // the mark is even read.
      const broken = withRevision(
        readFileSync(paper, 'utf8').replace('<Concept>power</Concept>', '<Concept>pwer</Concept>'),
        'A mark misspelt on purpose.',
      );
      writeFileSync(paper, broken);
      // Where the broken mark is, as an editor's status bar shows it.
      const lines = broken.split('\n');
      const line = lines.findIndex((l) => l.includes('<Concept>pwer</Concept>'));
      at = `${String(line + 1)}:${String((lines[line] ?? '').indexOf('<Concept>pwer') + 1)}`;
    },
    // The first request compiles the paper (its error page is an answer too).
    { path: '/papers/joining-the-dots/', answer: 'any' },
  );
});

test.afterAll(async () => {
  await dev?.stop();
});

test('the dev overlay shows the broken reference with file:line:column and the fix', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${dev?.url ?? ''}/papers/joining-the-dots/`);
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toContainText(
    `${dev?.rel ?? ''}/content/papers/joining-the-dots.mdx:${at}: Unknown concept "pwer": no concept has this title or alias.`,
    { timeout: 90_000 },
  );
  await expect(overlay).toContainText('Did you mean "power"? Write <Concept id="power">pwer</Concept>');
});
