/**
 * The editorial policy (docs/editorial-policy.md) as checks on the files under content/: sources,
 * URLs, "coinedBy", the glossary the content brief asks for, and how new and corrected entries
 * are written. Reads the files directly with the `yaml` package; no Astro.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { paperSchema } from '../../src/lib/model/schemas.ts';
import { paperKey } from '../../src/lib/citations/records.ts';
import { splitFrontmatter } from '../../src/lib/content/yaml.ts';

interface SourceRef {
  ref: string;
  note?: string;
}
interface Entry {
  kind: 'concepts' | 'entities';
  id: string;
  data: Record<string, unknown> & {
    sources?: SourceRef[];
    coinedBy?: string;
    created?: string;
    revisions?: { date: string; note: string }[];
  };
  frontmatter: string;
  body: string;
}

/** The date the editorial policy took effect: entries created on or after it follow its rules. */
const POLICY_DATE = '2026-11-29';
const root = (...p: string[]) => join(process.cwd(), 'content', ...p);

function readEntries(kind: Entry['kind']): Entry[] {
  return readdirSync(root(kind))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(root(kind, f), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
      if (!match) throw new Error(`${kind}/${f}: no frontmatter`);
      const frontmatter = match[1] ?? '';
      return {
        kind,
        id: f.replace(/\.mdx$/, ''),
        data: parse(frontmatter) as Entry['data'],
        frontmatter,
        body: text.slice(match[0].length),
      };
    });
}

const entries = [...readEntries('concepts'), ...readEntries('entities')];
// The shelf: the records of content/bibliography.yaml and each paper's own record, under its key.
const papers = readdirSync(root('papers'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) =>
    paperSchema.parse(parse(splitFrontmatter(readFileSync(root('papers', f), 'utf8'))?.yaml ?? '')),
  );
const bibliography: Record<string, { URL?: string; DOI?: string }> = {
  ...(parse(readFileSync(root('bibliography.yaml'), 'utf8')) as Record<
    string,
    { URL?: string; DOI?: string }
  >),
  ...Object.fromEntries(papers.map((p) => [paperKey(p), { URL: p.url }])),
};
const bibliographyUrls = new Set(Object.values(bibliography).flatMap((r) => (r.URL ? [r.URL] : [])));
const label = (e: Entry) => `${e.kind}/${e.id}`;
const words = (mdx: string) =>
  mdx
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((w) => /\w/.test(w)).length;
/** Absolute URLs written anywhere in a file: the only kind that can point off the site. */
const urlsIn = (text: string) => text.match(/\bhttps?:\/\/[^\s)>"'\]]+/g) ?? [];
/** The policy's test for a source that supports a coinage: its note says the term was coined. */
const supportsCoinage = (s: SourceRef) => /\bcoin(ed|age)\b/i.test(s.note ?? '');

describe('sources', () => {
  it.each(entries.map((e) => [label(e), e] as const))('%s cites at least one work', (_, e) => {
    expect(e.data.sources?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(entries.map((e) => [label(e), e] as const))(
    '%s cites only works on the shelf (bibliography.yaml and the papers)',
    (_, e) => {
      const unknown = (e.data.sources ?? []).map((s) => s.ref).filter((ref) => !(ref in bibliography));
      expect(unknown).toEqual([]);
    },
  );

  it.each(entries.map((e) => [label(e), e] as const))(
    '%s links to no address outside the bibliography (site pages use relative links)',
    (_, e) => {
      const stray = urlsIn(`${e.frontmatter}\n${e.body}`).filter((u) => !bibliographyUrls.has(u));
      expect(stray).toEqual([]);
    },
  );

  it('finds a stray URL when there is one (the check above can fail)', () => {
    expect(urlsIn('See <https://example.org/x> and [a](https://b.example/y).')).toEqual([
      'https://example.org/x',
      'https://b.example/y',
    ]);
  });
});

describe('labels and coinages', () => {
  it.each(entries.filter((e) => e.data.coinedBy !== undefined).map((e) => [label(e), e] as const))(
    '%s credits a coinage only with a source whose note says the term was coined',
    (_, e) => {
      expect((e.data.sources ?? []).some(supportsCoinage)).toBe(true);
    },
  );

  it('applies the coinage rule to source notes as written', () => {
    expect(supportsCoinage({ ref: 'x', note: 'Coined the term in 1966.' })).toBe(true);
    expect(supportsCoinage({ ref: 'x', note: 'Uses the label ("what I like to call").' })).toBe(false);
  });

  it('treats the musketeer principle as Chang’s label, not his coinage', () => {
    const musketeer = entries.find((e) => e.id === 'musketeer-principle');
    expect(musketeer?.data.coinedBy).toBeUndefined();
    expect(musketeer?.data['short']).toMatch(/label/i);
    expect(musketeer?.body).not.toMatch(/Chang's own name|coined by Chang/i);
  });

  it('keeps "collective self-defence" (a UN Charter right) out of the aliases of collective defence', () => {
    const aliases = entries.find((e) => e.id === 'collective-defence')?.data['aliases'];
    expect(aliases).not.toEqual(expect.arrayContaining(['collective self-defence']));
  });
});

describe('relations', () => {
  const relations = (e: Entry) =>
    (e.data['relations'] ?? {}) as Partial<Record<'broader' | 'related' | 'contrastsWith', string[]>>;
  const concepts = entries.filter((e) => e.kind === 'concepts');

  it('declares each two-way relation in one file only (pages show it on both sides)', () => {
    const twice = concepts.flatMap((e) =>
      (['related', 'contrastsWith'] as const).flatMap((kind) =>
        (relations(e)[kind] ?? [])
          .filter((to) => e.id < to)
          .filter((to) => relations(concepts.find((c) => c.id === to) ?? e)[kind]?.includes(e.id))
          .map((to) => `${kind} ${e.id} ${to}`),
      ),
    );
    expect(twice).toEqual([]);
  });

  it('keeps the relations the paper states (issue #16)', () => {
    const of = (id: string) => {
      const concept = concepts.find((c) => c.id === id);
      if (!concept) throw new Error(`no concept ${id}`);
      return relations(concept);
    };
    expect(of('capability').contrastsWith ?? []).not.toContain('credibility');
    expect(of('capability').related).toContain('credibility');
    expect(of('coalition-of-the-willing').contrastsWith).toContain('collective-defence');
    expect(of('deterrence-through-resilience').broader ?? []).not.toContain('deterrence-by-denial');
    expect(of('deterrence-through-resilience').related).toEqual(
      expect.arrayContaining(['deterrence-by-denial', 'integrated-deterrence']),
    );
  });
});

describe('the glossary the content brief asks for', () => {
  const ids = (kind: Entry['kind']) => entries.filter((e) => e.kind === kind).map((e) => e.id);

  it('has every concept of the brief, including those added in the corrected brief', () => {
    expect(ids('concepts')).toEqual(
      expect.arrayContaining([
        'extended-deterrence',
        'alliance',
        'security-assurances',
        'collective-security',
        'instruments-of-national-power',
      ]),
    );
  });

  it('has every person, organisation and document of the brief', () => {
    expect(ids('entities')).toEqual(
      expect.arrayContaining([
        'volodymyr-zelenskyy',
        'pete-hegseth',
        'donald-trump',
        'keir-starmer',
        'vladimir-putin',
        'nato',
        'biden-administration',
        'rsis',
        'idss',
        'alexandre-dumas',
        'the-three-musketeers',
        'trump-administration',
        'us-ukraine-minerals-deal',
        'palme-commission',
        'olof-palme',
        'jun-yan-chang',
      ]),
    );
  });

  it('gives every person a date for the office the short text names', () => {
    const people = entries.filter((e) => e.kind === 'entities' && e.data['kind'] === 'person');
    const undated = people.filter((e) => !/\b(1[89]|20)\d\d\b/.test(String(e.data['short'])));
    expect(undated.map(label)).toEqual([]);
  });
});

describe('entries written under the policy', () => {
  const recent = entries.filter((e) => (e.data.created ?? '') >= POLICY_DATE);

  it('covers the entries added for the corrected brief', () => {
    expect(recent.length).toBeGreaterThanOrEqual(12);
  });

  it.each(recent.map((e) => [label(e), e] as const))(
    '%s has a body of at least 200 words, with a section on the paper citing ¶ numbers',
    (_, e) => {
      expect(words(e.body)).toBeGreaterThanOrEqual(200);
      expect(e.body).toMatch(/^## .*paper/m);
      expect(e.body).toMatch(/¶\d/);
    },
  );
});

describe('corrections are visible', () => {
  /** Entries corrected for issue #16: each must say what changed, and why, in a dated revision. */
  const corrected = [
    'concepts/musketeer-principle',
    'concepts/deterrence',
    'concepts/deterrence-by-punishment',
    'concepts/deterrence-by-denial',
    'concepts/integrated-deterrence',
    'concepts/security-guarantees',
    'concepts/collective-defence',
    'concepts/capability',
    'concepts/credibility',
    'concepts/coalition-of-the-willing',
    'concepts/deterrence-through-resilience',
    'entities/national-defense-strategy-2022',
    'entities/biden-administration',
    'entities/vladimir-putin',
  ];

  it.each(corrected)('%s has a revision dated 2026-11-29 that explains the change', (name) => {
    const entry = entries.find((e) => label(e) === name);
    const revision = entry?.data.revisions?.find((r) => r.date === '2026-11-29');
    expect(revision?.note.length ?? 0).toBeGreaterThanOrEqual(80);
    expect(revision?.note).not.toMatch(/^(minor|fix(ed)?|update(d)?)\.?$/i);
  });

  it.each(entries.map((e) => [label(e), e] as const))('%s lists its revisions oldest first', (_, e) => {
    const dates = (e.data.revisions ?? []).map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('the corrections of 7 December 2026 (review of that date)', () => {
  const body = (name: string) => entries.find((e) => label(e) === name)?.body ?? '';
  /** Entries corrected for issue #34: each says what changed, and why, in a dated revision. */
  const corrected = [
    'concepts/alliance',
    'concepts/security-assurances',
    'entities/biden-administration',
    'concepts/deterrence',
    'entities/keir-starmer',
    'concepts/coalition-of-the-willing',
    'concepts/capability',
    'concepts/deterrence-by-denial',
    'entities/jun-yan-chang',
    'concepts/integrated-deterrence',
    'entities/trump-administration',
    'entities/the-three-musketeers',
    'entities/alexandre-dumas',
    'entities/palme-commission',
    'concepts/musketeer-principle',
    'concepts/instruments-of-national-power',
    'concepts/security-guarantees',
    'entities/pete-hegseth',
  ];

  it.each(corrected)('%s has a revision dated 2026-12-07 that explains the change', (name) => {
    const revision = entries
      .find((e) => label(e) === name)
      ?.data.revisions?.find((r) => r.date === '2026-12-07');
    expect(revision?.note.length ?? 0).toBeGreaterThanOrEqual(80);
  });

  it('calls Ukraine a NATO partner, not an ally, with the dates of the partnership', () => {
    expect(body('concepts/alliance')).not.toMatch(/in neither position/);
    expect(body('concepts/alliance')).toMatch(/NATO partner but not an ally/);
    for (const fact of ['Partnership for Peace in 1994', 'Distinctive Partnership', '12 June 2020']) {
      expect(body('concepts/alliance')).toContain(fact);
    }
  });

  it('keeps the hedge of ¶18 with Ukraine: no entry makes it Chang’s own doubt', () => {
    const doubt = /(Chang|he) doubts|leads him to doubt|(his|Chang['’]s) (closing|later) doubts?/;
    expect(entries.filter((e) => doubt.test(e.body)).map(label)).toEqual([]);
  });

  it('counts and dates what the review found miscounted or misdated', () => {
    expect(body('entities/biden-administration')).toMatch(/three times \(¶11, ¶13, ¶17\)/);
    expect(body('concepts/security-assurances')).not.toMatch(/to the last \(¶21\)/);
    expect(body('entities/palme-commission')).not.toMatch(/It worked from 1980 to 1982/);
    expect(body('entities/the-three-musketeers')).not.toMatch(/English often reverses/);
    expect(body('entities/jun-yan-chang')).toContain('(<Entity id="idss">IDSS</Entity>) of RSIS');
    expect(body('entities/pete-hegseth')).toMatch(/^At the paper's date, Pete Hegseth was/m);
  });

  it('keeps aliases to other names of the same idea', () => {
    const aliases = (name: string) =>
      (entries.find((e) => label(e) === name)?.data['aliases'] ?? []) as string[];
    expect(aliases('concepts/security-guarantees')).not.toEqual(expect.arrayContaining(['guarantee']));
    expect(aliases('concepts/security-assurances')).toEqual(['security assurance']);
    expect(aliases('concepts/instruments-of-national-power')).not.toContain('national power');
  });

  it('has the entries a student still missed, written under the policy', () => {
    const added = [
      'concepts/ceasefire',
      'concepts/peace-agreement',
      'concepts/nato-membership-for-ukraine',
      'concepts/nuclear-deterrence',
      'concepts/defence',
      'concepts/tripwire-force',
      'entities/russia-ukraine-war',
      'entities/early-2025-negotiations',
      'entities/cold-war',
    ];
    expect(entries.map(label)).toEqual(expect.arrayContaining(added));
    for (const name of added) expect(entries.find((e) => label(e) === name)?.data.created).toBe('2026-12-07');
  });

  it('dates the edition’s own changes: revisions oldest first, from its creation, each saying what changed', () => {
    for (const paper of papers) {
      const dates = paper.revisions.map((r) => r.date);
      expect(dates).toEqual([...dates].sort());
      expect(dates[0]).toBe(paper.created);
      for (const r of paper.revisions.slice(1)) expect(r.note.length, r.date).toBeGreaterThanOrEqual(80);
    }
    expect(papers.find((p) => p.number === '039/2025')?.revisions.map((r) => r.date)).toEqual(
      expect.arrayContaining(['2026-11-29', '2026-12-07']),
    );
  });

  it('quotes the Bucharest declaration only as the declaration words it', () => {
    const text = body('concepts/nato-membership-for-ukraine');
    expect(text).toContain('"We agreed today that these countries will become members of NATO."');
  });
});

describe("editor's notes in the paper", () => {
  const paper = readFileSync(root('papers', 'joining-the-dots.mdx'), 'utf8');
  const notes = [...paper.matchAll(/<Note>([\s\S]*?)<\/Note>/g)].map((m) => m[1] ?? '');

  it('finds the notes', () => {
    expect(notes.length).toBeGreaterThanOrEqual(6);
  });

  it('dates every note that states who held an office, so that it reads true later', () => {
    const offices = notes.filter((n) => /\b(President|Prime Minister|Secretary)\b/.test(n));
    expect(offices.length).toBeGreaterThanOrEqual(3);
    expect(offices.filter((n) => !n.includes('25 March 2025'))).toEqual([]);
  });
});
