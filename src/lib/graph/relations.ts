/** Relations of one concept in both directions, derived from every concept's frontmatter. */
import type { ConceptData } from '../model/schemas.ts';

/** A concept as the relation helpers need it. */
export interface RelatedInput {
  id: string;
  data: Pick<ConceptData, 'relations' | 'title'>;
}

/** Every relation of a concept, grouped for display; each list sorted by title. */
export interface ConceptRelations {
  broader: string[];
  narrower: string[];
  contrastsWith: string[];
  related: string[];
}

/** Relations of `id`: its own, plus the inverse of every other concept's relations to it. */
export function relationsOf(id: string, all: readonly RelatedInput[]): ConceptRelations {
  const self = all.find((c) => c.id === id);
  const title = new Map(all.map((c) => [c.id, c.data.title.toLowerCase()]));
  const pointingHere = (kind: keyof ConceptData['relations']) =>
    all.filter((c) => c.id !== id && c.data.relations[kind].includes(id)).map((c) => c.id);
  const sorted = (ids: Iterable<string>) =>
    [...new Set(ids)].sort((a, b) => (title.get(a) ?? a).localeCompare(title.get(b) ?? b));
  const own = self?.data.relations ?? { broader: [], contrastsWith: [], related: [] };
  return {
    broader: sorted(own.broader),
    narrower: sorted(pointingHere('broader')),
    contrastsWith: sorted([...own.contrastsWith, ...pointingHere('contrastsWith')]),
    related: sorted([...own.related, ...pointingHere('related')]),
  };
}

const titleIndexes = new WeakMap<readonly RelatedInput[], ReadonlyMap<string, string>>();

/** Titles by id, built once per `all` array (once per build), not once per page. */
export function titlesOf(all: readonly RelatedInput[]): ReadonlyMap<string, string> {
  let titles = titleIndexes.get(all);
  if (!titles) titleIndexes.set(all, (titles = new Map(all.map((c) => [c.id, c.data.title]))));
  return titles;
}

/** Labels for the relation groups, as shown on concept pages. */
export const relationLabels: Record<keyof ConceptRelations, string> = {
  broader: 'Broader concepts',
  narrower: 'Narrower concepts',
  contrastsWith: 'Contrasts with',
  related: 'Related concepts',
};

const indexes = new WeakMap<readonly RelatedInput[], Map<string, ConceptRelations>>();

/**
 * Relations of `id`, from an index of the whole glossary built once per `all` array (in one pass
 * over every relation), so that rendering every concept page stays linear in the glossary's size.
 * Same result as `relationsOf`.
 */
export function relationsIndexed(id: string, all: readonly RelatedInput[]): ConceptRelations {
  let index = indexes.get(all);
  if (!index) {
    index = buildRelationIndex(all);
    indexes.set(all, index);
  }
  return index.get(id) ?? { broader: [], narrower: [], contrastsWith: [], related: [] };
}

function buildRelationIndex(all: readonly RelatedInput[]): Map<string, ConceptRelations> {
  const title = new Map(all.map((c) => [c.id, c.data.title.toLowerCase()]));
  const raw = new Map(
    all.map((c) => [
      c.id,
      {
        broader: new Set<string>(),
        narrower: new Set<string>(),
        contrastsWith: new Set<string>(),
        related: new Set<string>(),
      },
    ]),
  );
  for (const c of all) {
    const own = raw.get(c.id);
    if (!own) continue;
    for (const to of c.data.relations.broader) {
      own.broader.add(to);
      if (to !== c.id) raw.get(to)?.narrower.add(c.id);
    }
    for (const kind of ['contrastsWith', 'related'] as const) {
      for (const to of c.data.relations[kind]) {
        own[kind].add(to);
        if (to !== c.id) raw.get(to)?.[kind].add(c.id);
      }
    }
  }
  const sorted = (ids: Set<string>) =>
    [...ids].sort((a, b) => (title.get(a) ?? a).localeCompare(title.get(b) ?? b));
  return new Map(
    [...raw].map(([id, r]) => [
      id,
      {
        broader: sorted(r.broader),
        narrower: sorted(r.narrower),
        contrastsWith: sorted(r.contrastsWith),
        related: sorted(r.related),
      },
    ]),
  );
}
