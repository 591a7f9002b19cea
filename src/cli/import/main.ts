/**
 * `npm run import -- <file> [--id <paper-id>]`: a publisher's page saved as .html, a Word .docx,
 * Markdown or plain text becomes content/papers/<id>.mdx, which the dev server shows at once as
 * a draft; `npm run build` publishes it once every "TODO:" is resolved.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { convert } from './convert.ts';
import { idPattern, slugify } from './ids.ts';

const args = process.argv.slice(2);
const idFlag = args.indexOf('--id');
const given = idFlag >= 0 ? args[idFlag + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && (idFlag < 0 || i !== idFlag + 1));
const contentDir = resolve(process.env['GLOSSA_CONTENT'] ?? 'content');
const today = new Date().toISOString().slice(0, 10);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (!file) fail('Usage: npm run import -- <file.html|file.docx|file.md|file.txt> [--id <paper-id>]');
if (!existsSync(file)) fail(`${file}: no such file.`);
const id = given ?? slugify(basename(file, extname(file)));
if (!idPattern.test(id))
  fail(`"${id}" is not a valid paper id (kebab-case: a-z, 0-9, single hyphens). Give one with --id.`);
const path = join(contentDir, 'papers', `${id}.mdx`);
const shown = relative(process.cwd(), path);
if (existsSync(path))
  fail(`${shown} already exists; nothing was written. Choose another id with --id, or delete the file.`);

const result = await convert(file, readFileSync(file), today).catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);
mkdirSync(join(contentDir, 'papers'), { recursive: true });
writeFileSync(path, result.mdx, { flag: 'wx' });
const todos = result.mdx
  .split('\n')
  .flatMap((line, i) =>
    /\bTODO\b/.test(line) ? [`  ${shown}:${String(i + 1)}: ${line.trim().slice(0, 90)}`] : [],
  );
const lines = [
  `Created ${shown} from ${file} (URL /papers/${id}/).`,
  ...result.remarks.map((r) => `  · ${r}`),
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
