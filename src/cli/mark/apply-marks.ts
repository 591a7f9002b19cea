/** Writes proposed marks into the MDX source at their offsets, and prints them for review. */
import type { Glossary } from './glossary-terms.ts';
import type { Proposal } from './find-marks.ts';

/** The source with every proposal wrapped as `<Concept>…</Concept>` / `<Entity id="…">…</Entity>`. */
export function applyMarks(source: string, proposals: readonly Proposal[], glossary: Glossary): string {
  let out = source;
  for (const p of [...proposals].sort((a, b) => b.start - a.start)) {
    const words = out.slice(p.start, p.end);
    // The tree's offsets hold for plain text; a node with escapes in it is skipped, not garbled.
    if (words.replace(/\s+/g, ' ') !== p.text.replace(/\s+/g, ' ')) continue;
    const id = glossary.resolves(p.kind, words, p.id) ? '' : ` id="${p.id}"`;
    out = `${out.slice(0, p.start)}<${p.kind}${id}>${words}</${p.kind}>${out.slice(p.end)}`;
  }
  return out;
}

/** A reviewable list: ¶ number, term → id, the sentence; words that name two entries flagged. */
export function formatProposals(proposals: readonly Proposal[]): string {
  const lines: string[] = [];
  let section: string | undefined;
  for (const p of proposals) {
    if (p.section !== section) {
      section = p.section;
      lines.push('', `## ${section || '(before the first heading)'}`);
    }
    const where = p.paragraph === undefined ? '  – ' : `¶${String(p.paragraph)}`.padEnd(4);
    const also =
      p.also.length > 0
        ? `   ⚠ also names ${p.also.map((e) => `${e.kind} ${e.id}`).join(', ')}: choose one`
        : '';
    lines.push(`${where} ${p.text} → ${p.kind} ${p.id}${also}`, `       “${p.sentence}”`);
  }
  return lines.join('\n');
}
