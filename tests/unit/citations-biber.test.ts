/**
 * biber's data-model check on the biblatex downloads: every entry and paper record of the real
 * content, as citation.bib would hold it. The post-build check (tests/site/check-biber.ts) runs
 * the same validation on every citation.bib of a build, fixed versions included. Skipped, with
 * the reason in the test name, only when biber is not installed (Debian package `biber`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationFile, toBibTeX } from '../../src/lib/citations/export.ts';
import { biberAvailable, validateBiblatex } from '../site/biber.ts';
import { concept, edition, entity, musketeer, original } from './citation-records.ts';

const ids = (folder: string) =>
  readdirSync(join(process.cwd(), 'content', folder))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
const records = [...ids('concepts').map(concept), ...ids('entities').map(entity), edition, original];
const available = biberAvailable();
const title = available
  ? 'biber --tool --validate-datamodel'
  : 'biber --tool --validate-datamodel (SKIPPED: biber is not installed; apt-get install biber)';

describe.skipIf(!available)(title, () => {
  it('accepts the biblatex file of every entry, the edition and the original', () => {
    expect(records.length).toBeGreaterThan(40);
    const report = validateBiblatex(records.map((r) => ({ name: r.id, text: citationFile(r, '.bib') })));
    expect(report.problems).toEqual([]);
  });

  it('names the file and the missing field when an entry breaks the data model (the check can fail)', () => {
    const withoutEditor = toBibTeX(musketeer, 'k').replace(/^ {2}editor = .*\n/m, '');
    const withType = toBibTeX(edition, 'k').replace(
      '  titleaddon',
      '  type = {Annotated edition},\n  titleaddon',
    );
    const report = validateBiblatex([
      { name: 'no-editor.bib', text: withoutEditor },
      { name: 'typed-online.bib', text: withType },
    ]);
    expect(report.problems.join('\n')).toMatch(/no-editor\.bib.*Missing mandatory field 'editor'/);
    expect(report.problems.join('\n')).toMatch(/typed-online\.bib.*type/);
  });
});
