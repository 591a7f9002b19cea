import { describe, expect, it } from 'vitest';
import {
  alternativeNames,
  inlineRuns,
  inlineTextProblem,
  isInflectionOf,
  plainInline,
  smartQuotes,
} from '../../src/lib/model/typography.ts';
import { straightQuotes } from '../site/typography.ts';

describe('smartQuotes', () => {
  it('turns straight quotes and apostrophes into typographic ones', () => {
    expect(smartQuotes(`Chang's label, "all for one" ('musketeer').`)).toBe(
      'Chang\u2019s label, \u201Call for one\u201D (\u2018musketeer\u2019).',
    );
    expect(smartQuotes('"Quoted" at the start; the 1990s\' end.')).toBe(
      '\u201CQuoted\u201D at the start; the 1990s\u2019 end.',
    );
  });
});

describe('inline text: *italics* for titles', () => {
  it('splits runs at the asterisks and decides quotes on the text a reader sees', () => {
    expect(inlineRuns('Dumas\'s *Les Trois Mousquetaires*, "all for one"')).toEqual([
      { text: 'Dumas\u2019s ', italic: false },
      { text: 'Les Trois Mousquetaires', italic: true },
      { text: ', \u201Call for one\u201D', italic: false },
    ]);
    // A quotation closed right after a title closes, though the asterisk stands before it.
    expect(inlineRuns('"*Common Security*"').map((r) => r.text)).toEqual([
      '\u201C',
      'Common Security',
      '\u201D',
    ]);
    expect(inlineRuns('No italics.')).toEqual([{ text: 'No italics.', italic: false }]);
    expect(plainInline('report *Common Security* (1982)')).toBe('report Common Security (1982)');
  });

  it('accepts paired asterisks around words and names every other problem', () => {
    expect(inlineTextProblem('author of *The Three Musketeers* (1844)')).toBeUndefined();
    expect(inlineTextProblem('*Arms and Influence* and *Deterrence*')).toBeUndefined();
    expect(inlineTextProblem('author of *The Three Musketeers (1844)')).toMatch(/in pairs/);
    expect(inlineTextProblem('a * b * c')).toMatch(/against the words/);
    expect(inlineTextProblem('**bold**')).toMatch(/bold/);
    expect(inlineTextProblem('_Title_')).toMatch(/underscores/);
    expect(inlineTextProblem('<i>Title</i>')).toMatch(/HTML/);
    expect(inlineTextProblem('[a](https://example.org)')).toMatch(/links/);
  });
});

describe('straightQuotes (the built-site check)', () => {
  it('finds straight quotes in text and read attributes, not in code or metadata', () => {
    const html = `<p>Chang's label</p><a aria-description="the paper's">x</a><code>a='b'</code>
      <meta name="description" content="Chang's"><span data-text="Who's who"></span><p>Chang’s</p>`;
    expect(straightQuotes(html)).toEqual([
      "Chang's label",
      'aria-description="the paper\'s"',
      'dataText="Who\'s who"',
    ]);
    expect(straightQuotes('<p>“Curly” and Chang’s</p>')).toEqual([]);
  });
});

describe('alternativeNames', () => {
  it('drops inflections of the title and of names already kept', () => {
    expect(
      alternativeNames('Deterrence', [
        'deter',
        'deters',
        'deterred',
        'deterring',
        'deterrent',
        'deterrence theory',
      ]),
    ).toEqual(['deterrence theory']);
    expect(
      alternativeNames('Deterrence through resilience', [
        'resilience',
        'resilient',
        'deterrence by resilience',
      ]),
    ).toEqual(['resilience', 'deterrence by resilience']);
  });
  it('keeps short forms and names of another shape', () => {
    expect(alternativeNames('Deterrence by denial', ['denial', 'deterrence through denial'])).toEqual([
      'denial',
      'deterrence through denial',
    ]);
    expect(alternativeNames('NATO', ['North Atlantic Treaty Organisation', 'the Alliance'])).toEqual([
      'North Atlantic Treaty Organisation',
      'the Alliance',
    ]);
    expect(isInflectionOf('power', 'powers')).toBe(true);
    expect(
      alternativeNames('NATO', ['North Atlantic Treaty Organisation', 'North Atlantic Treaty Organization']),
    ).toEqual(['North Atlantic Treaty Organisation']);
    expect(isInflectionOf('compellence', 'coercion')).toBe(false);
  });
});
