/**
 * The social cards' PNG encoder (src/lib/images/png.ts): a well-formed PNG (signature, chunk
 * lengths and CRCs, one unfiltered row per line) whose pixels are exactly the ones resvg drew; a
 * pixel that is not opaque decodes to what resvg's own encoder (`asPng`) gives it, both files read
 * by the decoder below; a buffer of the wrong size is refused.
 */
import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { renderAsync } from '@resvg/resvg-js';
import { encodePng } from '../../src/lib/images/png.ts';

/** The Paeth predictor of the PNG specification. */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Reads an 8-bit RGBA PNG, checking each chunk's CRC, and returns its size, its decoded pixels
 * (every filter type undone) and the filter types its rows used.
 */
function decode(png: Buffer): { width: number; height: number; pixels: Buffer; filters: Set<number> } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)) >>> 0);
    chunks.push({ type, data });
    at += 12 + length;
  }
  const header = chunks[0]?.data ?? Buffer.alloc(13);
  expect(chunks[0]?.type).toBe('IHDR');
  expect(chunks.at(-1)?.type).toBe('IEND');
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  // 8 bits, RGBA, deflate, filter method 0, no interlace.
  expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  const rows = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * 4;
  expect(rows.length).toBe((stride + 1) * height);
  const pixels = Buffer.alloc(stride * height);
  const filters = new Set<number>();
  for (let y = 0; y < height; y++) {
    const filter = rows[y * (stride + 1)] ?? -1;
    filters.add(filter);
    for (let x = 0; x < stride; x++) {
      const raw = rows[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (pixels[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (pixels[(y - 1) * stride + x - 4] ?? 0) : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predicted === undefined) throw new Error(`Unknown filter type ${String(filter)}.`);
      pixels[y * stride + x] = (raw + predicted) & 0xff;
    }
  }
  return { width, height, pixels, filters };
}

describe('encodePng', () => {
  it('writes the pixels resvg drew, in a well-formed PNG', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63">' +
      '<rect width="120" height="63" fill="#fdfcf9"/><rect x="0" y="0" width="6" height="63" fill="#1d4e89"/>' +
      '<circle cx="60" cy="31" r="20" fill="#1c1b19" fill-opacity="0.5"/>' +
      '<path d="M70 5 L115 58" stroke="#595650" stroke-width="3"/></svg>';
    const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
    const png = encodePng(image.pixels, image.width, image.height);
    const decoded = decode(png);
    expect([decoded.width, decoded.height]).toEqual([120, 63]);
    expect([...decoded.filters]).toEqual([0]);
    expect(decoded.pixels.equals(image.pixels)).toBe(true);
    // Anti-aliased edges: more than the four flat colours, so the test compares real drawing.
    const colours = new Set<number>();
    for (let i = 0; i < decoded.pixels.length; i += 4) colours.add(decoded.pixels.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(10);
  });

  it("gives a pixel that is not opaque the colour resvg's own encoder gives it", async () => {
    // Every alpha from 0 to 255, in four colours, over nothing: resvg's pixels are premultiplied.
    const bars = ['#ff8040', '#1d4e89', '#fdfcf9', '#07f3a1'].flatMap((fill, row) =>
      Array.from(
        { length: 256 },
        (_, x) =>
          `<rect x="${String(x)}" y="${String(row * 4)}" width="1" height="4" fill="${fill}" fill-opacity="${(x / 255).toFixed(4)}"/>`,
      ),
    );
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="16">${bars.join('')}</svg>`;
    const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
    const ours = decode(encodePng(image.pixels, image.width, image.height));
    const theirs = decode(image.asPng());
    // resvg's encoder filters its rows: the comparison goes through the whole decoder.
    expect([...theirs.filters].some((f) => f !== 0)).toBe(true);
    expect(ours.pixels.equals(theirs.pixels)).toBe(true);
    expect(ours.pixels.equals(image.pixels)).toBe(false);
  });

  it('refuses pixels that do not fill width × height', () => {
    expect(() => encodePng(new Uint8Array(4 * 10 * 10 - 1), 10, 10)).toThrow(
      /Expected 400 bytes of RGBA pixels, got 399/,
    );
  });
});
