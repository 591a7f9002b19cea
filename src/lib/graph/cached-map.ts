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
  type MapRelation,
} from './concept-map.ts';
import { titlesOf, type RelatedInput } from './relations.ts';
import { diskCache, jsonCodec } from '../cache/disk-cache.ts';

const layouts = diskCache('concept-maps', 'src/lib/graph/concept-map.ts', jsonCodec<ConceptMap>());

/** A laid-out map and the same relations as sentences (`relationSentences`), for one page. */
export interface CachedMap {
  map: ConceptMap;
  sentences: MapRelation[];
}

/** `layoutConceptMap` of concept-map.ts, cached, with `relationSentences` for the same options. */
export function cachedConceptMap(
  concepts: readonly RelatedInput[],
  options: ConceptMapOptions = {},
): CachedMap {
  const sentences = relationSentences(concepts, options);
  const relations = sentences.map(({ from, to, kind, label }) => ({ from, to, kind, label }));
  const titles = titlesOf(concepts);
  // A focused map draws its focus and whatever its relations reach; the whole map draws every concept.
  const ids =
    options.focus === undefined
      ? concepts.map((c) => c.id)
      : [options.focus, ...relations.flatMap((r) => [r.from, r.to])];
  const nodes = [...new Set(ids)].sort().map((id) => [id, titles.get(id) ?? null]);
  const inputs = { focus: options.focus ?? null, depth: options.depth ?? null, nodes, relations };
  const label = `map ${options.focus ?? '(all)'}`;
  return { map: layouts.get(label, inputs, () => layoutConceptMap(concepts, options)), sentences };
}
