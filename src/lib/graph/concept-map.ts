/**
 * The concept map as pure geometry: which relations to draw (the whole glossary or one
 * concept's neighbourhood), laid out top to bottom by dagre so broader concepts sit on top.
 */
import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel, type Point } from '@dagrejs/dagre';
import { titlesOf, type RelatedInput } from './relations.ts';

/** A kind of relation drawn on the map, as written in concept frontmatter. */
export type RelationKind = 'broader' | 'contrastsWith' | 'related';

/** One relation between two concepts; `from` is the concept whose frontmatter declares it. */
export interface MapRelation {
  from: string;
  to: string;
  kind: RelationKind;
  /** The relation as a sentence, with the concepts' titles. */
  label: string;
}

/** A concept placed on the map; x and y are the centre of its box. */
export interface MapNode {
  id: string;
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The title wrapped into at most three lines. */
  lines: string[];
}

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

/** Font size and line height of node labels, in SVG user units. */
export const mapText = { fontSize: 14, lineHeight: 18 } as const;

/** How each kind of relation reads in a sentence ("X is a kind of Y"). */
export const relationPhrases: Record<RelationKind, string> = {
  broader: 'is a kind of',
  contrastsWith: 'contrasts with',
  related: 'is related to',
};

const kinds: readonly RelationKind[] = ['broader', 'contrastsWith', 'related'];
// An average glyph of a system sans-serif is about 0.56 em wide; err on the wide side.
const charWidth = mapText.fontSize * 0.6;
const [padX, padY, margin] = [12, 10, 8];
const round = (n: number) => Math.round(n * 10) / 10;
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Breaks a title into lines of about `max` characters, at most three (widening if needed). */
export function wrapTitle(title: string, max = 18): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= max) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines.length > 3 ? wrapTitle(title, max + 4) : lines;
}

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

/** The connected parts of the map (concepts joined by any relation), as sets of ids. */
function components(ids: ReadonlySet<string>, relations: readonly MapRelation[]): Set<string>[] {
  const next = new Map<string, string[]>([...ids].map((id) => [id, []]));
  for (const r of relations) {
    next.get(r.from)?.push(r.to);
    next.get(r.to)?.push(r.from);
  }
  const seen = new Set<string>();
  const parts: Set<string>[] = [];
  for (const id of [...ids].sort(byId)) {
    if (seen.has(id)) continue;
    const part = new Set<string>();
    for (const stack = [id]; stack.length > 0;) {
      const v = stack.pop() ?? id;
      if (part.has(v)) continue;
      part.add(v);
      seen.add(v);
      stack.push(...(next.get(v) ?? []));
    }
    parts.push(part);
  }
  return parts;
}

/** One connected part laid out on its own, its top left corner at 0,0 (edges included). */
interface Part {
  nodes: MapNode[];
  edges: { relation: MapRelation; points: Point[] }[];
  width: number;
  height: number;
}

/** Widths of a level tried for a part too wide as dagre ranks it, as shares of the width. */
const levelled = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * Lays out one connected part no wider than `maxWidth` if it can: first as dagre ranks it; if
 * that is too wide, with ranks of its own (`levels`) under a few width budgets, keeping the
 * flattest that fits (else the narrowest of all).
 */
function layoutPart(
  titles: ReadonlyMap<string, string>,
  relations: readonly MapRelation[],
  maxWidth: number,
): Part {
  const plain = drawPart(titles, relations);
  if (plain.width <= maxWidth) return plain;
  const tries = levelled.map((share) => drawPart(titles, relations, share * maxWidth));
  for (const [i, t] of tries.entries())
    console.log(
      'CAND',
      JSON.stringify(levelled[i]),
      Math.round(t.width),
      Math.round(t.height),
      Math.round(ink(t)),
    );
  const fits = tries
    .filter((p) => p.width <= maxWidth)
    .sort((a, b) => ink(a) - ink(b) || a.height - b.height);
  return fits[0] ?? [plain, ...tries].sort((a, b) => a.width - b.width)[0] ?? plain;
}

/** Lays out one connected part top to bottom with dagre; see `layoutConceptMap`. */
function drawPart(
  titles: ReadonlyMap<string, string>,
  relations: readonly MapRelation[],
  budget?: number,
): Part {
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 56, edgesep: 14 });
  const lines = new Map([...titles].map(([id, t]) => [id, wrapTitle(t)]));
  for (const [id, l] of lines) {
    const width = Math.ceil(Math.max(...l.map((line) => line.length)) * charWidth + 2 * padX);
    g.setNode(id, { width, height: l.length * mapText.lineHeight + 2 * padY });
  }
  const parents = (id: string) =>
    relations.filter((r) => r.kind === 'broader' && r.from === id).map((r) => r.to);
  // dagre puts the two ends of an edge on different ranks, but two kinds of one thing belong
  // side by side: such a pair is joined through a hidden point below both instead.
  const siblings = (r: MapRelation) =>
    r.kind !== 'broader' && parents(r.from).some((p) => parents(r.to).includes(p));
  const points = (v: string, w: string, name: string) => [...(g.edge(v, w, name).points ?? [])];
  const routes = new Map<MapRelation, () => Point[]>();
  const level =
    budget === undefined
      ? undefined
      : levels([...titles.keys()], relations, siblings, (id) => g.node(id).width, budget);
  const lower = (a: string, b: string) => (level?.get(a) ?? 0) < (level?.get(b) ?? 0);
  // A broader edge runs parent → child (dagre ranks top to bottom). Other relations keep their
  // declared direction unless that would close a cycle (or, with levels of our own, point from
  // the lower level down), so no broader edge is ever flipped.
  for (const r of [...relations].sort(
    (a, b) => Number(a.kind !== 'broader') - Number(b.kind !== 'broader'),
  )) {
    const name = `${r.kind} ${r.from} ${r.to}`;
    if (siblings(r)) {
      const via = `~${name}`; // not a concept id, so it never clashes with one
      g.setNode(via, { width: 0, height: 0 });
      g.setEdge(r.from, via, {}, name).setEdge(r.to, via, {}, name);
      // Both halves bend below the pair before the hidden point; join them at those bends.
      const half = (id: string) => points(id, via, name).slice(0, -1);
      routes.set(r, () => [...half(r.from), ...half(r.to).reverse()]);
    } else {
      const up = r.kind === 'broader' || (level ? lower(r.to, r.from) : reaches(g, r.to, r.from));
      const [v, w] = up ? [r.to, r.from] : [r.from, r.to];
      const span = (level?.get(w) ?? 0) - (level?.get(v) ?? 0);
      if (level && r.kind !== 'broader' && span > 1) {
        // A relation across several levels is left out of dagre (its bends, one per level crossed,
        // would widen every row): a curve from one box to the other, under the boxes between.
        routes.set(r, () => arc(box(r.from), box(r.to)));
        continue;
      }
      const weight = r.kind === 'broader' ? 2 : 1;
      g.setEdge(v, w, { weight, minlen: Math.max(1, span) }, name);
      routes.set(r, () => (v === r.from ? points(v, w, name) : points(v, w, name).reverse()));
    }
  }
  // Hidden points, one per level, each concept hung between those above and below it: dagre
  // ranks are then exactly the levels, whichever relations were left out above.
  const top = level ? Math.max(...level.values()) : -1;
  for (let k = 0; k < top; k++) g.setNode(`~level ${k}`, { width: 0, height: 0 });
  for (let k = 1; k < top; k++) g.setEdge(`~level ${k - 1}`, `~level ${k}`, { weight: 0 }, 'levels');
  for (const [id, k] of level ?? []) {
    if (k > 0) g.setEdge(`~level ${k - 1}`, id, { weight: 0 }, 'levels');
    if (k < top - 1) g.setEdge(id, `~level ${k + 1}`, { weight: 0 }, 'levels');
  }
  layout(g);
  const boxes = [...lines.keys()].map((id) => ({ id, x: 0, y: 0, ...g.node(id) }));
  const box = (id: string) => boxes.find((n) => n.id === id) ?? { x: 0, y: 0, width: 0, height: 0 };
  const edges = relations.map((relation) => ({
    relation,
    points:
      (siblings(relation) && straight(box(relation.from), box(relation.to), boxes)) ||
      (routes.get(relation)?.() ?? []),
  }));
  // dagre's own size leaves out edges that swing wide of the nodes: measure everything.
  const all = [
    ...boxes.flatMap((n) => [
      { x: n.x - n.width / 2, y: n.y - n.height / 2 },
      { x: n.x + n.width / 2, y: n.y + n.height / 2 },
    ]),
    ...edges.flatMap((e) => e.points),
  ];
  const [dx, dy] = [-Math.min(...all.map((p) => p.x)), -Math.min(...all.map((p) => p.y))];
  const at = (p: Point): Point => ({ x: p.x + dx, y: p.y + dy });
  return {
    nodes: boxes.map(({ id, x, y, width, height }) => {
      return { id, title: titles.get(id) ?? id, ...at({ x, y }), width, height, lines: lines.get(id) ?? [] };
    }),
    edges: edges.map((e) => ({ ...e, points: e.points.map(at) })),
    width: Math.max(...all.map((p) => p.x)) + dx,
    height: Math.max(...all.map((p) => p.y)) + dy,
  };
}

/**
 * A level for each concept: below its broader concepts, never the level of a concept it relates
 * to, and at most `budget` wide; two kinds of one concept that relate share a level. Relations
 * then run from the lower level down, so a chain of related concepts no longer adds a rank per
 * step (which made the glossary map of 28 concepts 14 ranks tall and 2318 units wide).
 */
function levels(
  ids: readonly string[],
  relations: readonly MapRelation[],
  siblings: (r: MapRelation) => boolean,
  width: (id: string) => number,
  budget: number,
): Map<string, number> {
  const parents = new Map<string, string[]>(ids.map((id) => [id, []]));
  const near = new Map<string, string[]>(ids.map((id) => [id, []]));
  const group = new Map<string, Set<string>>(ids.map((id) => [id, new Set([id])]));
  for (const r of relations) {
    if (r.kind === 'broader') parents.get(r.from)?.push(r.to);
    else if (siblings(r)) {
      const joined = new Set([...(group.get(r.from) ?? []), ...(group.get(r.to) ?? [])]);
      for (const id of joined) group.set(id, joined);
    } else {
      near.get(r.from)?.push(r.to);
      near.get(r.to)?.push(r.from);
    }
  }
  const degree = (id: string) => (near.get(id)?.length ?? 0) + (parents.get(id)?.length ?? 0);
  const level = new Map<string, number>();
  const used: number[] = [];
  for (let left = [...ids].sort((a, b) => degree(b) - degree(a) || byId(a, b)); left.length > 0;) {
    // The most related group whose broader concepts all have a level (a cycle of broader
    // relations cannot be declared, but would still end here, on the first concept left).
    const ready = (id: string) =>
      [...(group.get(id) ?? [])].every((m) => (parents.get(m) ?? []).every((p) => level.has(p)));
    const members = [...(group.get(left.find(ready) ?? left[0] ?? '') ?? [])];
    const tops = members.flatMap((m) => parents.get(m) ?? []).map((p) => (level.get(p) ?? -1) + 1);
    const taken = new Set(members.flatMap((m) => near.get(m) ?? []).map((n) => level.get(n)));
    const wide = members.reduce((sum, m) => sum + width(m) + 28, 0);
    let at = Math.max(0, ...tops);
    // A row already holding something takes no more than the budget; an empty one takes anything.
    while (taken.has(at) || ((used[at] ?? 0) > 0 && (used[at] ?? 0) + wide > budget)) at++;
    used[at] = (used[at] ?? 0) + wide;
    for (const m of members) level.set(m, at);
    left = left.filter((id) => !level.has(id));
  }
  return level;
}

/** Space between two parts of the map side by side or one row above the next. */
const partGap = { x: 40, y: 48 };

/**
 * Places the parts in rows no wider than `maxWidth` (a part wider than that gets a row of its
 * own), the largest first, each row centred under the widest; returns each part's offset.
 */
function packRows(parts: readonly Part[], maxWidth: number): { part: Part; dx: number; dy: number }[] {
  const order = [...parts].sort(
    (a, b) =>
      b.nodes.length - a.nodes.length ||
      b.width - a.width ||
      byId(a.nodes[0]?.id ?? '', b.nodes[0]?.id ?? ''),
  );
  const rows: Part[][] = [];
  for (const part of order) {
    const row = rows.at(-1);
    const used = row ? row.reduce((w, p) => w + p.width + partGap.x, 0) : 0;
    if (row && used + part.width <= maxWidth) row.push(part);
    else rows.push([part]);
  }
  const rowWidth = (row: readonly Part[]) =>
    row.reduce((w, p) => w + p.width, 0) + partGap.x * (row.length - 1);
  const width = Math.max(0, ...rows.map(rowWidth));
  const placed: { part: Part; dx: number; dy: number }[] = [];
  let dy = 0;
  for (const row of rows) {
    let dx = (width - rowWidth(row)) / 2;
    for (const part of row) {
      placed.push({ part, dx, dy });
      dx += part.width + partGap.x;
    }
    dy += Math.max(...row.map((p) => p.height)) + partGap.y;
  }
  return placed;
}

type Box = Pick<MapNode, 'x' | 'y' | 'width'>;

/** A straight line between two concepts next to each other in one row, if they are. */
function straight(a: Box, b: Box, row: readonly Box[]): Point[] | undefined {
  const between = (n: Box) => n.y === a.y && (n.x - a.x) * (n.x - b.x) < 0;
  if (a.y !== b.y || a.x === b.x || row.some(between)) return undefined;
  const side = Math.sign(b.x - a.x);
  return [
    { x: a.x + (side * a.width) / 2, y: a.y },
    { x: b.x - (side * b.width) / 2, y: b.y },
  ];
}

/** A curve from the box `a` to the box `b` on a lower or higher row, leaving and entering upright. */
function arc(a: Box & { height: number }, b: Box & { height: number }): Point[] {
  const down = Math.sign(b.y - a.y) || 1;
  // Each end leaves its box a little towards the other, so lines from one box fan out.
  const lean = (p: Box, q: Box) =>
    p.x + Math.max(-p.width / 2 + 6, Math.min(p.width / 2 - 6, (q.x - p.x) / 8));
  const [ay, by] = [a.y + (down * a.height) / 2, b.y - (down * b.height) / 2];
  return [
    { x: lean(a, b), y: ay },
    { x: lean(a, b), y: ay + down * 24 },
    { x: lean(b, a), y: by - down * 24 },
    { x: lean(b, a), y: by },
  ];
}

/** Whether `to` can be reached from `from` along the edges added so far. */
function reaches(g: Graph<GraphLabel, NodeLabel, EdgeLabel>, from: string, to: string): boolean {
  const stack = [from];
  const seen = new Set<string>();
  for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
    if (v === to) return true;
    if (!seen.has(v)) stack.push(...(g.successors(v) ?? []));
    seen.add(v);
  }
  return false;
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

/** Total length of a part's edges. */
function ink(part: Part): number {
  let sum = 0;
  for (const e of part.edges)
    for (let i = 1; i < e.points.length; i++) {
      const [p, q] = [e.points[i - 1], e.points[i]];
      if (p && q) sum += Math.hypot(q.x - p.x, q.y - p.y);
    }
  return sum;
}
