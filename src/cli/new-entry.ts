/**
 * Scaffolds a content file: `npm run new:concept -- "Deterrence by denial"` or
 * `npm run new:paper -- <id>`. The file passes the schemas, every field is explained in a
 * comment, and each value to fill in starts with "TODO:"; `npm run build` refuses to publish
 * an entry that still has one, `npm run dev` shows it with a warning.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join, relative, resolve } from 'node:path';
import { idPattern } from '../lib/model/ids.ts';
import { slugify } from '../lib/model/ids.ts';
import { conceptTemplate, paperTemplate } from './templates.ts';

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

const id = kind === 'concept' ? slugify(input) : input;
if (!idPattern.test(id)) {
  fail(
    `"${input}" does not make a valid id (kebab-case ASCII: a-z, 0-9, single hyphens).${kind === 'paper' && slugify(input) ? ` Try: ${slugify(input)}` : ''}`,
  );
}
const dir = join(contentDir, kind === 'concept' ? 'concepts' : 'papers');
const path = join(dir, `${id}.mdx`);
const shown = relative(process.cwd(), path);
if (existsSync(path))
  fail(
    `${shown} already exists; nothing was written. Edit it, or choose another ${kind === 'concept' ? 'title' : 'id'}.`,
  );

mkdirSync(dir, { recursive: true });
/** Ids the new concept can use so that it is valid at once (the editor replaces them). */
function standIns(): { categories: string[]; sourceId: string } {
  const site = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) as {
    categories?: { id: string }[];
  };
  const bibliography = parse(readFileSync(join(contentDir, 'bibliography.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  return {
    categories: (site.categories ?? []).map((c) => c.id),
    sourceId: Object.keys(bibliography)[0] ?? '',
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
