/**
 * Live preview keeps the pages fresh, and restarts only when it must. With `astro dev` running on
 * a copy of the content:
 * - a paragraph added at the top of the paper renumbers the paragraphs and their pinpoint
 *   citations on the next load (the facts come from the compile; nothing caches them);
 * - a concept's body saved shows on its page without a restart of the server;
 * - a concept's title and aliases saved restart the server (the marks in the paper are resolved
 *   and drawn with them at start-up), and the paper's cards show the new title: never stale;
 * - after that restart, saves still reload the entry, and another new title restarts it again.
 * First, before any edit: the citation downloads and exports the pages link to answer.
 * The tests run in order on one server.
 */
import { expect, test } from './fixtures.ts';
import type { APIRequestContext } from '@playwright/test';
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

test.afterAll(async () => {
  await dev?.stop();
});

// eslint-disable-next-line no-empty-pattern -- Playwright hooks take fixtures first; none are needed here.
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus)
    await testInfo.attach('astro dev log', { body: dev?.log() ?? '', contentType: 'text/plain' });
});

/**
 * The HTML `astro dev` serves at `path` now, or '' while it restarts (it refuses connections for a
 * moment); fetched, so that no reload of an open page can cut it short.
 */
const served = async (request: APIRequestContext, path: string): Promise<string> => {
  try {
    return await (await request.get(`${dev?.url ?? ''}${path}`, { timeout: 30_000 })).text();
  } catch {
    return '';
  }
};
const paper = '/papers/joining-the-dots/';
const concept = '/concepts/deterrence-by-denial/';
const cardTitle = (title: string) =>
  `class="g-card__title" dir="auto" aria-hidden="true" data-text="${title}"`;

test('the downloads a page links to answer in astro dev as in the built site, without a trailing slash', async ({
  request,
}) => {
  const base = dev?.url ?? '';
  const html = await served(request, '/concepts/power/');
  const links = [
    ...new Set(
      [...html.matchAll(/(?:href|content)="(\/[^"]+\.(?:bib|ris|json|png|csv|ttl|epub))"/g)].map(
        (m) => m[1] ?? '',
      ),
    ),
  ];
  // The "How to cite" downloads (each format, under the entry's name) and the social card.
  expect(links.filter((l) => /\/glossa-power[-\w]*\.(bib|ris|json)$/.test(l)).length).toBeGreaterThanOrEqual(
    4,
  );
  // The first names, published before the descriptive ones, and the exports.
  links.push('/concepts/power/citation.bib', '/concepts/power/citation.ris', '/exports/glossary.csv');
  for (const link of links) {
    const response = await request.get(`${base}${link}`, { timeout: 60_000 });
    expect(response.status(), link).toBe(200);
    expect(response.headers()['content-type'], link).not.toContain('text/html');
  }
  // A module Vite serves from src/ with an extension is left alone.
  expect((await request.get(`${base}/src/scripts/theme.ts`)).status()).not.toBe(404);
});

test('editing a paper in astro dev renumbers its paragraphs and their pinpoints', async ({ page }) => {
  test.setTimeout(120_000);
  const url = `${dev?.url ?? ''}/papers/joining-the-dots/`;
  await page.goto(url);
  await expect(page.locator('#p7-pin-apa')).toContainText('(Chang, 2025/2026, para. 7)');
  // The first words of ¶7, after its number (a card's text would follow the first marked term).
  const seventh = (await page.locator('#p7').innerText()).split(/\s+/).slice(1, 4).join(' ');

  // A new first paragraph of the commentary: every later paragraph moves down by one.
  // The edition is versioned like an entry: a change to its text comes with a revision.
  edit('papers/joining-the-dots.mdx', (text) =>
    withRevision(
      text.replace('\n## COMMENTARY\n\n', '\n## COMMENTARY\n\nAn added opening paragraph.\n\n'),
      'An opening paragraph added.',
    ),
  );
  await expect(async () => {
    await page.goto(url);
    await expect(page.locator('#p8')).toContainText(seventh, { timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.locator('#p8-pin-apa')).toContainText('(Chang, 2025/2026, para. 8)');
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
    // The frontmatter reached the collection too: the history lists the new revision.
    await expect(page.locator('.g-history')).toContainText('A sentence added.', { timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  expect(restarts(), dev?.log()).toBe(before);
});

test("a concept's new title and alias restart the server, and the paper's cards show them", async ({
  request,
}) => {
  test.setTimeout(240_000);
  expect(await served(request, paper)).toContain(cardTitle('Deterrence by denial'));
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
  await expect
    .poll(() => served(request, paper), { timeout: 180_000 })
    .toContain(cardTitle('Denial as deterrence'));
  expect(await served(request, paper)).not.toContain(cardTitle('Deterrence by denial'));
  expect(restarts(), dev?.log()).toBeGreaterThan(before);

  // After the restart the new alias resolves in the paper: a mark written with it links the concept.
  edit('papers/joining-the-dots.mdx', (text) =>
    text.replace(
      '\n## COMMENTARY\n\n',
      '\n## COMMENTARY\n\nA <Concept>denial strategy</Concept> at the top.\n\n',
    ),
  );
  await expect
    .poll(() => served(request, paper), { timeout: 60_000 })
    .toMatch(
      /<p[^>]* id="p1"[^>]*>(?:(?!<\/p>).)*?href="[^"]*\/concepts\/deterrence-by-denial\/"[^>]*>denial strategy<\/a>/s,
    );
});

test('after a restart, saved entries still reload, and a second new title restarts it again', async ({
  request,
}) => {
  test.setTimeout(240_000);
  // The restart above replaced the server's file watcher: the refills must follow the new one.
  const before = restarts();
  edit('concepts/deterrence-by-denial.mdx', (text) =>
    text.replace('A sentence added in the editor.', 'A sentence edited after the restart.'),
  );
  await expect
    .poll(() => served(request, concept), { timeout: 60_000 })
    .toContain('A sentence edited after the restart.');
  expect(restarts(), dev?.log()).toBe(before);

  edit('concepts/deterrence-by-denial.mdx', (text) =>
    text.replace('title: Denial as deterrence', 'title: Deterrence by denial of success'),
  );
  await expect
    .poll(() => served(request, paper), { timeout: 180_000 })
    .toContain(cardTitle('Deterrence by denial of success'));
  expect(restarts(), dev?.log()).toBeGreaterThan(before);
  await expect
    .poll(() => served(request, concept), { timeout: 60_000 })
    .toMatch(/<h1[^>]*>[^<]*Deterrence by denial of success/);
});
