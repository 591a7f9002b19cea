/**
 * The Embedded Metadata mapping of src/lib/citations/zotero.ts against Zotero itself: the tags of
 * three built pages (tests/fixtures/zotero/page-tags.json, taken from a build of 7 December 2026)
 * give the items translation-server saved from the same kinds of page
 * (tests/fixtures/zotero/saved-pages.json, recorded on 29 November; the date and version URL of an
 * entry are those of the tags). And the post-build comparison (tests/site/check-zotero.ts) fails
 * on a difference the box does not name and on a note about none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedMetadataItem, zoteroToCsl, type MetaTag } from '../../src/lib/citations/zotero.ts';
import { formatCitation } from '../../src/lib/citations/citeproc.ts';
import { styleCitations } from '../../src/lib/citations/box.ts';
import { pageProblems } from '../site/zotero-check.ts';
import { musketeer, original } from './citation-records.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/zotero', name), 'utf8'));
const tags = fixture('page-tags.json') as Record<string, MetaTag[]>;
const saved = fixture('saved-pages.json') as Record<string, Record<string, unknown>>;
const site = 'http://localhost:4321';

describe('the item Zotero saves from a page’s tags', () => {
  it.each(Object.keys(tags))('%s: the fields translation-server saved', (path) => {
    const item = embeddedMetadataItem(tags[path] ?? [], `${site}${path}`);
    const { libraryCatalog, ...rest } = item;
    expect(libraryCatalog).toBe('localhost:4321');
    const recorded = saved[path] ?? {};
    const tag = (name: string) => tags[path]?.find((t) => t.name === name)?.content;
    // Fixed since the recording: an entry's date and version URL are the tags' own.
    expect(rest).toEqual({
      ...recorded,
      creators: (recorded['creators'] as object[]).map((c) => {
        const { creatorType, ...name } = c as { creatorType: string };
        expect(creatorType).toBe('author');
        return name;
      }),
      date: tag('citation_date'),
      url: tag('citation_public_url'),
    });
  });

  it('maps to CSL as Zotero does, the host as source', () => {
    const item = embeddedMetadataItem(
      tags['/papers/joining-the-dots/'] ?? [],
      `${site}/papers/joining-the-dots/`,
    );
    expect(zoteroToCsl(item)).toMatchObject({
      type: 'report',
      genre: 'IDSS Paper',
      number: '039/2025',
      publisher: original.publisher,
      'publisher-place': 'Singapore',
      issued: { 'date-parts': [[2025, 3, 25]] },
      source: 'localhost:4321',
      author: [{ family: 'Chang', given: 'Jun Yan' }],
    });
  });
});

describe('the comparison with the box', () => {
  const check = (box: string, zotero: string, note?: string) =>
    pageProblems('/p/', [{ style: 'apa', box, zotero, note }]);

  it('accepts an equal citation, and a difference named beside the box', () => {
    expect(check('A.', 'A.')).toEqual([]);
    expect(check('A.', 'B.', 'Zotero writes B.')).toEqual([]);
  });

  it('fails on an unnamed difference and on a note about none', () => {
    expect(check('A.', 'B.')).toHaveLength(1);
    expect(check('A.', 'A.', 'Zotero writes B.')).toHaveLength(1);
  });

  it('names beside the box exactly the styles in which Zotero differs, for an entry and a report', () => {
    for (const record of [musketeer, original]) {
      const item = embeddedMetadataItem(
        tags[record === original ? '/papers/joining-the-dots/' : '/concepts/musketeer-principle/'] ?? [],
        `${site}/x/`,
      );
      const box = styleCitations({ ...record, URL: String(item['url']) });
      for (const s of box) {
        const zotero = formatCitation(zoteroToCsl(item), s.style).reference.text;
        const same = zotero === s.reference.text;
        expect(s.zotero === undefined, `${record.id} ${s.style}: ${zotero}`).toBe(same);
      }
    }
  });
});
