/**
 * Round trip on our own paper: the publisher's text (tests/fixtures/import/joining-the-dots.txt,
 * a copy of the plain-text source) imported, then marked with the current glossary, against the
 * edition in content/papers/joining-the-dots.mdx: the same paragraphs, word for word, and at
 * least 90 % of the edition's marks proposed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convert } from '../../src/cli/import/convert.ts';
import { loadGlossary, termKey } from '../../src/cli/mark/glossary-terms.ts';
import { proposeMarks } from '../../src/cli/mark/find-marks.ts';
import { applyMarks } from '../../src/cli/mark/apply-marks.ts';
import { paperMarks, paperParagraphs } from '../../src/cli/mark/paper-text.ts';

const root = process.cwd();
const source = join(root, 'tests/fixtures/import/joining-the-dots.txt');
const edition = readFileSync(join(root, 'content/papers/joining-the-dots.mdx'), 'utf8');
const { glossary } = loadGlossary(root, join(root, 'content'));

/** The expected paragraphs from the fixture the e2e tests use (page-break fragments joined). */
function expectedParagraphs(): string[] {
  const blocks = readFileSync(join(root, 'tests/fixtures/source-joining-the-dots.md'), 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const start = blocks.findIndex((b) => b.includes('COMMENTARY')) + 1;
  const end = blocks.findIndex((b) => b.startsWith('***Jun Yan Chang***'));
  const out: string[] = [];
  for (const block of blocks.slice(start, end)) {
    if (block.startsWith('#') || block.includes('Image source:')) continue;
    const text = block
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*/g, '')
      .replace(/\s+/g, ' ');
    const last = out.at(-1);
    if (last !== undefined && !/[.?!”"]$/.test(last)) out[out.length - 1] = `${last} ${text}`;
    else out.push(text);
  }
  return out;
}

describe('import and mark: round trip on joining-the-dots', async () => {
  const imported = await convert(source, readFileSync(source), '2026-11-26');
  const proposals = proposeMarks(imported.mdx, glossary);
  const marked = applyMarks(imported.mdx, proposals, glossary);

  it('gives the edition’s paragraphs, word for word, before and after marking', () => {
    const ours = paperParagraphs(edition);
    expect(ours.length).toBeGreaterThan(15);
    expect(paperParagraphs(imported.mdx)).toEqual(ours);
    expect(paperParagraphs(marked)).toEqual(ours);
    expect(ours).toEqual(expectedParagraphs());
  });

  it('reads the record: title, author and note, number, date, disclaimer, rights, address', () => {
    expect(imported.meta).toMatchObject({
      title: 'Joining the Dots: Security Guarantees for Ukraine',
      authors: [{ family: 'Chang', given: 'Jun Yan', bio: expect.stringMatching(/^is Assistant Professor/) }],
      number: '039/2025',
      issued: '2025-03-25',
      rightsContact: 'RSISPublications@ntu.edu.sg',
      publisherAddress: [
        'S. Rajaratnam School of International Studies, NTU Singapore',
        'Block S4, Level B3, 50 Nanyang Avenue, Singapore 639798',
      ],
    });
    expect(imported.meta.rights).toMatch(/^These commentaries may be reproduced/);
    expect(imported.mdx).toContain(
      '<FigureNote credit="Lauren Hurley / No 10 Downing Street, OGL 3, via Wikimedia Commons.">',
    );
    expect(imported.mdx).not.toContain('](#)');
  });

  it('proposes at least 90 % of the edition’s marks, in the same paragraph or section', () => {
    const idOf = (kind: string, text: string) =>
      glossary.terms.find((t) => t.kind === kind && t.key === termKey(text))?.id;
    const place = (m: { paragraph: number | undefined; section: string }) => m.paragraph ?? `§${m.section}`;
    const proposed = new Set(proposals.map((p) => `${p.kind}:${p.id}@${String(place(p))}`));
    // The tool proposes names; a mark whose words are not a name of its entry ("Joining NATO" for
    // NATO membership for Ukraine, given with an explicit id) is the editor's call, not measured.
    const marks = paperMarks(edition)
      .filter((m) => m.id === undefined || idOf(m.kind, m.text) === m.id)
      .map((m) => ({
        ...m,
        key: `${m.kind}:${m.id ?? idOf(m.kind, m.text) ?? '?'}@${String(place(m))}`,
      }));
    const missed = marks.filter((m) => !proposed.has(m.key));
    const recall = (marks.length - missed.length) / marks.length;
    console.log(
      `marks in the edition: ${String(marks.length)}; proposed: ${String(marks.length - missed.length)} (${(recall * 100).toFixed(1)} %); proposals in all: ${String(proposals.length)}\nmissed:\n${missed.map((m) => `  ${m.key} "${m.text}"${m.inHeading ? ' (in a heading)' : ''}`).join('\n')}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
