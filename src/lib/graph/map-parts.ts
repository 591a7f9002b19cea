/**
 * The concept map's connected parts: finding them, ranking a part in levels of a bounded width,
 * and packing laid-out parts into rows (used by concept-map.ts, whose layout cache follows this file).
 */
import type { Point } from '@dagrejs/dagre';
import type { MapNode, MapRelation } from './map-types.ts';

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The connected parts of the map (concepts joined by any relation), as sets of ids. */
export function components(ids: ReadonlySet<string>, relations: readonly MapRelation[]): Set<string>[] {
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
export interface Part {
  nodes: MapNode[];
  edges: { relation: MapRelation; points: Point[] }[];
  width: number;
  height: number;
}

/**
 * A level for each concept: below its broader concepts, never the level of a concept it relates
 * to, and at most `budget` wide; two kinds of one concept that relate share a level. Relations
 * then run from the lower level down, so a chain of related concepts no longer adds a rank per
 * step (which made the glossary map of 28 concepts 14 ranks tall and 2318 units wide).
 */
export function levels(
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
    const wide = members.reduce((sum, m) => sum + width(m) + 28, 0); // 28: dagre's nodesep
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
export function packRows(parts: readonly Part[], maxWidth: number): { part: Part; dx: number; dy: number }[] {
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

/** Total length of a part's edges. */
export function ink(part: Part): number {
  let sum = 0;
  for (const e of part.edges)
    for (let i = 1; i < e.points.length; i++) {
      const [p, q] = [e.points[i - 1], e.points[i]];
      if (p && q) sum += Math.hypot(q.x - p.x, q.y - p.y);
    }
  return sum;
}
