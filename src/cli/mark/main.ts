/**
 * `npm run mark -- <paper-id> [--write]`: proposes concept and who's-who marks for
 * content/papers/<paper-id>.mdx and prints them for review; with --write, wraps them in the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { editorText } from '../../lib/content/files.ts';
import { entryPath, idArgumentProblem, refuse } from '../entry-path.ts';
import { loadGlossary } from './glossary-terms.ts';
import { proposeMarks } from './find-marks.ts';
import { applyMarks, formatProposals } from './apply-marks.ts';

const args = process.argv.slice(2);
const write = args.includes('--write');
const id = args.find((a) => !a.startsWith('--'));
const root = process.cwd();
const contentDir = resolve(process.env['GLOSSA_CONTENT'] ?? 'content');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (!id) fail('Usage: npm run mark -- <paper-id> [--write]   (the paper is content/papers/<paper-id>.mdx)');
const badId = idArgumentProblem(id, 'paper', 'npm run mark --');
if (badId) refuse(badId);
const { path, problem } = entryPath(join(contentDir, 'papers'), id);
if (problem) refuse(problem);
const shown = relative(root, path);
if (!existsSync(path))
  refuse({
    file: shown,
    message: 'There is no such paper.',
    expected: 'an existing file content/papers/<paper-id>.mdx',
    found: 'no file',
    suggestion: `Import the paper first: npm run import -- <file> --id ${id}`,
  });

let glossary;
try {
  glossary = loadGlossary(root, contentDir).glossary;
} catch (error) {
  fail(`The content does not load, so the glossary is unknown:\n${(error as Error).message}`);
}
// Marked as an editor reads the text (no byte order mark, \n line ends), written back as it was saved.
const raw = readFileSync(path, 'utf8');
const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
const crlf = raw.includes('\r\n');
const source = editorText(raw);
const proposals = proposeMarks(source, glossary);
const ambiguous = proposals.filter((p) => p.also.length > 0);
process.stdout.write(`${formatProposals(proposals)}\n\n`);
process.stdout.write(
  `${String(proposals.length)} mark(s) proposed for ${shown}${ambiguous.length > 0 ? `; ${String(ambiguous.length)} name two entries (⚠): the first is written, check it` : ''}.\n`,
);
const marked = applyMarks(source, proposals, glossary);
if (write && marked === source) process.stdout.write(`Nothing to write: ${shown} needs no new mark.\n`);
else if (write) {
  writeFileSync(path, bom + (crlf ? marked.replace(/\n/g, '\r\n') : marked));
  process.stdout.write(`Written to ${shown}. Review with \`git diff\` and \`npm run dev\`.\n`);
} else process.stdout.write('Nothing written. Run again with --write to mark them in the file.\n');
