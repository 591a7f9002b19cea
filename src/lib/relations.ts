/** Relations of one concept in both directions, derived from every concept's frontmatter. */
import type { ConceptData } from './schemas.ts';

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

/** Labels for the relation groups, as shown on concept pages. */
export const relationLabels: Record<keyof ConceptRelations, string> = {
  broader: 'Broader concepts',
  narrower: 'Narrower concepts',
  contrastsWith: 'Contrasts with',
  related: 'Related concepts',
};
