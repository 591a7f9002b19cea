/**
 * The one door from the mark and import tools into `src/lib`: the glossary and who's-who as a
 * flat list of the words a paper may mark. (Kept in one file so that moving lib files touches
 * one import list.)
 */
import { loadContent } from '../../lib/content/load.ts';
import { resolveTerm, type GlossaryIndex } from '../../lib/content/glossary-index.ts';
import { idPattern, slugify, termKey } from '../../lib/model/ids.ts';
import { kindRow, type EntryKindRow } from '../../lib/model/kinds.ts';

/** Which component marks a term (one per kind of entry, src/lib/model/kinds.ts). */
export type TermKind = EntryKindRow['component'];

/** One title or alias of a concept or who's-who entry. */
export interface Term {
  /** As written in the entry ("collective defence"). */
  text: string;
  /** Lookup key (case and typographic quotes folded). */
  key: string;
  /** `<Concept>` or `<Entity>`. */
  kind: TermKind;
  /** The entry's id. */
  id: string;
}

/** Every term of both indexes, and the rule that says whether a text resolves without an id. */
export interface Glossary {
  /** All titles and aliases. */
  terms: Term[];
  /** True when `<kind>text</kind>` (no id) resolves to `id`. */
  resolves: (kind: TermKind, text: string, id: string) => boolean;
}

/** Builds the term list from the indexes the content loader makes, one per kind of entry. */
export function glossaryFrom(indexes: readonly GlossaryIndex[]): Glossary {
  const terms: Term[] = [];
  const byComponent = new Map<TermKind, GlossaryIndex>();
  for (const index of indexes) {
    const kind = kindRow(index.kind).component;
    byComponent.set(kind, index);
    for (const entry of index.byId.values()) {
      for (const text of [entry.title, ...entry.aliases])
        terms.push({ text, key: termKey(text), kind, id: entry.id });
    }
  }
  return {
    terms,
    resolves: (kind, text, id) => {
      const index = byComponent.get(kind);
      return index !== undefined && resolveTerm(index, text) === id;
    },
  };
}

/** Reads and validates the content tree at `contentDir` (as the build does) and returns its terms. */
export function loadGlossary(root: string, contentDir: string): { glossary: Glossary; paperIds: string[] } {
  // Marks that do not resolve yet are what the tool is for: they are not a reason to stop.
  const content = loadContent(root, contentDir, { marks: 'return' });
  return { glossary: glossaryFrom(content.indexes), paperIds: content.papers.map((p) => p.id) };
}

export { idPattern, slugify, termKey };
