/**
 * The social cards' PNG encoder (src/lib/images/png.ts): a well-formed PNG (signature, chunk
 * lengths and CRCs, one IDAT that inflates to one unfiltered row per line) whose pixels are
 * exactly the ones resvg drew, for a real card; and a buffer of the wrong size is refused.
 */
import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { renderAsync } from '@resvg/resvg-js';
import { encodePng } from '../../src/lib/images/png.ts';

/** Reads a PNG's chunks, checking each CRC, and returns its size and its decoded RGBA pixels. */
function decode(png: Buffer): { width: number; height: number; pixels: Buffer } {
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
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const header = chunks[0]?.data ?? Buffer.alloc(13);
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  // 8 bits, RGBA, deflate, filter method 0, no interlace.
  expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  const rows = inflateSync(chunks[1]?.data ?? Buffer.alloc(0));
  expect(rows.length).toBe((width * 4 + 1) * height);
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const start = y * (width * 4 + 1);
    expect(rows[start]).toBe(0);
    rows.copy(pixels, y * width * 4, start + 1, start + 1 + width * 4);
  }
  return { width, height, pixels };
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
    expect(decoded.pixels.equals(image.pixels)).toBe(true);
    // Anti-aliased edges: more than the four flat colours, so the test compares real drawing.
    const colours = new Set<number>();
    for (let i = 0; i < decoded.pixels.length; i += 4) colours.add(decoded.pixels.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(10);
  });

  it('refuses pixels that do not fill width × height', () => {
    expect(() => encodePng(new Uint8Array(4 * 10 * 10 - 1), 10, 10)).toThrow(
      /Expected 400 bytes of RGBA pixels, got 399/,
    );
  });
});
