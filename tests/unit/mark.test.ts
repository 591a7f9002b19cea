/** `npm run mark`: which words are proposed, which are left alone, and what --write writes. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/lib/content/glossary-index.ts';
import { glossaryFrom } from '../../src/cli/mark/glossary-terms.ts';
import { proposeMarks } from '../../src/cli/mark/find-marks.ts';
import { applyMarks, formatProposals } from '../../src/cli/mark/apply-marks.ts';
import { paperParagraphs } from '../../src/cli/mark/paper-text.ts';
import { quotedRanges } from '../../src/cli/mark/quotes.ts';
import { testIndex } from './helpers.ts';

const entities = buildIndex(
  'entity',
  [
    {
      id: 'nato',
      data: { title: 'NATO', aliases: ['North Atlantic Treaty Organisation'], short: 'An alliance.' },
    },
    {
      id: 'denial-doc',
      data: { title: 'The Denial Memo', aliases: ['denial'], short: 'A memo.' },
    },
  ],
  () => ({ file: 'x', line: 1, column: 1 }),
).index;
const glossary = glossaryFrom([testIndex, entities]);
const front = '---\ntitle: T\n---\n\n';
const marks = (body: string) =>
  proposeMarks(front + body, glossary).map(
    (p) => `${String(p.paragraph ?? '-')} ${p.text} → ${p.kind} ${p.id}`,
  );

describe('mark: proposals', () => {
  it('marks the first use of each title or alias per section, one per entry in a paragraph, case-insensitively, word-bounded', () => {
    expect(
      marks(
        '## One\n\nDeterrence works. Deterrence again; deterrents and deterring.\n\nCollective defence and deter. Deterring.\n\n## Two\n\nThen deterrence.',
      ),
    ).toEqual([
      '1 Deterrence → Concept deterrence',
      '2 Collective defence → Concept collective-defence',
      '2 deter → Concept deterrence',
      '3 deterrence → Concept deterrence',
    ]);
  });

  it('lets the longest term win, and numbers paragraphs as the build does', () => {
    expect(marks('<Note>Alone.</Note>\n\nDeterrence by denial is a kind.')).toEqual([
      '1 Deterrence by denial → Concept deterrence-by-denial',
    ]);
  });

  it('never marks inside headings, links, code, block quotes, existing marks or notes', () => {
    const body = [
      '## Deterrence',
      '[deterrence](https://example.org) and `deterrence` and <Concept>deterrence</Concept> and <Note>collective defence</Note>.',
      '> Collective defence in a block quote.',
    ].join('\n\n');
    expect(marks(body)).toEqual([]);
  });

  it('leaves quotations of other works alone but marks a term in its own quotation marks', () => {
    expect(marks('He said “collective defence matters” and "deter them".')).toEqual([]);
    expect(marks('The “collective defence” idea; the minister’s “plan to ‘deter’ them”.')).toEqual([
      '1 collective defence → Concept collective-defence',
      '1 deter → Concept deterrence',
    ]);
    expect(quotedRanges('Ukraine’s ‘robust’ “x”')).toEqual([
      { start: 10, end: 18 },
      { start: 19, end: 22 },
    ]);
  });

  it('marks who’s-who names and flags words that name two entries', () => {
    const proposals = proposeMarks(
      `${front}The North Atlantic Treaty Organisation studies denial.`,
      glossary,
    );
    expect(proposals.map((p) => [p.kind, p.id, p.also])).toEqual([
      ['Entity', 'nato', []],
      ['Concept', 'deterrence-by-denial', [{ kind: 'Entity', id: 'denial-doc' }]],
    ]);
    const list = formatProposals(proposals);
    expect(list).toContain(
      '¶1   denial → Concept deterrence-by-denial   ⚠ also names Entity denial-doc: choose one',
    );
    expect(list).toContain('“The North Atlantic Treaty Organisation studies denial.”');
  });
});

describe('mark: --write', () => {
  it('wraps each proposal in place and leaves the text and the rest of the file as they were', () => {
    const source = `${front}## One\n\nWe *deter* by collective defence, not by \\{magic}.\n\nDeterrence.\n`;
    const written = applyMarks(source, proposeMarks(source, glossary), glossary);
    expect(written).toBe(
      `${front}## One\n\nWe *<Concept>deter</Concept>* by <Concept>collective defence</Concept>, not by \\{magic}.\n\n<Concept>Deterrence</Concept>.\n`,
    );
    expect(paperParagraphs(written)).toEqual(paperParagraphs(source));
  });
});
