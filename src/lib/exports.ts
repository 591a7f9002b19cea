/**
 * The glossary as data files: JSON (everything), SKOS in Turtle (thesaurus tools) and CSV
 * (spreadsheets and flashcard apps). Pure functions: the endpoints in `src/pages/exports/` read
 * the collections and pass the content in as plain objects, so the tests can build the same
 * files from the content folder without Astro.
 */
import { DataFactory, Writer, type Quad_Object } from 'n3';
import { relationsOf, type ConceptRelations } from './relations.ts';
import { referenceParts } from './references.ts';
import type { ConceptData, SiteData, SourceData } from './schemas.ts';

/** Site-relative paths of the three files (the endpoints in `src/pages/exports/`). */
export const exportPaths = {
  json: 'exports/glossary.json',
  turtle: 'exports/glossary.ttl',
  csv: 'exports/glossary.csv',
} as const;

/** Where a concept is used in one paper: the paper's id and the numbered paragraphs. */
export interface ExportUse {
  paper: string;
  paragraphs: number[];
}

/** Everything the exports are built from, as plain data. */
export interface ExportInput {
  /** Site settings (title, licence, language, categories). */
  site: Pick<SiteData, 'title' | 'license' | 'language' | 'categories'>;
  /** Canonical URL of the site root, base included ("https://example.org/glossa/"). */
  siteUrl: string;
  /** Canonical URL of the glossary index: the IRI of the SKOS concept scheme. */
  glossaryUrl: string;
  /** Canonical URL of a concept page: the concept's IRI. */
  conceptUrl: (id: string) => string;
  /** Every concept, with its validated frontmatter. */
  concepts: readonly { id: string; data: ConceptData }[];
  /** The bibliography records the concepts cite, by id. */
  bibliography: Readonly<Record<string, SourceData>>;
  /** Where each concept is used, by concept id (papers in publication order). */
  usedIn: Readonly<Record<string, readonly ExportUse[]>>;
  /** Build date, YYYY-MM-DD. */
  generated: string;
}

/** One concept in the JSON export; keys in this order. */
export interface GlossaryEntry {
  id: string;
  url: string;
  title: string;
  aliases: string[];
  short: string;
  category: { id: string; title: string };
  relations: ConceptRelations;
  sources: { ref: string; title: string; note?: string; locator?: string }[];
  usedIn: ExportUse[];
  created: string;
  modified: string;
  formerIds: string[];
}

/** The JSON export. */
export interface GlossaryDocument {
  site: { title: string; url: string; language: string; license: string };
  generated: string;
  concepts: GlossaryEntry[];
}

/** The uses of a concept in one paper, as `occurrencesOf` returns them. */
export interface PaperUses {
  paper: { id: string };
  occurrences: readonly { paragraph: number | null }[];
}

/** Occurrences reduced to what the exports keep: numbered paragraphs, each once, in order. */
export function usesOf(found: readonly PaperUses[]): ExportUse[] {
  return found.map(({ paper, occurrences }) => {
    const numbered = occurrences.flatMap((o) => (o.paragraph === null ? [] : [o.paragraph]));
    return { paper: paper.id, paragraphs: [...new Set(numbered)].sort((a, b) => a - b) };
  });
}

/** What an endpoint hands over from Astro; loaders are passed in, so this module imports no astro. */
export interface ExportSources extends Omit<ExportInput, 'bibliography' | 'usedIn'> {
  /** A bibliography record by id (`getEntry('bibliography', ref)`). */
  source: (ref: string) => Promise<SourceData | undefined>;
  /** Where a concept is used (`occurrencesOf`). */
  occurrences: (id: string) => Promise<readonly PaperUses[]>;
}

/** Collects the cited records and the uses of every concept into an `ExportInput`. */
export async function gatherExportInput({
  source,
  occurrences,
  ...rest
}: ExportSources): Promise<ExportInput> {
  const refs = [...new Set(rest.concepts.flatMap((c) => c.data.sources.map((s) => s.ref)))];
  const records = await Promise.all(refs.map(async (ref) => [ref, await source(ref)] as const));
  const uses = await Promise.all(
    rest.concepts.map(async (c) => [c.id, usesOf(await occurrences(c.id))] as const),
  );
  const bibliography = Object.fromEntries(
    records.filter((r): r is [string, SourceData] => r[1] !== undefined),
  );
  return { ...rest, bibliography, usedIn: Object.fromEntries(uses) };
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const latest = (dates: readonly string[]): string | undefined => [...dates].sort().at(-1);

function sourceOf(input: ExportInput, conceptId: string, ref: string): SourceData {
  const source = input.bibliography[ref];
  if (!source) throw new Error(`Concept "${conceptId}" cites "${ref}", which bibliography.yaml lacks.`);
  return source;
}

/** The glossary as one document: concepts sorted by id, relations in both directions. */
export function buildGlossary(input: ExportInput): GlossaryDocument {
  const concepts = [...input.concepts].sort((a, b) => byId(a.id, b.id));
  const entries = concepts.map(({ id, data }): GlossaryEntry => {
    const category = input.site.categories.find((c) => c.id === data.category);
    if (!category) throw new Error(`Concept "${id}" has category "${data.category}", which site.yaml lacks.`);
    const rel = relationsOf(id, input.concepts);
    return {
      id,
      url: input.conceptUrl(id),
      title: data.title,
      aliases: [...data.aliases],
      short: data.short,
      category: { id: category.id, title: category.title },
      relations: {
        broader: [...rel.broader].sort(byId),
        narrower: [...rel.narrower].sort(byId),
        contrastsWith: [...rel.contrastsWith].sort(byId),
        related: [...rel.related].sort(byId),
      },
      sources: data.sources.map((s) => ({
        ref: s.ref,
        title: sourceOf(input, id, s.ref).title,
        ...(s.note === undefined ? {} : { note: s.note }),
        ...(s.locator === undefined ? {} : { locator: s.locator }),
      })),
      usedIn: (input.usedIn[id] ?? []).map((u) => ({ paper: u.paper, paragraphs: [...u.paragraphs] })),
      created: data.created,
      modified: latest([data.created, ...data.revisions.map((r) => r.date)]) ?? data.created,
      formerIds: [...data.formerIds],
    };
  });
  const { title, language, license } = input.site;
  return {
    site: { title, url: input.siteUrl, language, license },
    generated: input.generated,
    concepts: entries,
  };
}

/** The JSON file: two-space indented, UTF-8, ending with a newline. */
export function glossaryJson(input: ExportInput): string {
  return `${JSON.stringify(buildGlossary(input), null, 2)}\n`;
}

/** Namespaces of the Turtle file; `glossa:` is declared by the file itself. */
export const namespaces = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
} as const;

/** A bibliography record as one line of text, with the concept's pinpoint; the address ends it. */
export function referenceLine(source: SourceData, locator?: string): string {
  const p = referenceParts(source);
  const sentences = [p.authors, p.title, p.details, p.date, locator]
    .filter((part): part is string => Boolean(part))
    .map((part) => (/[.?!]$/.test(part) ? part : `${part}.`));
  const address = source.URL ?? (source.DOI && `https://doi.org/${source.DOI}`);
  return [...sentences, ...(address ? [address] : [])].join(' ');
}

/**
 * The glossary as a SKOS concept scheme in Turtle. Concept IRIs are the canonical concept
 * pages and the scheme is the glossary index. "Contrasts with" is `glossa:contrastsWith`, a
 * symmetric sub-property of `skos:related` declared in the file; each contrast is also written
 * as `skos:related`, so tools that know only SKOS still show the link. Every inverse
 * (narrower, both directions of related) is written out, for tools that do no inference.
 */
export function glossaryTurtle(input: ExportInput): string {
  const doc = buildGlossary(input);
  const { namedNode, literal, quad } = DataFactory;
  const vocabulary = new URL(`${exportPaths.turtle}#`, input.siteUrl).href;
  const ns = { ...namespaces, glossa: vocabulary };
  const iri = (prefix: keyof typeof ns, local: string) => namedNode(`${ns[prefix]}${local}`);
  const lang = doc.site.language;
  const text = (value: string) => literal(value, lang);
  const date = (value: string) => literal(value, iri('xsd', 'date'));
  const writer = new Writer({ prefixes: ns });
  const scheme = namedNode(input.glossaryUrl);
  const concept = (id: string) => namedNode(input.conceptUrl(id));
  // Statements of one subject, predicates written as prefixed names ("skos:broader").
  type Curie = `${keyof typeof ns}:${string}`;
  const add = (subject: ReturnType<typeof namedNode>, pairs: [Curie, Quad_Object | Quad_Object[]][]) => {
    for (const [predicate, objects] of pairs) {
      const [prefix, local = ''] = predicate.split(':') as [keyof typeof ns, string];
      for (const object of [objects].flat()) writer.addQuad(quad(subject, iri(prefix, local), object));
    }
  };

  const contrastsWith = iri('glossa', 'contrastsWith');
  add(contrastsWith, [
    ['rdf:type', [iri('owl', 'ObjectProperty'), iri('owl', 'SymmetricProperty')]],
    ['rdfs:subPropertyOf', iri('skos', 'related')],
    ['rdfs:isDefinedBy', namedNode(vocabulary.slice(0, -1))],
    ['rdfs:label', literal('contrasts with', 'en')],
    ['rdfs:comment', literal('Concepts usefully read against each other: opposites or alternatives.', 'en')],
  ]);

  const tops = doc.concepts.filter((c) => c.relations.broader.length === 0).map((c) => concept(c.id));
  const modified = latest(doc.concepts.map((c) => c.modified)) ?? doc.generated;
  add(scheme, [
    ['rdf:type', iri('skos', 'ConceptScheme')],
    ['dct:title', text(`${doc.site.title}: glossary`)],
    // dct:license expects a licence document, so the text from site.yaml labels a blank node.
    [
      'dct:license',
      writer.blank([
        { predicate: iri('rdf', 'type'), object: iri('dct', 'LicenseDocument') },
        { predicate: iri('rdfs', 'label'), object: text(doc.site.license) },
      ]),
    ],
    ['dct:language', literal(lang, iri('xsd', 'language'))],
    ['dct:modified', date(modified)],
    ['skos:hasTopConcept', tops],
  ]);

  // Categories become collections, named after their section of the glossary index.
  for (const category of input.site.categories) {
    const members = doc.concepts.filter((c) => c.category.id === category.id).map((c) => concept(c.id));
    add(namedNode(`${input.glossaryUrl}#category-${category.id}`), [
      ['rdf:type', iri('skos', 'Collection')],
      ['skos:prefLabel', text(category.title)],
      ['skos:member', members],
    ]);
  }

  const dataOf = new Map(input.concepts.map((x) => [x.id, x.data]));
  for (const c of doc.concepts) {
    const sources = dataOf.get(c.id)?.sources ?? [];
    const related = [...new Set([...c.relations.related, ...c.relations.contrastsWith])].sort(byId);
    add(concept(c.id), [
      ['rdf:type', iri('skos', 'Concept')],
      ['skos:inScheme', scheme],
      ['skos:topConceptOf', c.relations.broader.length === 0 ? [scheme] : []],
      ['skos:prefLabel', text(c.title)],
      // SKOS forbids the same label as preferred and alternative.
      ['skos:altLabel', c.aliases.filter((a) => a !== c.title).map(text)],
      ['skos:definition', text(c.short)],
      ['skos:broader', c.relations.broader.map(concept)],
      ['skos:narrower', c.relations.narrower.map(concept)],
      ['skos:related', related.map(concept)],
      ['glossa:contrastsWith', c.relations.contrastsWith.map(concept)],
      ['dct:source', sources.map((s) => literal(referenceLine(sourceOf(input, c.id, s.ref), s.locator)))],
      ['dct:created', date(c.created)],
      ['dct:modified', date(c.modified)],
    ]);
  }

  let output = '';
  writer.end((error: Error | null, result: string) => {
    if (error) throw error;
    output = result;
  });
  return output;
}

/** Columns of the CSV file, in order, with what each holds (shown on the downloads page). */
export const csvColumns = [
  { name: 'id', description: 'Permanent identifier of the concept (its URL segment).' },
  { name: 'title', description: 'The term: use it as the front of a flashcard.' },
  { name: 'aliases', description: 'Other names for the term, separated by "; ".' },
  { name: 'short', description: 'The short definition: use it as the back of a flashcard.' },
  { name: 'category', description: 'Category id; one word, so it works as a flashcard tag.' },
  { name: 'broader', description: 'Ids of wider concepts, separated by "; ".' },
  { name: 'related', description: 'Ids of related concepts, both directions, separated by "; ".' },
  { name: 'contrasts_with', description: 'Ids of contrasting concepts, both directions, separated by "; ".' },
  { name: 'url', description: 'Address of the concept page.' },
] as const;

/**
 * One CSV field per RFC 4180: quoted (quotes doubled) when it holds a comma, quote or line break.
 * A field a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return)
 * gets a leading single quote and quotes, per OWASP's CSV injection guidance.
 */
export function csvField(value: string): string {
  if (/^[=+\-@\t\r]/.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV file: UTF-8 with a byte order mark, a header row, CRLF after every record. */
export function glossaryCsv(input: ExportInput): string {
  const join = (values: readonly string[]) => values.join('; ');
  const rows = buildGlossary(input).concepts.map((c) => [
    c.id,
    c.title,
    join(c.aliases),
    c.short,
    c.category.id,
    join(c.relations.broader),
    join(c.relations.related),
    join(c.relations.contrastsWith),
    c.url,
  ]);
  const records = [csvColumns.map((c) => c.name), ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`);
  return `\uFEFF${records.join('')}`;
}
