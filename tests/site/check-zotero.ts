/**
 * Post-build check: on every page with citation tags, the item Zotero's Embedded Metadata
 * translator saves from those tags (src/lib/citations/zotero.ts), rendered with the bundled CSL
 * styles, gives the "How to cite" box's entry in every style, or the box names the difference
 * beside it; a note about a difference that no longer occurs fails too.
 * Usage: node tests/site/check-zotero.ts [dir] (the preview address unless GLOSSA_SITE is set).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage, pageProblems } from './zotero-check.ts';

const dist = process.argv[2] ?? join(process.cwd(), 'dist');
const site = process.env['GLOSSA_SITE'] ?? 'http://localhost:4321';
const pages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((f) => f.endsWith('index.html'))
  .sort();
let checked = 0;
let named = 0;
const problems: string[] = [];
for (const file of pages) {
  const path = `/${file.replace(/index\.html$/, '')}`;
  const result = checkPage(readFileSync(join(dist, file), 'utf8'), new URL(path, site).href);
  if (!result) continue;
  checked += 1;
  named += result.styles.filter((s) => s.note !== undefined).length;
  problems.push(...pageProblems(path, result.styles));
}
if (checked === 0) {
  process.stderr.write(`No page with citation tags under ${dist}: build the site first.\n`);
  process.exit(1);
}
if (problems.length > 0) {
  process.stderr.write(`Zotero would cite differently from the box, unnamed:\n${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(
  `Zotero's item from the tags of ${String(checked)} pages matches the box in every style, but for ${String(named)} differences named beside the box.\n`,
);
