/** Reads the entries of every kind (concepts, who's who) and checks what a schema cannot. */
import { join } from 'node:path';
import type { ConceptData, EntityData } from '../model/schemas.ts';
import type { SiteData } from '../model/site-schema.ts';
import { entrySchemas } from '../model/schemas.ts';
import { entryKinds, type EntryKind } from '../model/kinds.ts';
import type { Place, Problem } from './problems.ts';
import { buildIndex, type GlossaryIndex } from './glossary-index.ts';
import { validateRelations } from './relations-check.ts';
import { formerIdClashes, revisionProblems, unknownSource } from './checks.ts';
import { readEntry, salvageFields, type MdxFile } from './read-entry.ts';
import { closest } from './suggest.ts';

/** A file of the content tree, read and validated. */
export interface LoadedFile<T> {
  /** Id: the file name without extension (or the key in bibliography.yaml). */
  id: string;
  /** The validated data. */
  data: T;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** MDX body (entries and papers). */
  body?: string | undefined;
  /** The file's whole text, for digests. */
  raw?: string | undefined;
}

/** The validated entries of each kind. */
export interface LoadedEntries {
  concept: LoadedFile<ConceptData>[];
  entity: LoadedFile<EntityData>[];
}

/** What `readEntries` needs from the loader. */
export interface ReadEntriesInput {
  contentDir: string;
  rel: (path: string) => string;
  listDir: (dir: string, ext: string) => string[];
  /** Ids on the shelf; undefined when bibliography.yaml is missing (sources are then not checked). */
  sourceIds: readonly string[] | undefined;
  site: SiteData | undefined;
  problems: Problem[];
}

/** Reads every entry file, builds one index per kind, and records every problem. */
export function readEntries({ contentDir, rel, listDir, sourceIds, site, problems }: ReadEntriesInput): {
  entries: LoadedEntries;
  files: Record<EntryKind, MdxFile[]>;
  indexes: GlossaryIndex[];
} {
  const entries: LoadedEntries = { concept: [], entity: [] };
  const files: Record<EntryKind, MdxFile[]> = { concept: [], entity: [] };
  const indexes: GlossaryIndex[] = [];
  const concepts: (MdxFile & { data: ConceptData })[] = [];
  for (const row of entryKinds) {
    const Noun = row.noun.charAt(0).toUpperCase() + row.noun.slice(1);
    const read: (MdxFile & { data: ConceptData | EntityData | undefined })[] = [];
    for (const path of listDir(join(contentDir, row.collection), '.mdx')) {
      const entry = readEntry(path, rel(path), entrySchemas[row.kind], Noun, problems);
      if (!entry) continue;
      read.push(entry);
      files[row.kind].push(entry);
      const { id, data, yaml, file, body, raw } = entry;
      if (!data) continue;
      const locate = (p: readonly (string | number)[]): Place => yaml.locate(p);
      problems.push(...revisionProblems(`${Noun} "${id}"`, data, locate));
      data.sources.forEach((source, i) => {
        if (sourceIds && !sourceIds.includes(source.ref))
          problems.push(unknownSource(locate(['sources', i, 'ref']), source.ref, sourceIds));
      });
      if ('title' in data) {
        entries.concept.push({ id, data, file, body, raw });
        concepts.push({ ...entry, data });
      } else entries.entity.push({ id, data, file, body, raw });
    }
    const byId = new Map(read.map((e) => [e.id, e]));
    const locate = (id: string, p: readonly (string | number)[]): Place =>
      byId.get(id)?.yaml.locate(p) ?? { file: `content/${row.collection}/${id}.mdx` };
    // An invalid entry still exists: it is indexed by id so that references to it do not fail too.
    const summaries = read.map(({ id, data, yaml, raw }) => ({
      id,
      data: data
        ? { title: 'title' in data ? data.title : data.name, aliases: data.aliases, short: data.short }
        : rawSummary(id, yaml.problems.length ? salvageFields(raw) : yaml.value, row.nameField),
    }));
    const { index, problems: clashes } = buildIndex(row.kind, summaries, locate);
    indexes.push(index);
    problems.push(...clashes);
    if (row.kind === 'concept') {
      problems.push(...validateRelations(concepts, index, locate), ...categoryProblems(concepts, site));
    }
  }
  problems.push(...formerIdClashes(concepts));
  return { entries, files, indexes };
}

/** A concept whose category site.yaml does not list. */
function categoryProblems(concepts: readonly (MdxFile & { data: ConceptData })[], site: SiteData | undefined) {
  if (!site) return [];
  const ids = site.categories.map((c) => c.id);
  return concepts
    .filter((c) => !ids.includes(c.data.category))
    .map(({ id, data, yaml }): Problem => {
      const near = closest(data.category, ids);
      return {
        ...yaml.locate(['category']),
        message: `Concept "${id}" is in category "${data.category}", which content/site.yaml does not list.`,
        expected: `one of: ${ids.join(', ')}`,
        found: JSON.stringify(data.category),
        suggestion: near ? `Did you mean "${near}"?` : 'Add the category to content/site.yaml, or pick a listed one.',
      };
    });
}

/**
 * The name and aliases of an entry whose frontmatter failed the schema, as far as they can be
 * read: it is still indexed under them, so that marks of it elsewhere do not fail as well.
 */
function rawSummary(id: string, value: unknown, nameField: string) {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const name = raw[nameField];
  const aliases = Array.isArray(raw['aliases']) ? raw['aliases'].filter((a) => typeof a === 'string') : [];
  return { title: typeof name === 'string' && name.trim() ? name : id, aliases, short: '' };
}
