/** The concept map: layout geometry and its text equivalent, on the real glossary. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/yaml.ts';
import { conceptSchema } from '../../src/lib/model/schemas.ts';
import {
  defaultMaxWidth,
  edgePath,
  layoutConceptMap,
  relationSentences,
  wrapTitle,
  type ConceptMap,
  type MapRelation,
} from '../../src/lib/graph/concept-map.ts';

const dir = join(process.cwd(), 'content', 'concepts');
const concepts = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const yaml = splitFrontmatter(readFileSync(join(dir, f), 'utf8'))?.yaml ?? '';
    return { id: f.replace(/\.mdx$/, ''), data: conceptSchema.parse(parse(yaml)) };
  });
const kinds = ['broader', 'contrastsWith', 'related'] as const;
const declared = concepts.flatMap((c) =>
  kinds.flatMap((kind) => c.data.relations[kind].map((to) => ({ from: c.id, to, kind }))),
);
const key = (r: Pick<MapRelation, 'from' | 'to' | 'kind'>) => `${r.from} ${r.kind} ${r.to}`;
const full = layoutConceptMap(concepts);
const node = (map: ConceptMap, id: string) => map.nodes.find((n) => n.id === id);
const y = (id: string) => node(full, id)?.y ?? Number.NaN;

describe('layoutConceptMap', () => {
  it('draws every concept once and every declared relation as exactly one edge', () => {
    expect(declared.length).toBeGreaterThan(15);
    expect(full.nodes.map((n) => n.id).sort()).toEqual(concepts.map((c) => c.id).sort());
    expect(full.edges.map(key).sort()).toEqual(declared.map(key).sort());
  });

  it('places no node over another and keeps everything inside the drawing', () => {
    for (const [i, a] of full.nodes.entries()) {
      expect(a.x - a.width / 2).toBeGreaterThanOrEqual(0);
      expect(a.y + a.height / 2).toBeLessThanOrEqual(full.height);
      for (const b of full.nodes.slice(i + 1)) {
        const apart =
          Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
    const points = full.edges.flatMap((e) => e.points);
    expect(points.every((p) => p.x >= 0 && p.x <= full.width && p.y >= 0 && p.y <= full.height)).toBe(true);
  });

  it('puts broader concepts above narrower ones, the arrow running up from child to parent', () => {
    const broader = full.edges.filter((e) => e.kind === 'broader');
    expect(broader.length).toBe(declared.filter((r) => r.kind === 'broader').length);
    for (const e of broader) {
      expect(y(e.from), `${e.from} below ${e.to}`).toBeGreaterThan(y(e.to));
      expect(e.points.at(0)?.y).toBeGreaterThan(e.points.at(-1)?.y ?? Infinity);
    }
    expect(y('power')).toBeLessThan(y('coercion'));
    expect(y('coercion')).toBeLessThan(y('deterrence'));
    expect(y('deterrence')).toBeLessThan(y('deterrence-by-denial'));
    expect(y('deterrence')).toBeLessThan(y('deterrence-by-punishment'));
    expect(y('deterrence')).toBeLessThan(y('deterrence-through-resilience'));
  });

  it('sets two kinds of one concept that contrast side by side, joined by a straight line', () => {
    expect(y('deterrence-by-punishment')).toBe(y('deterrence-by-denial'));
    expect(y('compellence')).toBe(y('deterrence'));
    const line = full.edges.find((e) => e.kind === 'contrastsWith' && e.from === 'deterrence-by-punishment');
    // Straight when nothing stands between the pair in their row; otherwise routed below both.
    const between = full.nodes.filter(
      (n) =>
        n.y === y('deterrence-by-punishment') &&
        (n.x - (node(full, 'deterrence-by-punishment')?.x ?? 0)) *
          (n.x - (node(full, 'deterrence-by-denial')?.x ?? 0)) <
          0,
    );
    expect(line?.points).toHaveLength(between.length === 0 ? 2 : 4);
    if (between.length === 0) expect(line?.points[0]?.y).toBe(y('deterrence-by-punishment'));
    else
      expect(Math.min(...(line?.points ?? []).map((p) => p.y))).toBeGreaterThanOrEqual(
        y('deterrence-by-punishment'),
      );
  });

  it('starts and ends each edge at the edges of its two concepts', () => {
    for (const e of full.edges) {
      for (const [id, p] of [
        [e.from, e.points.at(0)],
        [e.to, e.points.at(-1)],
      ] as const) {
        const n = node(full, id);
        if (!n || !p) throw new Error(`edge ${key(e)} has no ends`);
        const dx = Math.abs(p.x - n.x) - n.width / 2;
        const dy = Math.abs(p.y - n.y) - n.height / 2;
        expect(Math.max(dx, dy), key(e)).toBeCloseTo(0, 0);
      }
    }
  });

  it('draws a focus map of exactly the concept and its neighbours, in both directions', () => {
    const map = layoutConceptMap(concepts, { focus: 'deterrence-by-denial' });
    expect(map.nodes.map((n) => n.id).sort()).toEqual([
      'capability', // related (declared by denial)
      'defence', // related (declared by defence)
      'deterrence', // broader
      'deterrence-by-denial',
      'deterrence-by-punishment', // contrasts with denial (declared by punishment)
      'deterrence-through-resilience', // related (declared by resilience)
    ]);
    expect(map.edges.every((e) => map.nodes.some((n) => n.id === e.from))).toBe(true);
    expect(map.width).toBeLessThan(full.width);
    const two = layoutConceptMap(concepts, { focus: 'deterrence-by-denial', depth: 2 });
    expect(two.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['coercion', 'credibility']));
    expect(two.nodes.length).toBeGreaterThan(map.nodes.length);
  });

  it('names the known concepts when the focus does not exist', () => {
    expect(() => layoutConceptMap(concepts, { focus: 'deterrance' })).toThrow(
      /cannot focus on "deterrance".*deterrence-by-denial/,
    );
  });

  it('is deterministic, whatever the order of the concepts', () => {
    const again = layoutConceptMap([...concepts].reverse());
    expect(again).toEqual(full);
    expect(JSON.stringify(layoutConceptMap(concepts, { focus: 'deterrence' }))).toBe(
      JSON.stringify(layoutConceptMap([...concepts].reverse(), { focus: 'deterrence' })),
    );
  });

  it('draws a symmetric relation declared from both sides once, and ignores unknown targets', () => {
    const rel = (contrastsWith: string[]) => ({ broader: [], related: [], contrastsWith });
    const pair = [
      { id: 'a', data: { title: 'Alpha', relations: rel(['b', 'missing']) } },
      { id: 'b', data: { title: 'Beta', relations: rel(['a']) } },
    ];
    expect(layoutConceptMap(pair).edges.map(key)).toEqual(['a contrastsWith b']);
  });
});

describe('a map wider than the window', () => {
  const rel = (r: Partial<Record<'broader' | 'contrastsWith' | 'related', string[]>>) => ({
    broader: [],
    contrastsWith: [],
    related: [],
    ...r,
  });
  // Seven separate clusters (a concept and three kinds of it, two of which contrast) and four
  // concepts on their own: dagre alone sets all eleven parts side by side.
  const clusters = Array.from({ length: 7 }, (_, i) => [
    { id: `t${i}`, data: { title: `Topic number ${i}`, relations: rel({}) } },
    ...[0, 1, 2].map((k) => ({
      id: `t${i}k${k}`,
      data: {
        title: `Kind ${k} of topic ${i}`,
        relations: rel({ broader: [`t${i}`], contrastsWith: k === 0 ? [`t${i}k1`] : [] }),
      },
    })),
  ]).flat();
  const alone = ['u1', 'u2', 'u3', 'u4'].map((id) => ({
    id,
    data: { title: `Lone ${id}`, relations: rel({}) },
  }));
  const glossary = [...clusters, ...alone];
  const apart = (map: ConceptMap) =>
    map.nodes.every((a, i) =>
      map.nodes
        .slice(i + 1)
        .every(
          (b) =>
            Math.abs(a.x - b.x) >= (a.width + b.width) / 2 ||
            Math.abs(a.y - b.y) >= (a.height + b.height) / 2,
        ),
    );

  it('packs separate parts into rows no wider than maxWidth, keeping each part whole', () => {
    const wide = layoutConceptMap(glossary, { maxWidth: 100000 });
    expect(wide.width).toBeGreaterThan(1500); // one row of eleven parts
    for (const maxWidth of [600, 1000, defaultMaxWidth]) {
      const map = layoutConceptMap(glossary, { maxWidth });
      expect(map.width, String(maxWidth)).toBeLessThanOrEqual(maxWidth);
      expect(map.nodes).toHaveLength(glossary.length);
      expect(map.edges.map(key).sort()).toEqual(wide.edges.map(key).sort());
      expect(apart(map)).toBe(true);
      const at = (id: string) => map.nodes.find((n) => n.id === id) ?? { x: NaN, y: NaN };
      for (let i = 0; i < 7; i++) {
        expect(at(`t${i}k0`).y).toBe(at(`t${i}k1`).y); // two kinds that contrast, side by side
        for (const k of [0, 1, 2]) expect(at(`t${i}k${k}`).y).toBeGreaterThan(at(`t${i}`).y);
      }
      // Keyboard order: top to bottom, then left to right, across the packed rows.
      const order = map.nodes.map((n) => [n.y, n.x] as const);
      expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    }
    expect(layoutConceptMap([...glossary].reverse(), { maxWidth: 600 })).toEqual(
      layoutConceptMap(glossary, { maxWidth: 600 }),
    );
  });

  it('ranks one part too wide for dagre again, so the glossary map fits the default width', () => {
    // The glossary is one part (related concepts join it all); as dagre ranks it, it is far wider.
    expect(full.width).toBeLessThanOrEqual(defaultMaxWidth);
    expect(layoutConceptMap(concepts, { maxWidth: 100000 }).width).toBeGreaterThan(defaultMaxWidth);
    expect(layoutConceptMap(concepts, { maxWidth: 1232 }).width).toBeLessThanOrEqual(1232);
  });
});

describe('relationSentences', () => {
  it('lists the same relations as the edges of the map, as sentences', () => {
    for (const focus of [undefined, 'deterrence', 'credibility']) {
      const map = layoutConceptMap(concepts, { focus });
      const sentences = relationSentences(concepts, { focus });
      expect(sentences.map(key).sort()).toEqual(map.edges.map(key).sort());
    }
    const labels = relationSentences(concepts).map((s) => s.label);
    expect(labels).toContain('Deterrence through resilience is a kind of Deterrence');
    expect(labels).toContain('Deterrence by punishment contrasts with Deterrence by denial');
    expect(labels).toContain('Red line is related to Escalation');
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('a focus map on a larger glossary', () => {
  // A made-up glossary of 60 concepts with relations of every kind, some declared twice or to
  // unknown ids, against a brute-force reading: scan every relation for each step.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ids = Array.from({ length: 60 }, (_, i) => `c${String(i).padStart(2, '0')}`);
  const pick = (n: number) => Array.from({ length: n }, () => ids[Math.floor(next() * ids.length)] ?? 'c00');
  const glossary = ids.map((id) => ({
    id,
    data: {
      title: `Concept ${id}`,
      relations: { broader: pick(1), contrastsWith: pick(1), related: [...pick(2), 'no-such-concept'] },
    },
  }));
  const everything = relationSentences(glossary);
  // The definition: each step adds every concept one relation away from those already kept.
  const stepwise = (focus: string, depth: number) => {
    let keep = new Set([focus]);
    for (let step = 0; step < depth; step++) {
      const next = new Set(keep);
      for (const r of everything) {
        if (keep.has(r.from)) next.add(r.to);
        if (keep.has(r.to)) next.add(r.from);
      }
      keep = next;
    }
    return keep;
  };

  it('draws exactly the concepts within depth steps and every relation among them', () => {
    for (const focus of ids.slice(0, 20))
      for (const depth of [1, 2, 3]) {
        const keep = stepwise(focus, depth);
        const expected = everything.filter((r) => keep.has(r.from) && keep.has(r.to));
        expect(relationSentences(glossary, { focus, depth })).toEqual(expected);
      }
    // The layout draws the same concepts (dagre is slow on dense maps: a few are enough).
    for (const focus of ids.slice(0, 4)) {
      const keep = stepwise(focus, 1);
      expect(new Set(layoutConceptMap(glossary, { focus }).nodes.map((n) => n.id))).toEqual(keep);
    }
  });

  it('gives the whole map in the same order however often it is asked for, each time a new array', () => {
    const first = relationSentences(glossary).map((r) => r.label);
    relationSentences(glossary).reverse(); // a caller's own array: changing it changes nothing here
    const keep = stepwise('c01', 1);
    expect(relationSentences(glossary, { focus: 'c01' })).toEqual(
      everything.filter((r) => keep.has(r.from) && keep.has(r.to)),
    );
    expect(relationSentences(glossary).map((r) => r.label)).toEqual(first);
    expect(relationSentences([...glossary].reverse()).map((r) => r.label)).toEqual(first);
  });
});

describe('helpers', () => {
  it('wraps titles into at most three lines', () => {
    expect(wrapTitle('Deterrence through resilience')).toEqual(['Deterrence through', 'resilience']);
    expect(wrapTitle('Coalition of the willing')).toEqual(['Coalition of the', 'willing']);
    expect(wrapTitle('a b c d e f g h i j k l m n o p q r s t u v w x y z').length).toBeLessThanOrEqual(3);
  });

  it('draws a path of straight segments with rounded bends', () => {
    expect(edgePath([])).toBe('');
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 10, y: 10 },
      ]),
    ).toBe('M0 0 L10 10');
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 10 },
      ]),
    ).toBe('M0 0 L5 0 Q10 0 10 5 L10 10');
  });
});
