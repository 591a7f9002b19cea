/**
 * Post-build check: every biblatex download of the built site (every .bib but the classic
 * *-bibtex.bib: citation.bib of entries, current and fixed versions, and the papers' edition.bib
 * and original.bib) passes biber's data-model check, the one biblatex
 * users meet when they compile. Skipped, saying so, only when biber is not installed
 * (Debian package `biber`; .ci/run installs it). Usage: node tests/site/check-biber.ts [dir]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateBiblatex } from './biber.ts';

const dist = process.argv[2] ?? join(process.cwd(), 'dist');
const files = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((f) => f.endsWith('.bib') && !f.endsWith('-bibtex.bib'))
  .sort()
  .map((f) => ({ name: relative(process.cwd(), join(dist, f)), text: readFileSync(join(dist, f), 'utf8') }));
if (files.length === 0) {
  process.stderr.write(`No biblatex downloads (.bib) under ${dist}: build the site first.\n`);
  process.exit(1);
}
const report = validateBiblatex(files);
if (!report.available) {
  process.stdout.write(
    `SKIPPED: biber is not installed, so ${String(files.length)} biblatex files were not validated (apt-get install biber).\n`,
  );
  process.exit(0);
}
if (report.problems.length > 0) {
  process.stderr.write(`biber rejects biblatex downloads:\n${report.problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(
  `biber --tool --validate-datamodel: ${String(files.length)} biblatex downloads, no warnings.\n`,
);
