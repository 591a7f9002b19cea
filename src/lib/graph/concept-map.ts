/**
 * The concept map as pure geometry: which relations to draw (the whole glossary or one
 * concept's neighbourhood), each connected part laid out top to bottom by dagre so broader
 * concepts sit on top (draw-part.ts), the parts packed into rows (map-parts.ts).
 */
import type { Point } from '@dagrejs/dagre';
import { titlesOf, type RelatedInput } from './relations.ts';
import { layoutPart } from './draw-part.ts';
import { components, packRows } from './map-parts.ts';
import type { MapNode, MapRelation, RelationKind } from './map-types.ts';

/** Label size and title wrapping, kept with the part layout (draw-part.ts) that sizes boxes by them. */
export { mapText, wrapTitle } from './draw-part.ts';
/** What the map is made of (map-types.ts, which the layout files share without importing this one). */
export type { MapNode, MapRelation, RelationKind } from './map-types.ts';

/** A relation drawn as a line; `points` run from the `from` concept to the `to` concept. */
export interface MapEdge extends MapRelation {
  points: Point[];
}

/** A laid-out map. */
export interface ConceptMap {
  nodes: MapNode[];
  edges: MapEdge[];
  width: number;
  height: number;
}

/** Which part of the glossary to draw. */
export interface ConceptMapOptions {
  /** Draw only this concept and its neighbours; default: every concept. */
  focus?: string | undefined;
  /** How many relation steps from `focus` to include, in either direction; default 1. */
  depth?: number | undefined;
  /**
   * How wide the drawing may grow, in SVG units: the connected parts of the map are packed into
   * rows no wider than this (one part wider than it stays whole). Default `defaultMaxWidth`.
   */
  maxWidth?: number | undefined;
}

/**
 * The map's box at a 1280 px window is 1232 px, and the map may be drawn down to 80 % of its
 * size (ConceptMap.astro): a map up to 1232 / 0.8 px wide shows whole from 1280 px up.
 */
export const defaultMaxWidth = 1540;

/** How each kind of relation reads in a sentence ("X is a kind of Y"). */
export const relationPhrases: Record<RelationKind, string> = {
  broader: 'is a kind of',
  contrastsWith: 'contrasts with',
  related: 'is related to',
};

const kinds: readonly RelationKind[] = ['broader', 'contrastsWith', 'related'];
const round = (n: number) => Math.round(n * 10) / 10;
const margin = 8;
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every relation of a glossary, and for each concept the positions in `all` of the relations that touch it. */
interface Glossary {
  title: ReadonlyMap<string, string>;
  /** Shared by every page of a build: callers get copies, never this array. */
  all: readonly MapRelation[];
  touching: ReadonlyMap<string, readonly number[]>;
}

/** The concepts and relations drawn for `options`; a symmetric relation declared twice is one. */
const glossaries = new WeakMap<readonly RelatedInput[], Glossary>();

function select(concepts: readonly RelatedInput[], options: ConceptMapOptions) {
  // Every relation of the glossary, worked out once per concepts array (not once per page).
  let glossary = glossaries.get(concepts);
  if (!glossary) {
    glossary = allRelations(concepts);
    glossaries.set(concepts, glossary);
  }
  const { title, all, touching } = glossary;
  const ids = neighbourhood(glossary, options);
  if (options.focus === undefined) return { ids, title, relations: [...all] };
  // The relations between the drawn concepts, in the glossary's order, found through the index:
  // a concept page reads only its neighbours' relations, not the whole glossary's.
  const at = new Set<number>();
  for (const id of ids)
    for (const i of touching.get(id) ?? []) {
      const r = all[i];
      if (r && ids.has(r.from) && ids.has(r.to)) at.add(i);
    }
  const relations = [...at].sort((a, b) => a - b).flatMap((i) => all[i] ?? []);
  return { ids, title, relations };
}

function allRelations(concepts: readonly RelatedInput[]): Glossary {
  const title = titlesOf(concepts);
  const seen = new Set<string>();
  const all: MapRelation[] = [];
  const touching = new Map<string, number[]>();
  const touches = (id: string, i: number) => {
    const list = touching.get(id);
    if (list) list.push(i);
    else touching.set(id, [i]);
  };
  for (const c of [...concepts].sort((a, b) => byId(a.id, b.id))) {
    for (const kind of kinds) {
      for (const to of [...c.data.relations[kind]].sort(byId)) {
        const key = [kind, ...(kind === 'broader' ? [c.id, to] : [c.id, to].sort(byId))].join(' ');
        if (to === c.id || !title.has(to) || seen.has(key)) continue;
        const label = `${c.data.title} ${relationPhrases[kind]} ${title.get(to)}`;
        touches(c.id, all.length);
        touches(to, all.length);
        all.push({ from: c.id, to, kind, label });
        seen.add(key);
      }
    }
  }
  return { title, all, touching };
}

/** The map in words: one sentence per edge of the map drawn with the same options, A–Z. */
export function relationSentences(
  concepts: readonly RelatedInput[],
  options: ConceptMapOptions = {},
): MapRelation[] {
  return select(concepts, options).relations.sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** Ids on the map: every concept, or those within `depth` steps of `focus` (in either direction). */
function neighbourhood(
  { title, all, touching }: Glossary,
  { focus, depth = 1 }: ConceptMapOptions,
): Set<string> {
  if (focus === undefined) return new Set([...title.keys()].sort(byId));
  if (!title.has(focus)) {
    const known = [...title.keys()].sort(byId).join(', ');
    throw new Error(`The concept map cannot focus on "${focus}": no such concept. Use one of: ${known}.`);
  }
  const keep = new Set([focus]);
  let frontier = [focus];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next = new Set<string>();
    for (const id of frontier)
      for (const i of touching.get(id) ?? []) {
        const r = all[i];
        const other = r?.from === id ? r.to : r?.from;
        if (other !== undefined && !keep.has(other)) next.add(other);
      }
    for (const id of next) keep.add(id);
    frontier = [...next];
  }
  return keep;
}

/** Lays out the map: broader concepts above narrower ones, every relation one edge. */
export function layoutConceptMap(
  concepts: readonly RelatedInput[],
  options: ConceptMapOptions = {},
): ConceptMap {
  const { ids, title, relations } = select(concepts, options);
  // Each connected part is laid out on its own and the parts are packed into rows, so small
  // clusters sit under a wide one instead of all in one row (dagre sets them side by side).
  const maxWidth = (options.maxWidth ?? defaultMaxWidth) - 2 * margin;
  const parts = components(ids, relations).map((part) =>
    layoutPart(
      new Map([...part].sort(byId).map((id) => [id, title.get(id) ?? id])),
      relations.filter((r) => part.has(r.from)),
      maxWidth,
    ),
  );
  const placed = packRows(parts, maxWidth);
  const nodes: MapNode[] = [];
  const edges = new Map<MapRelation, MapEdge>();
  for (const { part, dx, dy } of placed) {
    const at = (p: Point): Point => ({ x: round(p.x + dx + margin), y: round(p.y + dy + margin) });
    for (const n of part.nodes) nodes.push({ ...n, ...at(n) });
    for (const e of part.edges) edges.set(e.relation, { ...e.relation, points: e.points.map(at) });
  }
  return {
    // Document order is keyboard order: top to bottom, then left to right.
    nodes: nodes.sort((a, b) => a.y - b.y || a.x - b.x),
    edges: relations.flatMap((r) => edges.get(r) ?? []),
    width: Math.ceil(Math.max(0, ...placed.map(({ part, dx }) => dx + part.width)) + 2 * margin),
    height: Math.ceil(Math.max(0, ...placed.map(({ part, dy }) => dy + part.height)) + 2 * margin),
  };
}

/** An SVG path through the points: straight segments, the bends rounded off. */
export function edgePath(points: readonly Point[]): string {
  const f = (p: Point) => `${round(p.x)} ${round(p.y)}`;
  const mid = (p: Point, q: Point) => ({ x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 });
  const [first, ...bends] = points;
  const last = bends.pop();
  if (!first || !last) return first ? `M${f(first)}` : '';
  const curves = bends.map((p, i) => `Q${f(p)} ${f(mid(p, bends[i + 1] ?? last))}`);
  const lead = bends[0] ? [`L${f(mid(first, bends[0]))}`] : [];
  return [`M${f(first)}`, ...lead, ...curves, `L${f(last)}`].join(' ');
}
