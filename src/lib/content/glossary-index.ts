/**
 * The glossary index: id → concept, term → id. Pure: built from records that the loader read,
 * so the remark plugins and the pages share one resolution rule.
 */
import { asConceptId, termKey, type ConceptId } from '../model/ids.ts';
import type { Problem, Place } from './problems.ts';
import { closest } from './suggest.ts';
import type { ConceptData } from '../model/schemas.ts';

/** What the remark plugins need to know about a concept. */
export interface ConceptSummary {
  id: ConceptId;
  title: string;
  aliases: readonly string[];
  short: string;
}

/** The index handed to the remark plugins as an option. */
export interface GlossaryIndex {
  /** Concepts by id. */
  byId: ReadonlyMap<ConceptId, ConceptSummary>;
  /** Concept id by lookup key (titles and aliases, see `termKey`). */
  byTerm: ReadonlyMap<string, ConceptId>;
}

/** Finds where a field of a concept's frontmatter is written; the loader knows the files. */
export type Locate = (id: ConceptId, path: readonly (string | number)[]) => Place;

/** Builds the index and reports titles or aliases that two concepts claim. */
export function buildIndex(
  concepts: readonly { id: ConceptId; data: Pick<ConceptData, 'title' | 'aliases' | 'short'> }[],
  locate: Locate,
): { index: GlossaryIndex; problems: Problem[] } {
  const byId = new Map<ConceptId, ConceptSummary>();
  const byTerm = new Map<string, ConceptId>();
  const problems: Problem[] = [];
  // Titles first, so that an alias colliding with a title is reported on the alias.
  for (const { id, data } of concepts) {
    byId.set(id, { id, title: data.title, aliases: data.aliases, short: data.short });
    const key = termKey(data.title);
    const owner = byTerm.get(key);
    if (owner && owner !== id) {
      problems.push({
        ...locate(id, ['title']),
        message: `Concept "${id}" has the same title as concept "${owner}".`,
        expected: 'a title no other concept uses',
        found: JSON.stringify(data.title),
        suggestion: `Merge the two entries, or give one a more specific title.`,
      });
    } else byTerm.set(key, id);
  }
  for (const { id, data } of concepts) {
    data.aliases.forEach((alias, i) => {
      const key = termKey(alias);
      const owner = byTerm.get(key);
      if (owner === undefined) byTerm.set(key, id);
      else if (owner !== id) {
        const isTitle = termKey(byId.get(owner)?.title ?? '') === key;
        problems.push({
          ...locate(id, ['aliases', i]),
          message: `The alias "${alias}" of concept "${id}" is already ${isTitle ? 'the title' : 'an alias'} of concept "${owner}".`,
          expected: 'an alias that names only this concept',
          found: JSON.stringify(alias),
          suggestion: `Remove "${alias}" from one of the two concepts; in a paper write <Concept id="…">${alias}</Concept> to choose explicitly.`,
        });
      }
    });
  }
  return { index: { byId, byTerm }, problems };
}

/** The concept id a term resolves to (by title or alias, case-insensitive), if any. */
export function resolveTerm(index: GlossaryIndex, text: string): ConceptId | undefined {
  return index.byTerm.get(termKey(text));
}

/** The closest known title, alias or id to a term that did not resolve, for "did you mean". */
export function suggestTerm(index: GlossaryIndex, text: string): string | undefined {
  return closest(text, [
    ...index.byId.keys(),
    ...[...index.byId.values()].map((c) => c.title),
    ...index.byTerm.keys(),
  ]);
}

/** The closest known id to one that does not exist. */
export function suggestId(index: GlossaryIndex, id: string): ConceptId | undefined {
  const byTitle = resolveTerm(index, id.replace(/-/g, ' '));
  if (byTitle) return byTitle;
  const near = closest(id, index.byId.keys());
  return near === undefined ? undefined : asConceptId(near);
}

/** Relation kinds as written in frontmatter. */
export const relationKinds = ['broader', 'contrastsWith', 'related'] as const;

/** Checks every relation: the target exists, is not the concept itself, and `broader` has no cycle. */
export function validateRelations(
  concepts: readonly { id: ConceptId; data: Pick<ConceptData, 'relations'> }[],
  index: GlossaryIndex,
  locate: Locate,
): Problem[] {
  const problems: Problem[] = [];
  for (const { id, data } of concepts) {
    for (const kind of relationKinds) {
      data.relations[kind].forEach((target, i) => {
        const place = locate(id, ['relations', kind, i]);
        if (target === id) {
          problems.push({
            ...place,
            message: `Concept "${id}" lists itself in relations.${kind}.`,
            expected: 'the id of another concept',
            found: JSON.stringify(target),
            suggestion: `Remove "${target}" from relations.${kind}.`,
          });
        } else if (!index.byId.has(asConceptId(target))) {
          const near = suggestId(index, target);
          problems.push({
            ...place,
            message: `Concept "${id}" has a ${kind} relation to "${target}", which is not a concept.`,
            expected: 'the id of an existing concept (a file name in content/concepts/)',
            found: JSON.stringify(target),
            suggestion: near
              ? `Did you mean "${near}"? Otherwise create content/concepts/${target}.mdx.`
              : `Create content/concepts/${target}.mdx, or remove the relation.`,
          });
        }
      });
    }
  }
  problems.push(...findBroaderCycles(concepts, locate));
  return problems;
}

function findBroaderCycles(
  concepts: readonly { id: ConceptId; data: Pick<ConceptData, 'relations'> }[],
  locate: Locate,
): Problem[] {
  const broader = new Map(concepts.map((c) => [c.id, c.data.relations.broader.map(asConceptId)]));
  const state = new Map<ConceptId, 'visiting' | 'done'>();
  const problems: Problem[] = [];
  const visit = (id: ConceptId, path: ConceptId[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(id)), id];
      const from = cycle[cycle.length - 2] ?? id;
      problems.push({
        ...locate(from, ['relations', 'broader', broader.get(from)?.indexOf(id) ?? 0]),
        message: `The broader relations form a cycle: ${cycle.join(' → ')}.`,
        expected: 'broader relations that lead upwards to a most general concept',
        found: `"${from}" lists "${id}" as broader, and "${id}" leads back to "${from}"`,
        suggestion: `Remove one link of the cycle, or use "related" for one of them.`,
      });
      return;
    }
    state.set(id, 'visiting');
    for (const next of broader.get(id) ?? []) if (broader.has(next)) visit(next, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of broader.keys()) visit(id, []);
  return problems;
}
