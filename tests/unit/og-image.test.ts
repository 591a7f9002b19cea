/** Open Graph cards: PNG of the right size whatever the text, and the page → image path mapping. */
import { describe, expect, it } from 'vitest';
import { cardHeight, cardWidth, clip, fitToFont, renderCard } from '../../src/lib/images/og-image.ts';
import { ogImagePath } from '../../src/lib/images/og-image-path.ts';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which must come first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(pngSignature);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('renderCard', () => {
  const cases = {
    'a short title': {
      kicker: 'Glossary · Power and coercion',
      title: 'Power',
      subtitle: 'Getting others to act.',
    },
    'a very long title': {
      kicker: 'IDSS Paper No. 039/2025 '.repeat(5),
      title: 'Joining the Dots: Security Guarantees for Ukraine and the Road Beyond '.repeat(6),
      subtitle: 'A definition that goes on and on. '.repeat(20),
    },
    'Arabic and quotes': {
      kicker: 'Glossary · ردع',
      title: 'Deterrence (“ردع”), the ‘Łódź’ question & <b>"quotes"</b> 🙂',
      subtitle: 'ردع الردع',
    },
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`draws a ${cardWidth}×${cardHeight} PNG for ${name}`, async () => {
      const png = await renderCard({ ...text, footer: 'Glossa' });
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.length).toBeLessThan(100_000);
    });
  }
});

describe('fitToFont and clip', () => {
  const latin = (cp: number) => cp < 0x250 || (cp >= 0x2000 && cp <= 0x206f);
  it('replaces each run of characters the fonts lack with one ellipsis', () => {
    expect(fitToFont('Deterrence (“ردع الردع”)', latin)).toBe('Deterrence (“…”)');
    expect(fitToFont('ردع', latin)).toBe('…');
    expect(fitToFont('  naïve\n façade 🙂 ', latin)).toBe('naïve façade …');
  });
  it('clips at a word boundary with an ellipsis', () => {
    expect(clip('short', 200)).toBe('short');
    const long = clip('word '.repeat(100), 200);
    expect(Array.from(long).length).toBeLessThanOrEqual(200);
    expect(long).toMatch(/word…$/);
  });
});

describe('ogImagePath', () => {
  it.each([
    ['/', '/', 'og/index.png'],
    ['/concepts/', '/', 'og/concepts.png'],
    ['/concepts/power/', '/', 'og/concepts/power.png'],
    ['/glossa/papers/joining-the-dots/', '/glossa/', 'og/papers/joining-the-dots.png'],
    ['/glossa/', '/glossa', 'og/index.png'],
    ['/404.html', '/', 'og/404.png'],
    ['/glossa/404.html', '/glossa/', 'og/404.png'],
    ['/404/', '/', 'og/404.png'],
    ['/index.html', '/', 'og/index.png'],
  ])('maps %s (base %s) to %s', (pathname, base, expected) => {
    expect(ogImagePath(pathname, base)).toBe(expected);
  });
});
