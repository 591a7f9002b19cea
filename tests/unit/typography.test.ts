import { describe, expect, it } from 'vitest';
import { alternativeNames, isInflectionOf, smartQuotes } from '../../src/lib/site/typography.ts';

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
