/**
 * The one door from the mark and import tools into `src/lib`: the glossary and who's-who as a
 * flat list of the words a paper may mark. (Kept in one file so that moving lib files touches
 * one import list.)
 */
import { loadContent } from '../../lib/load-content.ts';
import { resolveTerm, type GlossaryIndex } from '../../lib/glossary.ts';
import { slugify, termKey } from '../../lib/ids.ts';
import { idPattern } from '../../lib/schemas.ts';

/** Which component marks a term. */
export type TermKind = 'Concept' | 'Entity';

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

/** Builds the term list from the two indexes the content loader makes. */
export function glossaryFrom(concepts: GlossaryIndex, entities: GlossaryIndex): Glossary {
  const terms: Term[] = [];
  for (const [kind, index] of [
    ['Concept', concepts],
    ['Entity', entities],
  ] as const) {
    for (const entry of index.byId.values()) {
      for (const text of [entry.title, ...entry.aliases])
        terms.push({ text, key: termKey(text), kind, id: entry.id });
    }
  }
  return {
    terms,
    resolves: (kind, text, id) => resolveTerm(kind === 'Concept' ? concepts : entities, text) === id,
  };
}

/** Reads and validates the content tree at `contentDir` (as the build does) and returns its terms. */
export function loadGlossary(root: string, contentDir: string): { glossary: Glossary; paperIds: string[] } {
  const content = loadContent(root, contentDir);
  return { glossary: glossaryFrom(content.index, content.entityIndex), paperIds: content.paperIds };
}

export { idPattern, slugify, termKey };
