/**
 * `npm run import -- <file> [--id <paper-id>] [--selector <css>] [--url <address>]`: a publisher's
 * page saved as .html, a Word .docx, Markdown or plain text becomes content/papers/<id>.mdx, which
 * the dev server shows at once as a draft; `npm run build` publishes it once every "TODO:" is
 * resolved. A paper that would lose more than 5 % of the source's words is not written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { convert } from './convert.ts';
import { slugify } from './ids.ts';
import { entryPath, idArgumentProblem, refuse } from '../entry-path.ts';
import { metaSummary } from './meta-sources.ts';
import { proseRefusal, shareLine, shareRefusal } from './refusal.ts';

const args = process.argv.slice(2);
const flags = ['--id', '--selector', '--url'];
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const given = flag('--id');
const file = args.find((a, i) => !a.startsWith('--') && !flags.includes(args[i - 1] ?? ''));
const contentDir = resolve(process.env['GLOSSA_CONTENT'] ?? 'content');
const today = new Date().toISOString().slice(0, 10);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (!file)
  fail(
    'Usage: npm run import -- <file.html|file.docx|file.md|file.txt> [--id <paper-id>] [--selector <css>] [--url <address>]',
  );
if (!existsSync(file)) fail(`${file}: no such file.`);
const id = given ?? slugify(basename(file, extname(file)));
// The same checks as mark and new:*: a kebab-case id, no separators or "..", and a file that
// stays inside content/papers (src/cli/entry-path.ts).
const badId = idArgumentProblem(id, 'paper', 'npm run import -- <file> --id');
if (badId) refuse(badId);
const { path, problem } = entryPath(join(contentDir, 'papers'), id);
if (problem) refuse(problem);
const shown = relative(process.cwd(), path);
if (existsSync(path))
  fail(`${shown} already exists; nothing was written. Choose another id with --id, or delete the file.`);

const result = await convert(file, readFileSync(file), today, {
  selector: flag('--selector'),
  url: flag('--url'),
}).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
const refusal =
  shareRefusal(file, result.share, extname(file).toLowerCase()) ?? proseRefusal(file, result.prose);
if (refusal) fail(refusal);
mkdirSync(join(contentDir, 'papers'), { recursive: true });
writeFileSync(path, result.mdx, { flag: 'wx' });
const todos = result.mdx
  .split('\n')
  .flatMap((line, i) =>
    /\bTODO\b/.test(line) ? [`  ${shown}:${String(i + 1)}: ${line.trim().slice(0, 90)}`] : [],
  );
const lines = [
  `Created ${shown} from ${file} (URL /papers/${id}/).`,
  `  · ${shareLine(result.share)}`,
  ...[...result.remarks, ...metaSummary(result.meta)].map((r) => `  · ${r}`),
  ...(result.unconverted.length > 0
    ? [
        'Not converted (left as a TODO line in the text):',
        ...result.unconverted.map((u) => `  ${file}:${u.where}: ${u.what}`),
      ]
    : []),
  `${String(todos.length)} line(s) to fill in or check before \`npm run build\` publishes it:`,
  ...todos,
  `Next: npm run mark -- ${id}   (proposes concept and who's-who marks; --write to apply them)`,
];
process.stdout.write(`${lines.join('\n')}\n`);
