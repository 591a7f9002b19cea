/**
 * Post-build checks of the papers' e-books (run by `npm test` after `npm run build`):
 *  - every paper page has its book, dist/papers/<id>/<id>.epub;
 *  - EPUBCheck reports no error and no warning (Debian's `epubcheck`; required under CI=true,
 *    otherwise skipped with a message when it is not installed);
 *  - `mimetype` is the zip's first entry, stored; no document has a script or a remote resource;
 *  - the book holds every paragraph of the page, links every marked term to its definition in the
 *    book, and has every note as a footnote (tests/site/epub-content.ts);
 *  - its identifier is the permanent address of the edition's version it holds (issue #34), the
 *    address the page's citation of the edition gives, with a page of its own in dist/.
 * Every problem is listed. Usage: node tests/site/check-epub.ts [dist folder]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { bookProblems, type Checked } from './epub-content.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const problems: string[] = [];
const checked: Checked = { paragraphs: 0, terms: 0, notes: 0 };

/** How to run EPUBCheck here: Debian installs the jar; its /usr/bin/epubcheck needs binfmt for jars. */
function epubcheckCommand(): string[] | undefined {
  const jar = '/usr/share/java/epubcheck.jar';
  if (existsSync(jar) && spawnSync('java', ['-version']).status === 0) return ['java', '-jar', jar];
  if (spawnSync('epubcheck', ['--version']).status === 0) return ['epubcheck'];
  return undefined;
}
const epubcheck = epubcheckCommand();
if (!epubcheck) {
  if (process.env['CI'] === 'true')
    problems.push('epubcheck is not installed (apt-get install epubcheck; .ci/run does)');
  else
    process.stdout.write(
      'epubcheck is not installed: the books are not validated (apt-get install epubcheck).\n',
    );
}

const papers = readdirSync(join(dist, 'papers'), { withFileTypes: true }).filter((d) => d.isDirectory());
for (const { name: id } of papers) {
  const file = join(dist, 'papers', id, `${id}.epub`);
  if (!existsSync(file)) {
    problems.push(`papers/${id}/: no e-book ${id}.epub`);
    continue;
  }
  const bytes = readFileSync(file);
  // The first local file header: name "mimetype", stored (method 0), as OCF requires.
  if (bytes.readUInt16LE(8) !== 0 || bytes.subarray(30, 38).toString() !== 'mimetype')
    problems.push(`${id}.epub: "mimetype" is not the first entry, stored`);
  const zip = await JSZip.loadAsync(bytes);
  const docs = new Map<string, string>();
  for (const path of Object.keys(zip.files).filter(
    (p) => p.startsWith('EPUB/') && /\.(xhtml|svg|css|opf)$/.test(p),
  )) {
    const text = (await zip.file(path)?.async('string')) ?? '';
    docs.set(path.slice('EPUB/'.length), text);
    if (/<script/i.test(text)) problems.push(`${id}.epub: ${path} has a script`);
    if (
      /(?:src|href)="https?:[^"]*\.(?:css|js|png|jpe?g|gif|svg|woff2?|otf|ttf)"/i.test(text) ||
      /url\(\s*['"]?https?:/i.test(text)
    )
      problems.push(`${id}.epub: ${path} loads a remote resource`);
  }
  const page = readFileSync(join(dist, 'papers', id, 'index.html'), 'utf8');
  const identifier = /<dc:identifier id="uid">([^<]*)<\/dc:identifier>/.exec(
    docs.get('package.opf') ?? '',
  )?.[1];
  const version = new RegExp(`/papers/${id}/(\\d{4}-\\d{2}-\\d{2})/$`).exec(identifier ?? '')?.[1];
  if (!version || !existsSync(join(dist, 'papers', id, version, 'index.html')))
    problems.push(
      `${id}.epub: identifier ${String(identifier)} is not the permanent address of a version page`,
    );
  else if (!page.includes(identifier ?? ''))
    problems.push(`${id}.epub: identifier ${String(identifier)} is not the edition's address the page cites`);
  problems.push(...bookProblems(page, docs, checked).map((p) => `${id}.epub: ${p}`));
  if (epubcheck) {
    const [command = '', ...args] = epubcheck;
    const run = spawnSync(command, [...args, file], { encoding: 'utf8' });
    const summary = /Messages: .*/.exec(run.stdout + run.stderr)?.[0] ?? '(no summary)';
    process.stdout.write(`EPUBCheck ${id}.epub: ${summary}\n`);
    if (run.status !== 0 || !/0 fatals \/ 0 errors \/ 0 warnings/.test(summary))
      problems.push(`${id}.epub: EPUBCheck reports problems:\n${run.stdout}${run.stderr}`);
  }
}

if (problems.length) {
  process.stderr.write(
    `${String(problems.length)} problem(s) with the e-books:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `E-books: ${String(papers.length)} checked; the page's ${String(checked.paragraphs)} paragraphs, ${String(checked.terms)} marked terms and ${String(checked.notes)} notes are in the book.\n`,
);
