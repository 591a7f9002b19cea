/**
 * Concept-map layouts through the build cache. A map is keyed by exactly what its layout reads:
 * the concepts it draws (ids and titles) and the relations between them, so editing one concept
 * lays out again only the maps that show it.
 */
import {
  layoutConceptMap,
  relationSentences,
  type ConceptMap,
  type ConceptMapOptions,
} from '../graph/concept-map.ts';
import type { RelatedInput } from '../graph/relations.ts';
import { diskCache, jsonCodec } from './disk-cache.ts';

const layouts = diskCache('concept-maps', 'src/lib/graph/concept-map.ts', jsonCodec<ConceptMap>());

/** `layoutConceptMap` of concept-map.ts, cached. */
export function cachedConceptMap(
  concepts: readonly RelatedInput[],
  options: ConceptMapOptions = {},
): ConceptMap {
  const relations = relationSentences(concepts, options).map(({ from, to, kind, label }) => ({
    from,
    to,
    kind,
    label,
  }));
  // A focused map draws its focus and whatever its relations reach; the whole map draws every concept.
  const ids =
    options.focus === undefined
      ? concepts.map((c) => c.id)
      : [options.focus, ...relations.flatMap((r) => [r.from, r.to])];
  const titles = new Map(concepts.map((c) => [c.id, c.data.title]));
  const nodes = [...new Set(ids)].sort().map((id) => [id, titles.get(id) ?? null]);
  const inputs = { focus: options.focus ?? null, depth: options.depth ?? null, nodes, relations };
  return layouts.get(`map ${options.focus ?? '(all)'}`, inputs, () => layoutConceptMap(concepts, options));
}
