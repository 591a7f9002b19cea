/**
 * A synthetic but valid Glossa content tree of any size, for the build benchmarks.
 *
 * Deterministic (seeded): the same options always write the same files. Concepts have the
 * frontmatter an editor would write (aliases, a short definition, a category, 1–3 relations
 * whose `broader` links form a tree, sources, revisions) and a 150–250-word entry with 2–3
 * `<Concept id>` cross-references. Papers have ~25 numbered paragraphs (~2,000 words) under
 * a synopsis and four section headings, with 60–100 concept references mixing
 * `<Concept id="…">`, title and alias forms. Each paper draws most of its concepts from its
 * own cluster of the glossary and the rest from a core of 20 concepts used everywhere, so every
 * concept is used somewhere and a few are used in every paper, as in a real collection.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What to generate. */
export interface CorpusOptions {
  /** Number of concepts. */
  concepts: number;
  /** Number of papers; default max(2, round(concepts / 50)). */
  papers?: number;
  /** PRNG seed; default 1. */
  seed?: number;
}

/** What was generated. */
export interface CorpusStats {
  concepts: number;
  papers: number;
  sources: number;
  contrasts: number;
  /** Average words of a concept entry body. */
  conceptWords: number;
  /** Average words of a paper body. */
  paperWords: number;
  /** Concept references per paper: average, fewest, most. */
  paperRefs: { avg: number; min: number; max: number };
  /** Cross-references per concept entry, on average. */
  conceptRefs: number;
  /** Files and bytes written. */
  files: number;
  bytes: number;
}

/** Default paper count for a glossary of `concepts` entries. */
export const papersFor = (concepts: number): number => Math.max(2, Math.round(concepts / 50));

/** mulberry32: a small deterministic PRNG returning floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MODIFIERS = (
  'strategic extended collective nuclear conventional coercive credible regional cooperative ' +
  'asymmetric hybrid integrated maritime economic diplomatic tacit formal informal limited total ' +
  'preventive normative institutional structural defensive offensive reciprocal mutual selective ' +
  'graduated calibrated latent declaratory operational tactical political legal humanitarian ' +
  'territorial partial comprehensive bilateral multilateral unilateral punitive flexible massive ' +
  'minimal general immediate direct indirect positive negative relative absolute systemic domestic ' +
  'transnational liberal realist critical classical emergent adaptive resilient distributed ' +
  'centralised civilian military orbital informational financial technological demographic ' +
  'environmental ideological cultural contested shared hegemonic nascent durable fragile'
).split(' ');

const HEADS = (
  'guarantee alliance commitment threat signal posture doctrine dilemma spiral bargain ' +
  'intervention partnership coalition treaty norm sanction regime order balance strategy policy ' +
  'capability response blockade buffer zone pact accord concession ultimatum tripwire footprint ' +
  'deployment reserve arsenal shield umbrella hedge bloc axis frontier corridor enclave mandate ' +
  'mission campaign threshold ceiling linkage assurance pledge veto framework institution ' +
  'ladder gambit stalemate standoff truce ceasefire settlement mechanism'
).split(' ');

const WORDS = (
  'the of and to in a that is for as on with by this which be are its from or at an it not ' +
  'state states power security war peace conflict order actors government policy analysis ' +
  'argument evidence case cases period region interests institutions alliance partners ' +
  'adversary adversaries forces leaders decision decisions costs risks benefits outcome outcomes ' +
  'question questions approach literature scholars debate account accounts model models theory ' +
  'practice history practices means ends level levels system systems change continuity pressure ' +
  'resources capacity credibility commitments signals restraint escalation negotiations treaty ' +
  'support opposition public domestic international regional global military economic political ' +
  'legal strategic limited broader narrower earlier later central important relevant particular ' +
  'general specific common different similar significant modest considerable remains suggests ' +
  'shows argues explains reflects shapes affects depends requires allows implies indicates ' +
  'assumes emphasises considers examines describes within between across against without after ' +
  'before during because although while however therefore thus also often rarely usually ' +
  'largely partly mostly only still even more less most least many few several some each ' +
  'both either neither such other another these those their his her our one two three first ' +
  'second third new old recent long short early late high low great small large'
).split(' ');

const CATEGORIES = [
  ['power-and-coercion', 'Power and coercion'],
  ['deterrence', 'Deterrence'],
  ['alliances-and-guarantees', 'Alliances and guarantees'],
  ['conflict-dynamics', 'Conflict dynamics'],
  ['alternatives-to-deterrence', 'Alternatives to deterrence'],
  ['institutions-and-law', 'Institutions and law'],
  ['economic-statecraft', 'Economic statecraft'],
  ['theory-and-method', 'Theory and method'],
] as const;

const FAMILY = 'Tan Okafor Lindqvist Moreau Haddad Novak Sato Ferreira Kowalski Mensah Ibrahim Larsen'.split(
  ' ',
);
const GIVEN = 'Amira Jonas Mei Tomasz Ngozi Lucia Kenji Ines Farid Sofia Daniel Ewa'.split(' ');

function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const yaml = (s: string): string => JSON.stringify(s);
const date = (dayOffset: number): string =>
  new Date(Date.UTC(2024, 0, 1) + dayOffset * 86_400_000).toISOString().slice(0, 10);

interface GenConcept {
  id: string;
  title: string;
  aliases: string[];
  category: string;
  broader: string[];
  contrastsWith: string[];
  related: string[];
}

/** Writes the corpus into `dir/content` (replacing it) and returns what it wrote. */
export function generateCorpus(dir: string, options: CorpusOptions): CorpusStats {
  const n = options.concepts;
  const paperCount = options.papers ?? papersFor(n);
  const rand = prng(options.seed ?? 1);
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(rand() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  if (n > MODIFIERS.length * HEADS.length)
    throw new Error(`at most ${MODIFIERS.length * HEADS.length} concepts`);
  if (n < 30) throw new Error('at least 30 concepts');

  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'concepts'), { recursive: true });
  mkdirSync(join(content, 'papers'), { recursive: true });
  mkdirSync(join(content, 'contrasts'), { recursive: true });
  let files = 0;
  let bytes = 0;
  const write = (path: string, text: string): void => {
    writeFileSync(join(content, path), text);
    files += 1;
    bytes += Buffer.byteLength(text);
  };

  // Titles: every modifier × head pair, in a seeded order, the first n of them.
  const pairs: [string, string][] = [];
  for (const m of MODIFIERS) for (const h of HEADS) pairs.push([m, h]);
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const a = pairs[i];
    const b = pairs[j];
    if (a && b) [pairs[i], pairs[j]] = [b, a];
  }
  const concepts: GenConcept[] = pairs.slice(0, n).map(([m, h], i) => {
    const title = capitalise(`${m} ${h}`);
    const aliases = [`${m} ${plural(h)}`];
    if (i % 3 === 0) aliases.push(`${m} ${h} theory`);
    return {
      id: slug(title),
      title,
      aliases,
      category: pick(CATEGORIES)[0],
      broader: [],
      contrastsWith: [],
      related: [],
    };
  });
  const other = (i: number): GenConcept => {
    for (;;) {
      const c = concepts[int(0, n - 1)];
      if (c && c !== concepts[i]) return c;
    }
  };
  // Relations: `broader` points to a lower index (a tree of branching 8, so no cycle), plus
  // `related` and `contrastsWith` to any other concept; 1–3 relations in all.
  concepts.forEach((c, i) => {
    const parent = concepts[Math.floor((i - 1) / 8)];
    if (i > 0 && parent && rand() < 0.6) c.broader.push(parent.id);
    const want = int(1, 3) - c.broader.length;
    for (let k = 0; k < want; k++) {
      const target = other(i).id;
      if (c.broader.includes(target) || c.related.includes(target) || c.contrastsWith.includes(target))
        continue;
      if (rand() < 0.25) c.contrastsWith.push(target);
      else c.related.push(target);
    }
    if (c.broader.length + c.related.length + c.contrastsWith.length === 0) c.related.push(other(i).id);
  });

  // Words and sentences.
  const sentence = (min: number, max: number, inserts: string[] = []): string => {
    const words = Array.from({ length: int(min, max) }, () => pick(WORDS));
    // Concept references go anywhere but the first word.
    for (const insert of inserts) words.splice(int(1, words.length), 0, insert);
    return `${capitalise(words.join(' '))}.`;
  };
  const countWords = (text: string): number =>
    text
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter((w) => /[a-z]/i.test(w)).length;

  // Site settings and the bibliography.
  const sourceCount = Math.max(20, Math.round(n / 10));
  const sourceIds = Array.from(
    { length: sourceCount },
    (_, i) => `${slug(pick(FAMILY))}-${1950 + (i % 75)}-${i}`,
  );
  write(
    'site.yaml',
    [
      'title: Glossa benchmark',
      'description: A synthetic collection of annotated papers, generated for the build benchmarks.',
      'publisher: Glossa benchmark',
      'editors: []',
      'license: Synthetic text, generated for benchmarking.',
      'language: en-GB',
      'categories:',
      ...CATEGORIES.flatMap(([id, title]) => [`  - id: ${id}`, `    title: ${title}`]),
      '',
    ].join('\n'),
  );
  write(
    'bibliography.yaml',
    sourceIds
      .map((id, i) => {
        const kind = i % 3 === 0 ? 'article-journal' : 'book';
        const title = capitalise(
          `${pick(MODIFIERS)} ${plural(pick(HEADS))} and the ${pick(WORDS)} ${pick(HEADS)}`,
        );
        return [
          `${id}:`,
          `  type: ${kind}`,
          `  title: ${yaml(title)}`,
          `  author:`,
          `    - { family: ${pick(FAMILY)}, given: ${pick(GIVEN)} }`,
          `  issued: { date-parts: [[${1950 + (i % 75)}]] }`,
          kind === 'book'
            ? `  publisher: ${pick(FAMILY)} University Press\n  publisher-place: Cambridge`
            : `  container-title: Journal of ${capitalise(pick(MODIFIERS))} Studies\n  volume: "${int(1, 60)}"\n  page: ${int(1, 200)}–${int(201, 400)}`,
          '',
        ].join('\n');
      })
      .join('\n'),
  );

  // Concepts.
  const byId = new Map(concepts.map((c) => [c.id, c]));
  let conceptWords = 0;
  let conceptRefs = 0;
  concepts.forEach((c, i) => {
    const targets = [...c.broader, ...c.related, ...c.contrastsWith];
    const refCount = int(2, 3);
    while (targets.length < refCount) {
      const t = other(i).id;
      if (!targets.includes(t)) targets.push(t);
    }
    const refs = targets.slice(0, refCount).map((id) => {
      const t = byId.get(id);
      return `<Concept id="${id}">${(t?.title ?? id).toLowerCase()}</Concept>`;
    });
    conceptRefs += refs.length;
    const target = int(150, 250);
    const paragraphs: string[] = [];
    let words = 0;
    let pending = [...refs];
    while (words < target) {
      const parts: string[] = [];
      const sentences = int(3, 5);
      for (let s = 0; s < sentences && words < target; s++) {
        const insert = pending.length > 0 && rand() < 0.5 ? [pending.shift() ?? ''] : [];
        const text = sentence(10, 20, insert);
        words += countWords(text);
        parts.push(text);
      }
      paragraphs.push(parts.join(' '));
    }
    if (pending.length > 0) paragraphs.push(sentence(8, 12, pending));
    pending = [];
    const body = `The ${c.title.toLowerCase()} is a term of art. ${paragraphs.join('\n\n')}`;
    conceptWords += countWords(body);
    const created = int(0, 300);
    const revisions = [created];
    for (let r = int(0, 2); r > 0; r--) revisions.push((revisions.at(-1) ?? created) + int(1, 90));
    const sources = Array.from({ length: int(1, 3) }, () => pick(sourceIds)).filter(
      (s, k, all) => all.indexOf(s) === k,
    );
    const short =
      `A ${pick(MODIFIERS)} arrangement in which ${pick(WORDS)} ${plural(pick(HEADS))} shape the conduct of states. ` +
      `Used here as in the ${pick(MODIFIERS)} literature on ${plural(pick(HEADS))}.`;
    const relLines = (['broader', 'contrastsWith', 'related'] as const)
      .filter((k) => c[k].length > 0)
      .map((k) => `  ${k}: [${c[k].join(', ')}]`);
    write(
      `concepts/${c.id}.mdx`,
      [
        '---',
        `title: ${yaml(c.title)}`,
        `aliases: [${c.aliases.map(yaml).join(', ')}]`,
        `short: ${yaml(short)}`,
        `category: ${c.category}`,
        ...(relLines.length > 0 ? ['relations:', ...relLines] : []),
        'sources:',
        ...sources.flatMap((ref, k) =>
          k === 0 ? [`  - ref: ${ref}`, `    note: ${yaml(sentence(6, 12))}`] : [`  - ref: ${ref}`],
        ),
        `created: ${date(created)}`,
        'revisions:',
        ...revisions.flatMap((d, k) => [
          `  - date: ${date(d)}`,
          `    note: ${k === 0 ? 'First published.' : yaml(sentence(4, 8))}`,
        ]),
        '---',
        '',
        body,
        '',
      ].join('\n'),
    );
  });

  // Side-by-side comparisons: one for about every 25 concepts, from the contrastsWith relations.
  let contrasts = 0;
  for (const c of concepts) {
    const target = c.contrastsWith[0];
    if (target === undefined || contrasts >= Math.ceil(n / 25)) continue;
    const right = byId.get(target);
    if (!right) continue;
    contrasts += 1;
    write(
      `contrasts/${c.id}-vs-${target}.yaml`,
      [
        `title: ${yaml(`${c.title} and ${right.title.toLowerCase()} compared`)}`,
        `concepts: [${c.id}, ${target}]`,
        'rows:',
        ...['Mechanism', 'Main risk', 'Best suited to'].flatMap((aspect) => [
          `  - aspect: ${aspect}`,
          `    left: ${yaml(sentence(5, 10))}`,
          `    right: ${yaml(sentence(5, 10))}`,
        ]),
        '',
      ].join('\n'),
    );
  }

  // Papers.
  const core = concepts.slice(0, 20);
  const perCluster = Math.max(40, Math.ceil(n / paperCount));
  let paperWords = 0;
  const refCounts: number[] = [];
  const ref = (c: GenConcept): string => {
    const form = rand();
    if (form < 0.4) return `<Concept id="${c.id}">${c.title.toLowerCase()}</Concept>`;
    if (form < 0.75) return `<Concept>${rand() < 0.5 ? c.title : c.title.toLowerCase()}</Concept>`;
    return `<Concept>${pick(c.aliases)}</Concept>`;
  };
  for (let k = 0; k < paperCount; k++) {
    const start = Math.floor((k * n) / paperCount);
    const cluster = Array.from({ length: perCluster }, (_, j) => concepts[(start + j) % n]).filter(
      (c): c is GenConcept => c !== undefined,
    );
    // Every concept of the cluster once (so that every concept is used by some paper), then
    // picks from the core (a quarter) and from the cluster, all in a shuffled order.
    const own = cluster.slice(0, Math.ceil(n / paperCount));
    const refTotal = Math.max(int(60, 100), own.length + 2);
    const chosen = [...own];
    while (chosen.length < refTotal) chosen.push(rand() < 0.25 ? pick(core) : pick(cluster));
    for (let i = chosen.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const x = chosen[i];
      const y = chosen[j];
      if (x && y) [chosen[i], chosen[j]] = [y, x];
    }
    let next = 0;
    const choose = (): GenConcept => chosen[next++] ?? pick(core);
    const paragraphCount = 25;
    const perParagraph = Array.from(
      { length: paragraphCount },
      (_, p) =>
        Math.floor(((p + 1) * (refTotal - 2)) / paragraphCount) -
        Math.floor((p * (refTotal - 2)) / paragraphCount),
    );
    const headings = ['Introduction', 'The argument', 'The evidence', 'Implications and limits'];
    const lines: string[] = [];
    const synopsisRefs = [ref(choose()), ref(choose())];
    lines.push(
      '## Synopsis',
      '',
      '<Synopsis>',
      '',
      `*${sentence(14, 20, synopsisRefs.slice(0, 1))} ${sentence(12, 18, synopsisRefs.slice(1))}*`,
      '',
      '</Synopsis>',
      '',
    );
    let refs = synopsisRefs.length;
    perParagraph.forEach((count, p) => {
      if (p % 7 === 0) lines.push(`## ${headings[p / 7] ?? 'Conclusion'}`, '');
      const inserts = Array.from({ length: count }, () => ref(choose()));
      refs += inserts.length;
      const sentences: string[] = [];
      const sentenceCount = int(4, 6);
      for (let s = 0; s < sentenceCount; s++) {
        const mine = inserts.filter((_, x) => x % sentenceCount === s);
        sentences.push(sentence(11, 17, mine));
      }
      lines.push(sentences.join(' '), '');
    });
    refCounts.push(refs);
    const body = lines.join('\n');
    paperWords += countWords(body);
    const a = pick(cluster);
    const b = pick(cluster);
    const family = pick(FAMILY);
    const given = pick(GIVEN);
    const id = `study-${String(k + 1).padStart(3, '0')}-${a.id}`;
    write(
      `papers/${id}.mdx`,
      [
        '---',
        `title: ${yaml(`${a.title} and ${b.title.toLowerCase()}: study ${k + 1}`)}`,
        'authors:',
        `  - family: ${family}`,
        `    given: ${given}`,
        `    bio: ${yaml(`is a research fellow in the ${capitalise(pick(MODIFIERS))} Studies Programme.`)}`,
        'genre: Commentary',
        'series: Benchmark Paper',
        `number: "${String(k + 1).padStart(3, '0')}/2025"`,
        `issued: "${date(400 + k)}"`,
        // One key per work: two papers by authors of the same family and year would otherwise share one.
        `citationKey: ${family.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-2025-${String(k + 1)}`,
        'publisher: Institute of Synthetic Studies',
        'institution: Centre for Benchmarks',
        'publisherPlace: Nowhere',
        `url: https://example.org/papers/${id}`,
        'language: en-GB',
        'disclaimer: The views are synthetic and represent no one.',
        'rights: These commentaries may be reproduced with permission. Write to rights@example.org.',
        'rightsContact: rights@example.org',
        'publisherAddress:',
        '  - Institute of Synthetic Studies',
        '  - 1 Example Road, Nowhere',
        `editionNote: ${yaml('This edition was generated for the build benchmarks.')}`,
        `created: "${date(800)}"`,
        '---',
        '',
        body,
      ].join('\n'),
    );
  }

  const avg = (total: number, count: number) => Math.round(total / Math.max(count, 1));
  return {
    concepts: n,
    papers: paperCount,
    sources: sourceCount,
    contrasts,
    conceptWords: avg(conceptWords, n),
    paperWords: avg(paperWords, paperCount),
    paperRefs: {
      avg: avg(
        refCounts.reduce((s, x) => s + x, 0),
        paperCount,
      ),
      min: Math.min(...refCounts),
      max: Math.max(...refCounts),
    },
    conceptRefs: Math.round((conceptRefs / n) * 10) / 10,
    files,
    bytes,
  };
}
