/**
 * The name search of src/lib/paper/mentions.ts finds exactly what one regular expression with
 * every name as an alternative (longest first, case-insensitive, bounded by non-letters) finds, the
 * way it was searched before: kept here as the reference. Compared on the real paper with the real
 * glossary, and on generated texts and names built to catch the edges (case folding of ſ, the
 * Kelvin sign, final sigma, rounded Cyrillic and iota with its mark, apostrophes and hyphens in
 * both spellings, names inside words and after hyphens, names that start with punctuation,
 * surrogate pairs).
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
    const words = ['deterrence', 'denial', 'NATO', 'Ukraine', 'co', 'operation', 'state', 'kelvin'];
    const words2 = ['σοφος', 'ιδεα', 'сова', 'вода', 'straße', 'μικρο', 'ångström', '9', '11', 'x𝒜y', '𞤢𐐨'];
    // Spellings one case-insensitive expression takes for the same letter: case, ſ, the Kelvin and
    // Ångström signs, final sigma, iota and its combining form U+0345, rounded Cyrillic, ẞ, µ.
    const variants: Record<string, readonly string[]> = {
      s: ['s', 'S', 'ſ'],
      k: ['k', 'K', 'K'],
      σ: ['σ', 'ς', 'Σ'],
      ς: ['ς', 'σ', 'Σ'],
      ι: ['ι', 'Ι', '\u0345', 'ι'],
      в: ['в', 'В', 'ᲀ'],
      с: ['с', 'С', 'ᲃ'],
      ß: ['ß', 'ẞ'],
      μ: ['μ', 'µ', 'Μ'],
      å: ['å', 'Å', 'Å'],
      a: ['a', 'A'],
      '𞤢': ['𞤢', '𞤀'],
      '𐐨': ['𐐨', '𐐀'],
    };
    const joins = [
      ' ',
      '  ',
      '\u00a0',
      '-',
      '‐',
      '‑',
      "'s ",
      '’s ',
      ', ',
      '. ',
      '\n',
      '—',
      '',
      '“',
      '”',
      '\u0301',
    ];
    const rand = random(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
    const vary = (text: string) =>
      [...text].map((c) => (variants[c] && rand() < 0.5 ? pick(variants[c] ?? [c]) : c)).join('');
    const phrase = (n: number) =>
      Array.from({ length: n }, () => pick(rand() < 0.5 ? words : words2)).reduce(
        (a, w) => a + pick(joins) + w,
      );
    let found = 0;
    for (let round = 0; round < 200; round++) {
      const texts = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => {
        const name = vary(phrase(1 + Math.floor(rand() * 3)));
        // Some names start or end with punctuation or spaces.
        return rand() < 0.1 ? pick(joins) + name : rand() < 0.1 ? name + pick(joins) : name;
      });
      const terms: NamedTerm[] = texts.map((text, i) => ({ text, kind: 'concept', id: `t${String(i)}` }));
      // Mostly the names themselves, in other spellings, among other words.
      const text = Array.from({ length: 60 }, () => (rand() < 0.6 ? vary(pick(texts)) : phrase(1))).reduce(
        (a, w) => a + pick(joins) + w,
      );
      const expected = reference(terms, text);
      found += expected.length;
      expect(spans(terms, text)).toEqual(expected);
    }
    // The texts do name the names, many times.
    expect(found).toBeGreaterThan(2000);
  });

  it("finds a name through letters only their upper case joins, and through iota's combining form", () => {
    const cases: [string[], string][] = [
      [['Сова птица', 'птица'], 'ᲃова птица'],
      [['αιμα ξ', 'ξ'], 'α\u0345μα ξ'],
      [['foo\u0345 bar', 'bar'], 'fooι bar'],
    ];
    for (const [names, text] of cases) {
      const terms: NamedTerm[] = names.map((t, i) => ({ text: t, kind: 'concept', id: `t${String(i)}` }));
      expect(spans(terms, text)).toEqual(reference(terms, text));
      // The longer name wins at the start, so the shorter one is not found on its own.
      expect(spans(terms, text).map((m) => m.start)).not.toContain(text.lastIndexOf(' ') + 1);
    }
  });
});
