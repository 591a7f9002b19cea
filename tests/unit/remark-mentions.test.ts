import { describe, expect, it } from 'vitest';
import { runRemark } from './helpers.ts';

describe('remarkMentions', () => {
  it('lists every block that names an entry, marked or not, outside headings and notes', () => {
    const { file } = runRemark(
      [
        '## Why deterrence matters',
        '',
        'We <Concept>deter</Concept> here, and deterrence again in the same paragraph.',
        '',
        'Denial works.<Note>Collective defence is not named here.</Note> So does deterrence by denial.',
        '',
        'Nothing to see.',
      ].join('\n'),
    );
    const found = (file.data.glossa?.occurrences ?? [])
      .map((o) => [o.id, o.paragraph, o.marked, o.text])
      .sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(found).toEqual([
      // ¶1: marked once; the second naming in the same block is not listed again.
      ['deterrence', 1, true, 'deter'],
      // ¶2: named twice ("Denial", "deterrence by denial"), listed once, at its first naming.
      ['deterrence-by-denial', 2, false, 'Denial'],
    ]);
  });

  it('quotes the whole sentence that names the entry', () => {
    const { file } = runRemark('First sentence. Then collective defense, as they say. Last one.');
    expect(file.data.glossa?.occurrences[0]).toMatchObject({
      id: 'collective-defence',
      marked: false,
      context: 'Then collective defense, as they say.',
    });
  });
});
