/**
 * The book's one stylesheet. It sets structure, not a look: no font family, no colours, no fixed
 * sizes, so that the reading system's font, size, theme and margins apply (the text face is left
 * to the reader; nothing is embedded).
 */
export const bookCss = `@charset "utf-8";
body { margin: 0 1em; line-height: 1.5; }
h1, h2, h3 { line-height: 1.25; page-break-after: avoid; break-after: avoid; }
.g-kicker, .g-byline, .g-publisher { margin: 0.3em 0; }
.g-kicker { font-size: 0.85em; letter-spacing: 0.03em; }
.g-byline { font-weight: bold; }
.g-disclaimer, .g-edition-note, .g-rights, .g-online, .g-cite__note { font-size: 0.9em; }
.g-edition-note { border-left: 3px solid; padding-left: 0.75em; margin: 1em 0; }
.g-pnum { font-size: 0.75em; font-weight: bold; padding-right: 0.25em; }
.g-note__ref { font-size: 0.75em; vertical-align: super; line-height: 0; padding: 0 0.1em; text-decoration: none; }
aside.g-note { font-size: 0.9em; border-left: 2px solid; padding-left: 0.6em; margin: 0.5em 0 1em; }
.g-note__label { font-weight: bold; margin: 0; }
aside.g-note p { margin: 0.2em 0; }
.g-notes { margin: 0; }
.g-synopsis { font-style: italic; }
.g-figure-note { border: 1px dashed; padding: 0.5em 0.75em; margin: 1em 0; }
.g-contrast table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
.g-contrast th, .g-contrast td { border: 1px solid; padding: 0.3em; vertical-align: top; text-align: left; }
.g-term__link { text-decoration: underline dotted; }
.g-term__link.g-term--entity { text-decoration: underline; }
dt { font-weight: bold; margin-top: 1.25em; }
dd { margin: 0.25em 0 0 1em; }
.g-short { font-style: italic; }
.g-online { overflow-wrap: anywhere; }
.g-cover { margin: 0; padding: 0; text-align: center; }
.g-cover img { max-width: 100%; max-height: 100%; }
`;
