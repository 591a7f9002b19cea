/**
 * Scaffolds a content file: `npm run new:concept -- "Deterrence by denial"` or
 * `npm run new:paper -- <id>`. The file passes the schemas, every field is explained in a
 * comment, and each value to fill in starts with "TODO:"; `npm run build` refuses to publish
 * an entry that still has one, `npm run dev` shows it with a warning.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { slugify } from '../lib/model/ids.ts';
import { readText } from '../lib/content/files.ts';
import { parseYaml } from '../lib/content/yaml.ts';
import { hiddenCharacters, showHidden } from '../lib/content/text-rules.ts';
import { conceptTemplate, paperTemplate } from './templates.ts';
import { entryPath, idArgumentProblem, refuse } from './entry-path.ts';

const [kind, ...rest] = process.argv.slice(2);
const input = rest.join(' ').trim();
const contentDir = resolve(process.env['GLOSSA_CONTENT'] ?? 'content');
const today = new Date().toISOString().slice(0, 10);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (kind !== 'concept' && kind !== 'paper')
  fail('Usage: new-entry.ts concept "Title of the concept" | paper <paper-id>');
if (!input) {
  fail(
    kind === 'concept'
      ? 'Give the concept\'s title: npm run new:concept -- "Deterrence by denial"'
      : "Give the paper's id: npm run new:paper -- joining-the-dots",
  );
}

// A title is published as typed: no character a reader cannot see, no control character.
const control = [...input].some((c) => (c.codePointAt(0) ?? 0) < 0x20 || c === '\u007F');
const hidden = [...hiddenCharacters(input), ...(control ? ['a control character'] : [])];
if (kind === 'concept' && hidden.length > 0)
  refuse({
    file: 'the title given to `npm run new:concept`',
    message: `The title holds ${hidden.join(', ')}, which no reader can see.`,
    expected: 'a title of visible characters',
    found: showHidden(input),
    suggestion: 'Type the title again (a copied title can carry hidden characters).',
  });
const id = kind === 'concept' ? slugify(input) : input;
const badId = idArgumentProblem(id, kind, `npm run new:${kind} --`);
if (badId)
  refuse(
    kind === 'concept'
      ? { ...badId, found: `${JSON.stringify(input)}, which makes the id ${JSON.stringify(id)}` }
      : badId,
  );
const dir = join(contentDir, kind === 'concept' ? 'concepts' : 'papers');
const { path, problem } = entryPath(dir, id);
if (problem) refuse(problem);
const shown = relative(process.cwd(), path);
if (existsSync(path))
  refuse({
    file: shown,
    message: 'This file already exists; a new entry never replaces one.',
    expected: 'the id of an entry that does not exist yet',
    found: 'an existing file',
    suggestion: `Edit ${shown}, or choose another ${kind === 'concept' ? 'title' : 'id'}.`,
  });

mkdirSync(dir, { recursive: true });
/**
 * Ids the new concept can use so that it is valid at once (the editor replaces them), read with
 * the build's own reader (a byte order mark, CRLF and YAML aliases handled as the build does).
 */
function standIns(): { categories: string[]; sourceId: string } {
  const read = (name: string): Record<string, unknown> => {
    const path = join(contentDir, name);
    const value = existsSync(path) ? parseYaml(readText(path, name, []) ?? '', name).value : {};
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  };
  const categories = read('site.yaml')['categories'];
  return {
    categories: Array.isArray(categories)
      ? categories.flatMap((c: unknown) =>
          typeof (c as { id?: unknown }).id === 'string' ? [(c as { id: string }).id] : [],
        )
      : [],
    sourceId: Object.keys(read('bibliography.yaml'))[0] ?? '',
  };
}

const text =
  kind === 'concept'
    ? (() => {
        const { categories, sourceId } = standIns();
        return conceptTemplate(input, today, categories, sourceId);
      })()
    : paperTemplate(today);
writeFileSync(path, text, { flag: 'wx' });

const next =
  kind === 'concept'
    ? [
        `Created ${shown} (URL /concepts/${id}/, permanent).`,
        'Fill in every "TODO:" value:',
        '  1. short: one or two plain sentences, the hover definition (at most 300 characters).',
        '  2. category: check it (the choices are listed in the comment above it).',
        '  3. relations: ids of existing concepts.',
        '  4. sources: replace the stand-in with ids from content/bibliography.yaml (add records there first).',
        '  5. the body: the longer entry, in your own words.',
        'Then mark the term in a paper with <Concept>…</Concept> and run `npm run dev` to see it.',
      ]
    : [
        `Created ${shown} (URL /papers/${id}/).`,
        'Fill in every "TODO:" value with the bibliographic record of the original publication,',
        'paste the text below the frontmatter, and mark concept terms with <Concept>…</Concept>.',
        'Run `npm run dev` to see it; `npm run build` refuses to publish while a "TODO:" remains.',
      ];
process.stdout.write(`${next.join('\n')}\n`);
