/** Rules the published content keeps, beyond what the schemas enforce. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/content/yaml.ts';
import { runRemark } from './helpers.ts';
import { loadContent } from '../../src/lib/content/load.ts';

const dir = (d: string) => join(process.cwd(), 'content', d);
const concepts = readdirSync(dir('concepts')).filter((f) => f.endsWith('.mdx'));
const paper = readFileSync(join(dir('papers'), 'joining-the-dots.mdx'), 'utf8');
const words = (mdx: string) =>
  mdx
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((w) => /\w/.test(w)).length;

describe('the glossary', () => {
  it('has every concept of the content brief', () => {
    const ids = concepts.map((f) => f.replace('.mdx', ''));
    expect(ids).toEqual(
      expect.arrayContaining([
        'security-guarantees',
        'collective-defence',
        'musketeer-principle',
        'deterrence',
        'power',
        'coercion',
        'compellence',
        'capability',
        'credibility',
        'deterrence-by-punishment',
        'deterrence-by-denial',
        'deterrence-through-resilience',
        'integrated-deterrence',
        'common-security',
        'coalition-of-the-willing',
        'red-line',
        'escalation',
        'extended-deterrence',
        'alliance',
        'security-assurances',
        'collective-security',
        'instruments-of-national-power',
      ]),
    );
  });
  it.each(concepts)('%s has a longer entry of at least 120 words and no placeholder text', (file) => {
    const body = splitFrontmatter(readFileSync(join(dir('concepts'), file), 'utf8'))?.body ?? '';
    expect(words(body)).toBeGreaterThanOrEqual(120);
    expect(body).not.toMatch(/lorem ipsum|\bTODO\b|\bTBD\b|placeholder/i);
  });
});

describe('the paper', () => {
  it('has no dead "#" links and no import lines', () => {
    expect(paper).not.toMatch(/\]\(#\)/);
    expect(paper).not.toMatch(/^import /m);
  });
  it('numbers the 21 paragraphs of the commentary (the synopsis is not numbered)', () => {
    const body = splitFrontmatter(paper)?.body ?? '';
    const { file } = runRemark(
      body,
      'content/papers/joining-the-dots.mdx',
      loadContent(process.cwd()).indexes,
    );
    expect(file.data.glossa?.paragraphs.length).toBe(21);
    // Marked only where the paper's words name a concept: compellence, extended deterrence,
    // security assurances, collective security, nuclear deterrence, defence and tripwire forces
    // are not in the text and are not marked.
    const used = new Set(file.data.glossa?.occurrences.filter((o) => o.kind === 'concept').map((o) => o.id));
    expect(used.size).toBe(21);
    for (const absent of [
      'compellence',
      'extended-deterrence',
      'security-assurances',
      'collective-security',
      'nuclear-deterrence',
      'defence',
      'tripwire-force',
    ]) {
      expect(used.has(absent)).toBe(false);
    }
    expect(used.has('alliance')).toBe(true);
    expect(used.has('instruments-of-national-power')).toBe(true);
    for (const marked of ['ceasefire', 'peace-agreement', 'nato-membership-for-ukraine']) {
      expect(used.has(marked)).toBe(true);
    }
    const entities = new Set(
      file.data.glossa?.occurrences.filter((o) => o.kind === 'entity').map((o) => o.id),
    );
    for (const marked of ['russia-ukraine-war', 'early-2025-negotiations', 'cold-war']) {
      expect(entities.has(marked)).toBe(true);
    }
  });
  it("keeps the original's heading wording, rights notice, figure credit and author note", () => {
    expect(paper).toContain("## Whiter Deterrence and Ukraine's Security Guarantees?");
    // The original prints these two headings in capitals (see tests/fixtures/source-joining-the-dots.md).
    expect(paper).toMatch(/^## SYNOPSIS$/m);
    expect(paper).toMatch(/^## COMMENTARY$/m);
    expect(paper).toContain('may be reproduced with prior permission from RSIS and due recognition to');
    expect(paper).toContain('Lauren Hurley / No 10 Downing Street, OGL 3, via Wikimedia Commons.');
    expect(paper).toContain('was a combat officer in the Republic of Singapore Navy (RSN)');
  });
});
