/**
 * Live preview keeps the pages fresh, and restarts only when it must. With `astro dev` running on
 * a copy of the content:
 * - a paragraph added at the top of the paper renumbers the paragraphs and their pinpoint
 *   citations on the next load (the facts come from the compile; nothing caches them);
 * - a concept's body saved shows on its page without a restart of the server;
 * - a concept's title and aliases saved restart the server (the marks in the paper are resolved
 *   and drawn with them at start-up), and the paper's cards show the new title: never stale.
 * The tests run in order on one server.
 */
import { expect, test } from './fixtures.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDev, withRevision, type DevServer } from './dev-server.ts';

let dev: DevServer | undefined;
let content = '';
const restarts = () => (dev?.log().match(/Restarting/g) ?? []).length;
const edit = (file: string, change: (text: string) => string) => {
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${file} changes it`).not.toBe(before);
  writeFileSync(path, after);
};
test.describe.configure({ mode: 'serial', retries: 1 });

// eslint-disable-next-line no-empty-pattern -- Playwright hooks take fixtures first; none are needed here.
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000);
  dev = await startDev(
    (copy) => {
      content = copy;
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
  edit('papers/joining-the-dots.mdx', (text) =>
    text.replace('\n## COMMENTARY\n\n', '\n## COMMENTARY\n\nAn added opening paragraph.\n\n'),
  );
  await expect(async () => {
    await page.goto(url);
    await expect(page.locator('#p8')).toContainText(seventh, { timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.locator('#p8-pin')).toContainText('(Chang, 2025/2026, para. 8)');
  await expect(page.locator('#p1')).toContainText('An added opening paragraph.');
});

test("a concept's body saved shows on its page, without a restart", async ({ page }) => {
  test.setTimeout(120_000);
  const url = `${dev?.url ?? ''}/concepts/deterrence-by-denial/`;
  await page.goto(url);
  const before = restarts();
  // The last line of the body: a sentence of its own at the end of the entry.
  edit('concepts/deterrence-by-denial.mdx', (text) =>
    withRevision(`${text.trimEnd()}\n\nA sentence added in the editor.\n`, 'A sentence added.'),
  );
  await expect(async () => {
    await page.goto(url);
    await expect(page.locator('main')).toContainText('A sentence added in the editor.', { timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  expect(restarts(), dev?.log()).toBe(before);
});

test("a concept's new title and alias restart the server, and the paper's cards show them", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const url = `${dev?.url ?? ''}/papers/joining-the-dots/`;
  await page.goto(url);
  const cardTitle = (title: string) => page.locator(`.g-card__title[data-text="${title}"]`);
  await expect(cardTitle('Deterrence by denial').first()).toBeAttached();
  const before = restarts();
  // The old title becomes an alias, so the paper's <Concept>deterrence by denial</Concept> still
  // resolves; the new alias "denial strategy" is the one a stale index would not know.
  edit('concepts/deterrence-by-denial.mdx', (text) =>
    withRevision(text, 'Renamed.')
      .replace('title: Deterrence by denial', 'title: Denial as deterrence')
      .replace(
        'aliases: [denial, deterrence through denial]',
        'aliases: [denial, deterrence through denial, deterrence by denial, denial strategy]',
      ),
  );
  await expect(async () => {
    await page.goto(url);
    await expect(cardTitle('Denial as deterrence').first()).toBeAttached({ timeout: 2000 });
  }).toPass({ timeout: 180_000 });
  await expect(cardTitle('Deterrence by denial')).toHaveCount(0);
  expect(restarts(), dev?.log()).toBeGreaterThan(before);

  // After the restart the new alias resolves in the paper: a mark written with it links the concept.
  edit('papers/joining-the-dots.mdx', (text) =>
    text.replace(
      '\n## COMMENTARY\n\n',
      '\n## COMMENTARY\n\nA <Concept>denial strategy</Concept> at the top.\n\n',
    ),
  );
  await expect(async () => {
    await page.goto(url);
    await expect(page.locator('#p1 a[href$="/concepts/deterrence-by-denial/"]')).toHaveText(
      'denial strategy',
      {
        timeout: 2000,
      },
    );
  }).toPass({ timeout: 60_000 });
});
