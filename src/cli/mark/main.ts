/**
 * `npm run mark -- <paper-id> [--write]`: proposes concept and who's-who marks for
 * content/papers/<paper-id>.mdx and prints them for review; with --write, wraps them in the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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
const path = join(contentDir, 'papers', `${id}.mdx`);
const shown = relative(root, path);
if (!existsSync(path))
  fail(`${shown} does not exist. Import a paper first: npm run import -- <file> --id ${id}`);

let glossary;
try {
  glossary = loadGlossary(root, contentDir).glossary;
} catch (error) {
  fail(`The content does not load, so the glossary is unknown:\n${(error as Error).message}`);
}
const source = readFileSync(path, 'utf8');
const proposals = proposeMarks(source, glossary);
const ambiguous = proposals.filter((p) => p.also.length > 0);
process.stdout.write(`${formatProposals(proposals)}\n\n`);
process.stdout.write(
  `${String(proposals.length)} mark(s) proposed for ${shown}${ambiguous.length > 0 ? `; ${String(ambiguous.length)} name two entries (⚠): the first is written, check it` : ''}.\n`,
);
if (write) {
  writeFileSync(path, applyMarks(source, proposals, glossary));
  process.stdout.write(`Written to ${shown}. Review with \`git diff\` and \`npm run dev\`.\n`);
} else process.stdout.write('Nothing written. Run again with --write to mark them in the file.\n');
