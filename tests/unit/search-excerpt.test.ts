/** Search excerpts: whole sentences, the query's real words marked, matches grouped by paragraph. */
import { describe, expect, it } from 'vitest';
import { excerptRuns, placesOf, sentenceAround, wordsOf } from '../../src/scripts/search-excerpt.ts';

const text = (runs: { text: string; mark: boolean }[]) => runs.map((r) => r.text).join('');
const marked = (runs: { text: string; mark: boolean }[]) => runs.filter((r) => r.mark).map((r) => r.text);

const words = wordsOf(
  'Joining the Dots. Deterrence works by denial. NATO (NATO), is an alliance. Nothing here matters.',
);
const at = (word: string) => words.indexOf(word);

describe('sentenceAround', () => {
  it('runs from the word after the last sentence end to the next sentence end', () => {
    const { start, end } = sentenceAround(words, at('works'));
    expect(words.slice(start, end).join(' ')).toBe('Deterrence works by denial.');
  });

  it('cuts a long sentence to 40 words around the match', () => {
    const long = wordsOf(`${Array.from({ length: 100 }, (_, i) => `w${String(i)}`).join(' ')}.`);
    const { start, end } = sentenceAround(long, 50);
    expect(end - start).toBe(40);
    expect(start).toBeLessThanOrEqual(50);
    expect(end).toBeGreaterThan(50);
  });
});

describe('excerptRuns', () => {
  it('gives the whole sentence, with no ellipsis around a whole sentence', () => {
    expect(text(excerptRuns(words, [at('Deterrence')]))).toBe('Deterrence works by denial.');
  });

  it('marks the query words but not stop words or punctuation', () => {
    const runs = excerptRuns(words, [at('Deterrence'), at('by'), at('denial.')]);
    expect(marked(runs)).toEqual(['Deterrence', 'denial']);
    const nato = excerptRuns(words, [at('NATO'), at('(NATO),')]);
    expect(marked(nato)).toEqual(['NATO', 'NATO']);
    expect(text(nato)).toBe('NATO (NATO), is an alliance.');
  });

  it('still marks a query of stop words alone', () => {
    expect(marked(excerptRuns(words, [at('by')]))).toEqual(['by']);
  });

  it('puts an ellipsis only where a sentence is cut', () => {
    const long = wordsOf(`Start. ${Array.from({ length: 100 }, (_, i) => `w${String(i)}`).join(' ')}.`);
    const out = text(excerptRuns(long, [60]));
    expect(out.startsWith('… ')).toBe(true);
    expect(out.endsWith(' …')).toBe(true);
  });
});

describe('placesOf', () => {
  const paper = wordsOf('Synopsis text NATO. One NATO here. Two by nothing. Three NATO and NATO.');
  const anchors = [
    { element: 'h2', id: 'synopsis', text: 'Synopsis', location: 0 },
    { element: 'p', id: 'p1', text: '', location: 3 },
    { element: 'p', id: 'p2', text: '', location: 6 },
    { element: 'p', id: 'p3', text: '', location: 9 },
    { element: 'a', id: 'ignored', text: '', location: 10 },
  ];

  it('groups matches by paragraph or section, in page order, with each place’s bounds', () => {
    const places = placesOf(anchors, [12, 2, 4, 10], paper);
    expect(places.map((p) => [p.anchor?.id, p.from, p.to, p.locations])).toEqual([
      ['synopsis', 0, 3, [2]],
      ['p1', 3, 6, [4]],
      ['p3', 9, paper.length, [10, 12]],
    ]);
  });

  it('leaves out a place that matches only a stop word', () => {
    const places = placesOf(anchors, [4, 7], paper);
    expect(places.map((p) => p.anchor?.id)).toEqual(['p1']);
  });
});
