import { describe, expect, it } from 'vitest';
import { conceptSchema, isoDateSchema, paperSchema, sourceSchema } from '../../src/lib/model/schemas.ts';
import { sentenceAround } from '../../src/lib/paper/sentences.ts';
import { relationsIndexed, relationsOf } from '../../src/lib/graph/relations.ts';
import { formatIsoDate, formatIssued } from '../../src/lib/site/dates.ts';
import { runRemark } from './helpers.ts';

const concept = {
  title: 'Test',
  short: 'A plain definition.',
  category: 'ideas',
  sources: [{ ref: 'x' }],
  created: '2026-01-01',
  revisions: [{ date: '2026-01-01', note: 'First published.' }],
};

describe('schemas', () => {
  it('fills defaults for a minimal concept', () => {
    const data = conceptSchema.parse(concept);
    expect(data.aliases).toEqual([]);
    expect(data.relations).toEqual({ broader: [], contrastsWith: [], related: [] });
  });
  it('refuses markup, overlong text and unknown relation kinds', () => {
    expect(conceptSchema.safeParse({ ...concept, short: 'See [this](x).' }).success).toBe(false);
    expect(conceptSchema.safeParse({ ...concept, short: 'x'.repeat(301) }).success).toBe(false);
    expect(conceptSchema.safeParse({ ...concept, relations: { narrower: ['a'] } }).success).toBe(false);
  });
  it('accepts real dates only, as text or as the Date objects Astro parses YAML dates into', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2025-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('25 March 2025').success).toBe(false);
    expect(isoDateSchema.parse(new Date('2025-03-25T00:00:00Z'))).toBe('2025-03-25');
  });
  it('requires the bibliographic record of a paper', () => {
    const result = paperSchema.safeParse({ title: 'T' });
    expect(result.success).toBe(false);
    const missing = result.error?.issues.map((i) => i.path.join('.'));
    expect(missing).toEqual(
      expect.arrayContaining(['authors', 'issued', 'publisher', 'url', 'rights', 'language']),
    );
  });
});

describe('web addresses and DOIs', () => {
  const source = { type: 'book', title: 'T', issued: { 'date-parts': [[2020]] } };
  const bad = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>1</script>',
    'ftp://example.org/x',
    'file:///etc/passwd',
    'example.org',
  ];
  it('accept http and https addresses only, in bibliography records and papers', () => {
    expect(sourceSchema.safeParse({ ...source, URL: 'https://example.org/a?b=c' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, URL: 'http://example.org/' }).success).toBe(true);
    for (const url of bad) {
      expect(sourceSchema.safeParse({ ...source, URL: url }).success, url).toBe(false);
      const paper = paperSchema.safeParse({ url });
      expect(
        paper.error?.issues.map((i) => i.path.join('.')),
        url,
      ).toContain('url');
    }
    const paper = paperSchema.safeParse({ url: 'https://example.org/' });
    expect(paper.error?.issues.map((i) => i.path.join('.'))).not.toContain('url');
  });
  it('say what a valid address looks like', () => {
    const message = sourceSchema.safeParse({ ...source, URL: 'javascript:alert(1)' }).error?.issues[0]
      ?.message;
    expect(message).toContain('"https://"');
  });
  it('take a DOI as a bare DOI only', () => {
    expect(sourceSchema.safeParse({ ...source, DOI: '10.1017/S0020818300018968' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, DOI: '10.2307/2009967' }).success).toBe(true);
    for (const doi of [
      'https://doi.org/10.2307/2009967',
      'doi:10.2307/2009967',
      '10.12/x',
      '10.2307/',
      'javascript:alert(1)',
    ])
      expect(sourceSchema.safeParse({ ...source, DOI: doi }).success, doi).toBe(false);
  });
});

describe('small helpers', () => {
  it('quotes the whole sentence around a term', () => {
    const { tree } = runRemark('One sentence. The term <Concept>deter</Concept> is here! Another.');
    const paragraph = tree.children[0];
    const term = paragraph && 'children' in paragraph ? paragraph.children[1] : undefined;
    expect(paragraph && term ? sentenceAround([tree, paragraph], term) : '').toBe('The term deter is here!');
  });
  it('derives inverse relations', () => {
    const all = [
      { id: 'a', data: { title: 'A', relations: { broader: ['b'], contrastsWith: [], related: [] } } },
      { id: 'b', data: { title: 'B', relations: { broader: [], contrastsWith: ['c'], related: [] } } },
      { id: 'c', data: { title: 'C', relations: { broader: [], contrastsWith: [], related: ['a'] } } },
    ];
    expect(relationsOf('b', all)).toEqual({
      broader: [],
      narrower: ['a'],
      contrastsWith: ['c'],
      related: [],
    });
    expect(relationsOf('a', all)).toEqual({
      broader: ['b'],
      narrower: [],
      contrastsWith: [],
      related: ['c'],
    });
    // The build-wide index gives the same answers as the direct scan.
    for (const id of ['a', 'b', 'c']) expect(relationsIndexed(id, all)).toEqual(relationsOf(id, all));
  });
  it('formats dates in the long form', () => {
    expect(formatIsoDate('2025-03-25')).toBe('25 March 2025');
    expect(formatIssued({ issued: { 'date-parts': [[1961]] } })).toBe('1961');
    expect(formatIssued({ issued: { 'date-parts': [[2022, 10]] } })).toBe('October 2022');
  });
});
