/**
 * One connected part of the concept map laid out top to bottom by dagre, broader concepts on
 * top (used by concept-map.ts, whose layout cache follows this file).
 */
import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel, type Point } from '@dagrejs/dagre';
import type { MapNode, MapRelation } from './map-types.ts';
import { ink, levels, type Part } from './map-parts.ts';

/** Font size and line height of node labels, in SVG user units. */
export const mapText = { fontSize: 14, lineHeight: 18 } as const;

// An average glyph of a system sans-serif is about 0.56 em wide; err on the wide side.
const charWidth = mapText.fontSize * 0.6;
const [padX, padY] = [12, 10];

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

/** Widths of a level tried for a part too wide as dagre ranks it, as shares of the width. */
const levelled = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * Lays out one connected part no wider than `maxWidth` if it can: first as dagre ranks it; if
 * that is too wide, with ranks of its own (`levels`) under a few width budgets, keeping the one
 * that fits with the least length of line (fewer long detours), else the narrowest of all.
 */
export function layoutPart(
  titles: ReadonlyMap<string, string>,
  relations: readonly MapRelation[],
  maxWidth: number,
): Part {
  const plain = drawPart(titles, relations);
  if (plain.width <= maxWidth) return plain;
  const tries = levelled.map((share) => drawPart(titles, relations, share * maxWidth));
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
  for (let k = 1; k < top; k++) g.setEdge(`~level ${k - 1}`, `~level ${k}`, { weight: 1 }, 'levels');
  for (const [id, k] of level ?? []) {
    if (k > 0) g.setEdge(`~level ${k - 1}`, id, { weight: 1 }, 'levels');
    if (k < top - 1) g.setEdge(id, `~level ${k + 1}`, { weight: 1 }, 'levels');
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
