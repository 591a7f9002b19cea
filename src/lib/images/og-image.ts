/**
 * Open Graph cards: one 1200×630 PNG per page, drawn at build time with satori (layout to SVG)
 * and resvg (SVG to pixels), encoded by png.ts. Fonts come from @fontsource/source-serif-4 in node_modules; nothing is
 * fetched. `ogImagePath` (og-image-path.ts) says where each page's card is published.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { encodePng } from './png.ts';

/** What a card says, top to bottom. */
export interface CardText {
  /** Small line above the title ("Glossary · Deterrence", "IDSS Paper No. 039/2025"). */
  kicker: string;
  /** The page title, drawn large: the longer it is, the smaller the type; clipped past 150 characters. */
  title: string;
  /** A concept's short definition, or a paper's authors and date; clipped to about 200 characters. */
  subtitle: string;
  /** Bottom line, usually the site title. */
  footer: string;
}

/** Width of a card in pixels (the Open Graph recommendation). */
export const cardWidth = 1200;
/** Height of a card in pixels. */
export const cardHeight = 630;

// The light theme of src/styles/global.css; flat colours keep the PNGs small.
const colour = { bg: '#fdfcf9', fg: '#1c1b19', accent: '#1d4e89', muted: '#595650', rule: '#d9d5cc' };

/** A satori element as a plain object: satori reads React-shaped nodes but needs no React. */
interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

const div = (style: CardNode['props']['style'], children: string | CardNode[]): CardNode => ({
  type: 'div',
  props: { style, children },
});

interface Assets {
  fonts: Font[];
  /** Whether one of the loaded font subsets has a glyph for this code point. */
  covers: (codePoint: number) => boolean;
}

const subsets = ['latin', 'latin-ext'] as const;
const weights = [400, 700] as const;
const family = subsets.map((s) => `Source Serif 4 ${s}`).join(', ');
let assets: Promise<Assets> | undefined;

/** Reads the four font files and their Unicode ranges once per process; satori caches by array. */
function loadAssets(): Promise<Assets> {
  assets ??= (async () => {
    const require = createRequire(import.meta.url);
    const file = (name: string) => readFile(require.resolve(`@fontsource/source-serif-4/${name}`));
    const ranges = JSON.parse((await file('unicode.json')).toString('utf8')) as Record<string, string>;
    const fonts = await Promise.all(
      subsets.flatMap((subset) =>
        weights.map(async (weight): Promise<Font> => {
          const data = await file(`files/source-serif-4-${subset}-${weight}-normal.woff`);
          return { name: `Source Serif 4 ${subset}`, data, weight, style: 'normal' };
        }),
      ),
    );
    // "U+0000-00FF,U+0131" → [[0x0, 0xff], [0x131, 0x131]]
    const spans = subsets.flatMap((s) =>
      (ranges[s] ?? '').split(',').map((r) => {
        const [from = '', to = from] = r.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from, 16), parseInt(to, 16)] as const;
      }),
    );
    return { fonts, covers: (cp) => spans.some(([from, to]) => cp >= from && cp <= to) };
  })();
  return assets;
}

/**
 * Makes text drawable with the loaded fonts: each run of characters they lack (Arabic, emoji, …)
 * becomes "…", marking the elision instead of drawing empty boxes; uncovered combining marks are
 * dropped. The page's og:title keeps the real text for readers whose apps can draw it.
 */
export function fitToFont(text: string, covers: (codePoint: number) => boolean): string {
  let out = '';
  let missing = false;
  let gap = '';
  for (const ch of text.normalize('NFC').replace(/\s+/g, ' ').trim()) {
    if (covers(ch.codePointAt(0) ?? 0)) {
      if (missing && ch === ' ') gap += ch;
      else {
        if (missing) out += `…${gap}`;
        out += ch;
        missing = false;
        gap = '';
      }
    } else if (!/\p{M}/u.test(ch)) {
      missing = true;
      gap = '';
    }
  }
  return missing ? `${out}…${gap}`.trim() : out;
}

/** Shortens text to at most `max` characters, at a word boundary when one is near, with "…". */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  const head = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Title type size by length, so that a long title wraps onto at most four lines. */
function titleSize(length: number): number {
  if (length <= 30) return 84;
  if (length <= 60) return 68;
  if (length <= 100) return 54;
  return 46;
}

/** The element tree of a card. Text must already be fitted to the fonts. */
function cardTree({ kicker, title, subtitle, footer }: CardText): CardNode {
  const size = titleSize(Array.from(title).length);
  const line = (style: CardNode['props']['style'], text: string, lines: number) =>
    div({ display: 'block', lineClamp: lines, overflow: 'hidden', ...style }, text);
  return div(
    {
      display: 'flex',
      boxSizing: 'border-box',
      width: '100%',
      height: '100%',
      backgroundColor: colour.bg,
      color: colour.fg,
      fontFamily: family,
      borderLeft: `24px solid ${colour.accent}`,
      padding: '60px 80px 52px 72px',
      flexDirection: 'column',
    },
    [
      line({ fontSize: 30, fontWeight: 700, color: colour.accent, letterSpacing: 0.5 }, kicker, 1),
      div({ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', gap: 24 }, [
        line({ fontSize: size, fontWeight: 700, lineHeight: 1.12, textWrap: 'balance' }, title, 4),
        ...(subtitle ? [line({ fontSize: 32, lineHeight: 1.35, color: colour.muted }, subtitle, 3)] : []),
      ]),
      div({ display: 'flex', borderTop: `2px solid ${colour.rule}`, paddingTop: 20 }, [
        line({ fontSize: 28, fontWeight: 700 }, footer, 1),
      ]),
    ],
  );
}

/** Draws a card as a 1200×630 PNG. Never throws on characters the fonts lack (see `fitToFont`). */
export async function renderCard(text: CardText): Promise<Buffer> {
  const { fonts, covers } = await loadAssets();
  const fit = (s: string, max: number) => clip(fitToFont(s, covers), max);
  const tree = cardTree({
    kicker: fit(text.kicker, 70),
    title: fit(text.title, 150),
    subtitle: fit(text.subtitle, 200),
    footer: fit(text.footer, 80),
  });
  const svg = await satori(tree, { width: cardWidth, height: cardHeight, fonts });
  // Satori draws text as paths, so resvg needs no fonts of its own (and scanning the system's is slow).
  const image = await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } });
  // resvg's pixels, encoded here: faster than its own `asPng`, same picture (png.ts).
  return encodePng(image.pixels, image.width, image.height);
}
