/**
 * The glossary as data: the input every export is built from, and the JSON file (everything).
 * SKOS in Turtle is in `skos.ts`, CSV in `csv.ts`. Pure functions: `src/lib/pages/exports.ts`
 * reads the collections and passes the content in as plain objects, so the tests can build the
 * same files from the content folder without Astro.
 */
import { relationsIndexed, type ConceptRelations } from '../graph/relations.ts';
import type { ConceptData } from '../model/schemas.ts';
import { latestDate } from '../model/revisions.ts';
import type { SiteData } from '../model/site-schema.ts';
import { plainInline } from '../model/typography.ts';

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
  /** The works the concepts cite, by bibliography id: title, and the reference in the site's style. */
  bibliography: Readonly<Record<string, CitedWork>>;
  /** Where each concept is used, by concept id (papers in publication order). */
  usedIn: Readonly<Record<string, readonly ExportUse[]>>;
  /** Build date, YYYY-MM-DD. */
  generated: string;
}

/** A cited work as the exports show it. */
export interface CitedWork {
  /** Title as published. */
  title: string;
  /** The full reference as plain text, formatted by citeproc in the site's reference style. */
  reference: string;
  /** The same reference as an HTML fragment (citeproc's: text escaped, titles in <i>). */
  html: string;
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

/** Ids in code-point order. */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The cited work `ref` of concept `conceptId`; throws when the shelf lacks it. */
export function sourceOf(input: ExportInput, conceptId: string, ref: string): CitedWork {
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
    // Indexed once per concepts array: the exports stay linear in the size of the glossary.
    const rel = relationsIndexed(id, input.concepts);
    return {
      id,
      url: input.conceptUrl(id),
      title: data.title,
      aliases: [...data.aliases],
      short: plainInline(data.short),
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
      modified: latestDate([data.created, ...data.revisions.map((r) => r.date)]) ?? data.created,
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
