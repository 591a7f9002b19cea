/**
 * The name search of src/lib/paper/mentions.ts finds exactly what one regular expression with
 * every name as an alternative (longest first, case-insensitive, bounded by non-letters) finds, the
 * way it was searched before: kept here as the reference. Compared on the real paper with the real
 * glossary, and on generated texts and names built to catch the edges (case folding of ſ, the
 * Kelvin sign, final sigma and iota with its mark, apostrophes and hyphens in both spellings, names inside words and
 * after hyphens, names that start with punctuation, surrogate pairs).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameFinder, type NamedTerm } from '../../src/lib/paper/mentions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { termKey } from '../../src/lib/model/ids.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const termPattern = (t: string) =>
  escape(t.trim()).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]").replace(/-/g, '[-‐‑]');

/** The search as it was: one expression for all names; a match is kept if its words name an entry. */
function reference(terms: readonly NamedTerm[], text: string): { start: number; text: string }[] {
  const keys = new Set(terms.map((t) => termKey(t.text)));
  const sorted = [...new Set(terms.map((t) => t.text))]
    .filter((t) => t.trim())
    .sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}](?:[-‐])?)(?:${sorted.map(termPattern).join('|')})(?![\\p{L}\\p{N}]|[-‐]\\p{L})`,
    'giu',
  );
  return [...text.matchAll(pattern)]
    .filter((m) => keys.has(termKey(m[0])))
    .map((m) => ({ start: m.index ?? 0, text: m[0] }));
}

const spans = (terms: readonly NamedTerm[], text: string) =>
  nameFinder(terms)(text).map((f) => ({ start: f.start, text: f.text }));

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the name search', () => {
  it('finds in the real paper what the one expression finds, with the real glossary', () => {
    const root = join(import.meta.dirname, '../..');
    const content = loadContent(root, join(root, 'content'), { marks: 'return' });
    const terms: NamedTerm[] = content.indexes.flatMap((index) =>
      [...index.byId.values()].flatMap((e) =>
        [e.title, ...e.aliases].map((text) => ({ text, kind: index.kind, id: e.id })),
      ),
    );
    expect(terms.length).toBeGreaterThan(100);
    const paper = readFileSync(join(root, 'content/papers/joining-the-dots.mdx'), 'utf8');
    const expected = reference(terms, paper);
    expect(expected.length).toBeGreaterThan(50);
    expect(spans(terms, paper)).toEqual(expected);
  });

  it('finds in generated texts what the one expression finds, edge cases included', () => {
    const words = [
      'deterrence',
      'denial',
      'punishment',
      'NATO',
      'Ukraine',
      'security',
      'common',
      'guarantee',
      'co',
      'operation',
      'state',
      'ſtate',
      'KELVIN',
      'kelvin',
      'σοφος',
      'σοφοσ',
      'Σοφος',
      '9',
      '11',
      'x𝒜y',
      'ιδεα',
      '\u0345δεα',
    ];
    const joins = [' ', '  ', '-', '‐', '‑', "'s ", '’s ', ', ', '. ', '\n', '—', '', '“', '”'];
    const rand = random(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
    const phrase = (n: number) =>
      Array.from({ length: n }, () => pick(words)).reduce((a, w) => a + pick(joins) + w);
    let found = 0;
    for (let round = 0; round < 60; round++) {
      const texts = Array.from({ length: 12 }, () => phrase(1 + Math.floor(rand() * 3)));
      // Some names start with punctuation, some are the same name in another case or spelling.
      if (round % 3 === 0) texts.push(`“${pick(words)}”`, `-${pick(words)}`, `'${pick(words)}`);
      if (round % 4 === 0) texts.push('Kelvin', 'state', 'σοφος', '𝒜');
      const terms: NamedTerm[] = texts.map((text, i) => ({ text, kind: 'concept', id: `t${String(i)}` }));
      const text = phrase(400);
      const expected = reference(terms, text);
      found += expected.length;
      expect(spans(terms, text)).toEqual(expected);
    }
    // The texts do name the names, many times.
    expect(found).toBeGreaterThan(500);
  });
});
