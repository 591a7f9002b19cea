/**
 * Students cite: the metadata Zotero reads per page type, the How-to-cite box (styles named with
 * their editions, both works on the paper page), copy, downloads, paragraph pinpoints in every
 * style, and fixed versions.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeViolations, conceptIds } from './helpers.ts';

const PAPER = '/papers/joining-the-dots/';
const SITE = 'http://localhost:4321';
const RSIS_URL =
  'https://rsis.edu.sg/rsis-publication/idss/ip25039-joining-the-dots-security-guarantees-for-ukraine';

/** Every tag in <head> that Zotero's Embedded Metadata translator reads, as [name, content]. */
async function zoteroTags(page: Page): Promise<[string, string][]> {
  return page
    .locator('head meta')
    .evaluateAll((metas) =>
      metas
        .map((m) => [
          m.getAttribute('name') ?? m.getAttribute('property') ?? '',
          m.getAttribute('content') ?? '',
        ])
        .filter(([name]) => /^(citation_|DC\.|eprints\.|prism\.|z\.)|^og:type$|^author$/.test(name ?? '')),
    ) as Promise<[string, string][]>;
}

/*
 * The tags per page type, pinned. Why each is there (Zotero's Embedded Metadata and RDF
 * translators; details in src/components/CitationMeta.astro and WebsiteMeta.astro):
 * - DC.type: the item type for an entry ("encyclopediaArticle"); for the paper, the series
 *   "IDSS Paper", which Zotero copies into Report Type.
 * - DC.title / DC.creator / DC.date / DC.language: the same item for Dublin Core readers.
 * - citation_title / citation_author / citation_date / citation_language: Zotero's title,
 *   creators ("Family, Given"), date and language; Highwire tags win over DC.
 * - citation_public_url: the URL saved: an entry's permanent version URL; the publisher's page
 *   for the paper (the item is the original).
 * - citation_abstract: the abstract (the paper's synopsis; an entry's short text).
 * - DC.source, prism.publicationName: the encyclopedia title (the site).
 * - citation_technical_report_institution: makes the item a Report, and its institution;
 *   citation_technical_report_number: the report number; DC.publisher: institution for RDF;
 *   eprints.place_of_pub: the place, which Zotero reads from no other meta tag.
 * - og:type "article" on the paper is only a guess that the report type beats; "website" on the
 *   listings makes a web page; entries have none (it would make a web page).
 * - author: the creator of a listing page, which has no citation tags and no date.
 */
const RSIS = 'S. Rajaratnam School of International Studies, Nanyang Technological University';
const SYNOPSIS =
  'Deterrence lies behind the idea of “security guarantees” for Ukraine. By assessing how deterrence works, this paper looks at the problems with such “security guarantees”.';

test('the paper page says, for Zotero, exactly the original report', async ({ page }) => {
  await page.goto(PAPER);
  expect(await zoteroTags(page)).toEqual([
    ['og:type', 'article'],
    ['DC.type', 'IDSS Paper'],
    ['DC.title', 'Joining the dots: Security guarantees for Ukraine'],
    ['DC.creator', 'Chang, Jun Yan'],
    ['DC.date', '2025-03-25'],
    ['DC.language', 'en-GB'],
    ['citation_title', 'Joining the dots: Security guarantees for Ukraine'],
    ['citation_author', 'Chang, Jun Yan'],
    ['citation_date', '2025/03/25'],
    ['citation_public_url', RSIS_URL],
    ['citation_language', 'en-GB'],
    ['citation_abstract', SYNOPSIS],
    ['citation_technical_report_institution', RSIS],
    ['citation_technical_report_number', '039/2025'],
    ['DC.publisher', RSIS],
    ['eprints.place_of_pub', 'Singapore'],
  ]);
});

test('concept and who’s-who pages say, for Zotero, an encyclopedia entry at the version shown', async ({
  page,
}) => {
  for (const path of ['/concepts/musketeer-principle/', '/entities/nato/']) {
    await page.goto(path);
    const tags = await zoteroTags(page);
    const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const date = tags.find(([n]) => n === 'citation_date')?.[1] ?? '';
    expect(date, path).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    const version = `${SITE}${path}${date.replace(/\//g, '-')}/`;
    expect(
      tags.map(([n]) => n),
      path,
    ).toEqual([
      'DC.type',
      'DC.title',
      'DC.creator',
      'DC.date',
      'DC.language',
      'citation_title',
      'citation_author',
      'citation_date',
      'citation_public_url',
      'citation_language',
      'citation_abstract',
      'DC.source',
      'prism.publicationName',
    ]);
    expect(Object.fromEntries(tags), path).toMatchObject({
      'DC.type': 'encyclopediaArticle',
      citation_title: title,
      citation_author: 'Glossa',
      citation_public_url: version,
      'DC.source': 'Glossa',
    });
  }
  for (const id of conceptIds) {
    await page.goto(`/concepts/${id}/`);
    expect(await page.locator('meta[name="DC.type"]').getAttribute('content'), id).toBe(
      'encyclopediaArticle',
    );
  }
});

test('listing pages are undated web pages by the site, and say they are not works to cite', async ({
  page,
}) => {
  for (const path of ['/', '/concepts/', '/entities/']) {
    await page.goto(path);
    expect(await zoteroTags(page), path).toEqual([
      ['og:type', 'website'],
      ['author', 'Glossa'],
    ]);
    // Zotero dates a page by its first <time datetime> when it has no date tag.
    await expect(page.locator('time[datetime]'), path).toHaveCount(0);
    await expect(page.locator('.g-not-citable'), path).toContainText('not a work to cite');
  }
});

test('How to cite: each style named with its edition; Chicago notes give full note, short note, bibliography', async ({
  page,
}) => {
  await page.goto('/concepts/musketeer-principle/');
  const box = page.locator('.g-cite');
  await expect(box.locator('.g-cite__styles label')).toHaveText([
    'APA (7th ed.)',
    'MLA (9th ed.)',
    'Chicago (17th ed.), author-date',
    'Chicago (17th ed.), notes and bibliography',
  ]);
  const version = `${SITE}/concepts/musketeer-principle/2026-12-07/`;
  await expect(box.locator('.g-cite__panel:visible .g-cite__ref')).toHaveText(
    `Glossa. (2026). Musketeer principle. In Glossa. ${version}`,
  );
  await box.getByLabel('MLA (9th ed.)').check();
  await expect(box.locator('.g-cite__panel:visible .g-cite__ref')).toHaveText(
    `“Musketeer Principle.” Glossa, 7 Dec. 2026, ${version}.`,
  );
  await expect(box.locator('.g-cite__panel:visible .g-cite__cite')).toHaveText(
    'In the text: (“Musketeer Principle”)',
  );
  await box.getByLabel('Chicago (17th ed.), notes and bibliography').check();
  await expect(box.locator('.g-cite__panel:visible .g-cite__cite')).toHaveText([
    `Full note: Glossa, “Musketeer Principle,” in Glossa, December 7, 2026, ${version}.`,
    'Short note: Glossa, “Musketeer Principle.”',
  ]);
  await expect(box.locator('.g-cite__panel:visible .g-cite__list')).toHaveText('Bibliography:');
  await expect(box.locator('.g-cite__note')).toContainText(`always at ${SITE}/concepts/musketeer-principle/`);
});

test('the copy button puts the citation on the clipboard and confirms it, visibly and to screen readers', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/concepts/deterrence-by-denial/');
  const label = 'Chicago (17th ed.), author-date';
  const panel = page.locator('.g-cite__panel[data-style="chicago-author-date"]');
  await page.locator('.g-cite').getByLabel(label).check();
  await panel.getByRole('button', { name: `Copy the ${label} reference list entry` }).click();
  await expect(panel.getByRole('status')).toHaveText('Copied to the clipboard.');
  const date = (await page.locator('meta[name="DC.date"]').getAttribute('content')) ?? '';
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `Glossa. ${date.slice(0, 4)}. “Deterrence by Denial.” In Glossa. ${SITE}/concepts/deterrence-by-denial/${date}/.`,
  );
  // Rich text too, so the container title stays in italics when pasted into a word processor.
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item?.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
  });
  expect(html).toContain('In <i>Glossa</i>.');
  expect(html).not.toMatch(/\bid=|<a\b|<p\b/);
});

test('the chosen style is remembered across pages, and the ¶ pin puts it first and copies it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/concepts/power/');
  await page.locator('.g-cite').getByLabel('MLA (9th ed.)').check();
  await page.goto('/concepts/deterrence/');
  await expect(page.locator('.g-cite').getByLabel('MLA (9th ed.)')).toBeChecked();
  await page.goto(`${PAPER}#p7`);
  for (const record of await page.locator('.g-cite__record').all())
    await expect(record.getByLabel('MLA (9th ed.)')).toBeChecked();
  const pin = page.locator('#p7-cite');
  const first = pin.locator('.g-pin__styles > li').first();
  expect(
    await pin
      .locator('.g-pin__styles > li')
      .evaluateAll(
        (lis) =>
          lis.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]?.textContent,
      ),
  ).toContain('MLA: (Chang, par. 7)');
  await pin.getByRole('button', { name: 'Copy MLA' }).click();
  await expect(first.locator('..').getByText('Copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('(Chang, par. 7)');
});

test('"Cite this entry" in the first screen leads to How to cite', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const [path, name] of [
    ['/concepts/deterrence-by-denial/', 'Cite this entry'],
    ['/entities/nato/', 'Cite this entry'],
    [PAPER, 'Cite this paper'],
  ] as const) {
    await page.goto(path);
    const link = page.getByRole('link', { name, exact: true });
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page.getByRole('heading', { name: 'How to cite' })).toBeInViewport();
  }
});

test('the paper page offers both works, clearly labelled, with downloads for each', async ({
  page,
  request,
}) => {
  await page.goto(PAPER);
  const records = page.locator('.g-cite__record');
  await expect(records.locator('h3')).toHaveText([
    `The original paper: Jun Yan Chang (2025), IDSS Paper 039/2025, ${RSIS}`,
    'This annotated edition: Glossa, 7 December 2026',
  ]);
  await expect(records.nth(0).locator('.g-cite__panel[data-style="apa"] .g-cite__ref')).toHaveText(
    `Chang, J. Y. (2025). Joining the dots: Security guarantees for Ukraine (IDSS Paper No. 039/2025). ${RSIS}. ${RSIS_URL}`,
  );
  await expect(records.nth(1).locator('.g-cite__panel[data-style="apa"] .g-cite__ref')).toHaveText(
    `Chang, J. Y. (2026, December 7). Joining the dots: Security guarantees for Ukraine [Annotated edition]. Glossa. ${SITE}${PAPER}2026-12-07/ (Original work published 2025)`,
  );
  const ris = await (await request.get(`${PAPER}original.ris`)).text();
  expect(ris).toMatch(/^TY {2}- RPRT/);
  expect(ris).toContain(`AB  - ${SYNOPSIS}`);
  const edition = await (await request.get(`${PAPER}edition.ris`)).text();
  expect(edition).toContain('M2  - original-date: 2025-03-25');
  expect(edition).not.toMatch(/^Y2 {2}-/m);
  await expect(records.nth(0).locator('.g-cite__downloads a')).toHaveText([
    'biblatex',
    'BibTeX (classic)',
    'RIS',
    'CSL-JSON',
  ]);
});

test('downloads of an entry: every format, at the version on screen, with no access date', async ({
  page,
  request,
}) => {
  await page.goto('/concepts/power/');
  const hrefs = await page
    .locator('.g-cite__downloads a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  // Named for the entry, so five downloads are not citation (1).ris … citation (4).ris.
  expect(hrefs).toEqual([
    '/concepts/power/glossa-power.bib',
    '/concepts/power/glossa-power-bibtex.bib',
    '/concepts/power/glossa-power.ris',
    '/concepts/power/glossa-power.json',
  ]);
  const bodies = await Promise.all(hrefs.map(async (href) => (await request.get(href)).text()));
  // The first names stay published (tests/published-urls.txt), with the same files.
  expect(await (await request.get('/concepts/power/citation.ris')).text()).toBe(bodies[2]);
  const date = (await page.locator('meta[name="DC.date"]').getAttribute('content')) ?? '';
  const version = `${SITE}/concepts/power/${date}/`;
  expect(bodies[0]).toMatch(/^@inreference\{power,/);
  expect(bodies[1]).toMatch(/^@incollection\{power,/);
  expect(bodies[2]).toMatch(/^TY {2}- ENCYC\r?\n/);
  expect(JSON.parse(bodies[3] ?? '')).toEqual([
    expect.objectContaining({ type: 'entry-encyclopedia', title: 'Power', URL: version }),
  ]);
  for (const body of bodies) {
    expect(body).toContain(version);
    expect(body).not.toMatch(/urldate|accessed|Accessed|Y2 {2}-/);
  }
});

test('a ¶ number links to its paragraph and offers its pinpoint in every style', async ({ page }) => {
  await page.goto(PAPER);
  const pin = page.locator('#p7-cite');
  await expect(pin).toBeHidden();
  await page.locator('#p7 > a.g-pnum').click();
  await expect(page).toHaveURL(/#p7$/);
  await expect(pin).toBeVisible();
  // One line and one Copy button per style.
  await expect(pin.locator('.g-pin__styles > li')).toHaveText([
    /^APA: \(Chang, 2025\/2026, para\. 7\)\s*Copy APA/,
    /^MLA: \(Chang, par\. 7\)\s*Copy MLA/,
    /^Chicago author-date: \(Chang \[2025\] 2026, para\. 7\)/,
    /^Chicago note: Chang, “Joining the Dots,” para\. 7\./,
  ]);
  await expect(pin.getByRole('link')).toHaveText(`${SITE}${PAPER}#p7`);
});

test('fixed versions: the version page is its own document, cited at its date; the current page lists versions', async ({
  page,
}) => {
  await page.goto('/concepts/musketeer-principle/');
  const history = page.locator('.g-history');
  await expect(history).toContainText('This is the current version, of 7 December 2026.');
  await expect(history).toContainText('26 November 2026 (its text was not archived): First published.');
  await page.goto('/concepts/musketeer-principle/2026-12-07/');
  await expect(page.locator('.g-version-note')).toHaveText(
    'The version of 7 December 2026, kept as published: its text never changes. It is also the current version; the entry’s page will show any later revision.',
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${SITE}/concepts/musketeer-principle/2026-12-07/`,
  );
  await expect(page.locator('meta[name="citation_date"]')).toHaveAttribute('content', '2026/12/07');
  await expect(page.locator('.g-entry')).toContainText('A label, not a coinage');
  expect(await axeViolations(page)).toEqual([]);
});

test('the edition is versioned like an entry: its fixed page renders the paper as published and links the current one', async ({
  page,
  request,
}) => {
  const version = `${PAPER}2026-12-07/`;
  await page.goto(PAPER);
  const history = page.locator('.g-history');
  await expect(history).toContainText('This is the current version, of 7 December 2026.');
  await expect(history).toContainText('29 November 2026 (its text was not archived)');
  await expect(history).toContainText(`${SITE}${version}`);
  await page.goto(version);
  await expect(page.locator('.g-version-note')).toHaveText(
    'The version of 7 December 2026, kept as published: its text never changes. It is also the current version; the edition’s page will show any later revision.',
  );
  await expect(page.locator('.g-version-note a')).toHaveAttribute('href', PAPER);
  await expect(page.locator('link[rel="latest-version"]')).toHaveAttribute('href', `${SITE}${PAPER}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${version}`);
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  // As on the current page (paper.spec.ts): 21 numbered paragraphs, 7 notes.
  await expect(page.locator('.g-paper__body .g-para')).toHaveCount(21);
  await expect(page.locator('.g-paper__body .g-note')).toHaveCount(7);
  await expect(
    page.locator('.g-cite__record').nth(1).locator('.g-cite__panel[data-style="apa"] .g-cite__ref'),
  ).toContainText(
    `(2026, December 7). Joining the dots: Security guarantees for Ukraine [Annotated edition]. Glossa. ${SITE}${version}`,
  );
  const ris = await (await request.get(`${version}glossa-joining-the-dots-edition-2026-12-07.ris`)).text();
  expect(ris).toContain(`UR  - ${SITE}${version}`);
  expect(ris).toContain('DA  - 2026/12/07/');
  expect(await axeViolations(page)).toEqual([]);
});

test('a superseded version says so at its top, in a banner, and links the current entry', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/entities/the-three-musketeers/2026-11-29/');
  const banner = page.getByRole('complementary', { name: 'Fixed version' });
  await expect(banner).toBeInViewport();
  await expect(banner).toContainText('The version of 29 November 2026, kept as published');
  await expect(banner).toContainText('A newer version exists');
  const current = banner.getByRole('link', { name: 'read the current entry' });
  await expect(current).toHaveAttribute('href', '/entities/the-three-musketeers/');
  // Above the title, and boxed: not one more sentence of body text.
  const [bannerTop, h1Top] = await Promise.all([
    banner.evaluate((el) => el.getBoundingClientRect().top),
    page.locator('h1').evaluate((el) => el.getBoundingClientRect().top),
  ]);
  expect(bannerTop).toBeLessThan(h1Top);
  expect(await banner.evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('6px');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), scheme).toEqual([]);
  }
  await current.click();
  await expect(page).toHaveURL(/\/entities\/the-three-musketeers\/$/);
});
