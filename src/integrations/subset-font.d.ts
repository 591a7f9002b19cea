/** Types for `subset-font` (it ships none): harfbuzz's subsetter compiled to WebAssembly. */
declare module 'subset-font' {
  /** Options of `subsetFont`. */
  interface SubsetFontOptions {
    /** Format of the result; default the input's. */
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
  }
  /** A copy of `font` holding only the glyphs of the characters in `text`. */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}
