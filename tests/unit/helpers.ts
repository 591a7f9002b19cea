/** Shared helpers for unit tests: a small glossary and an MDX pipeline on strings. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { buildIndex, type GlossaryIndex } from '../../src/lib/content/glossary-index.ts';
import { glossaRehypePlugins, glossaRemarkPlugins } from '../../src/plugins/index.ts';
import { pageIds } from '../../src/layouts/page-ids.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { ContentError } from '../../src/lib/content/problems.ts';

/**
 * A new empty folder for a test, inside this run's scratch folder (tests/global-setup.ts removes
 * it when the run ends): in the system's temporary folder, or under tests/.tmp with `inProject`
 * (fixture builds). Outside Vitest's run, in the system's temporary folder or tests/.tmp itself.
 */
export function scratchDir(prefix: string, { inProject = false } = {}): string {
  const parent = inProject
    ? (process.env['GLOSSA_TEST_PROJECT_TMP'] ?? join(process.cwd(), 'tests/.tmp'))
    : (process.env['GLOSSA_TEST_TMP'] ?? tmpdir());
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

/** Three concepts, enough to exercise titles, aliases and did-you-mean. */
export const testIndex = buildIndex(
  'concept',
  [
    {
      id: 'deterrence',
      data: {
        title: 'Deterrence',
        aliases: ['deter', 'deterring'],
        short: 'Preventing an act by making it look not worth it.',
      },
    },
    {
      id: 'deterrence-by-denial',
      data: {
        title: 'Deterrence by denial',
        aliases: ['denial'],
        short: 'Deterrence by making success unlikely.',
      },
    },
    {
      id: 'collective-defence',
      data: {
        title: 'Collective defence',
        aliases: ['collective defense'],
        short: 'An attack on one is an attack on all.',
      },
    },
  ],
  (id, path) => ({ file: `content/concepts/${id}.mdx`, line: path.length, column: 1 }),
).index;

/** The plugin list as astro.config.mjs sets it up, for the given indexes. */
const plugins = (indexes: readonly GlossaryIndex[]) =>
  glossaRemarkPlugins({
    indexes,
    isPaper: (f) => Boolean(f.path?.includes('/papers/')),
    reservedIds: Object.values(pageIds),
  }) as PluggableList;

/** Runs Glossa's remark plugins on an MDX string as if it were `path` inside the project. */
export function runRemark(
  source: string,
  path = 'content/papers/test-paper.mdx',
  indexes: readonly GlossaryIndex[] = [testIndex],
): { tree: Root; file: VFile } {
  const file = new VFile({ value: source, path, cwd: process.cwd() });
  const processor = unified().use(remarkParse).use(remarkMdx).use(plugins(indexes));
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { tree, file };
}

/** Markdown (no MDX) through Glossa's plugins to an HTML string, as a paper at `path`. */
export function markdownToHtml(source: string, path = 'content/papers/test-paper.mdx'): string {
  const file = new VFile({ value: source, path, cwd: process.cwd() });
  return String(
    unified()
      .use(remarkParse)
      .use(plugins([testIndex]))
      .use(remarkRehype)
      .use(glossaRehypePlugins() as PluggableList)
      .use(rehypeStringify)
      .processSync(file),
  );
}

/**
 * Copies the minimal fixture site, applies `edits` (file → change), runs the content loader and
 * returns its error message ('' when the content is accepted) and warnings.
 */
export function loadEdited(edits: Record<string, ((text: string) => string | Buffer) | null>): {
  error: string;
  warnings: string[];
  drafts: string[];
} {
  const dir = scratchDir('glossa-content-');
  cpSync(join(process.cwd(), 'tests/fixtures/minimal/content'), join(dir, 'content'), { recursive: true });
  for (const [file, change] of Object.entries(edits)) {
    const path = join(dir, 'content', file);
    if (change === null) rmSync(path);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, change(safeRead(path)));
    }
  }
  try {
    const loaded = loadContent(dir);
    return {
      error: '',
      warnings: loaded.warnings.map((w) => `${w.file}: ${w.message}`),
      drafts: loaded.drafts.map((d) => `${d.file}:${String(d.line)}: ${d.message}`),
    };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { error: error.message.replaceAll(dir, '<site>'), warnings: [], drafts: [] };
  }
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * The environment of a build (or a CLI run) on the fixture site copied to `dir`: its own content
 * tree, output folder (`out` inside `dir`) and cache, so it never touches the real site.
 */
export function fixtureEnv(dir: string, out = 'dist'): NodeJS.ProcessEnv {
  // Vitest sets BASE_URL, DEV, PROD, MODE and SSR in process.env; Astro reads every variable of the
  // environment into import.meta.env, so a child build would take BASE_URL "/" over its `base`.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !['BASE_URL', 'DEV', 'PROD', 'MODE', 'SSR'].includes(key)),
  );
  return {
    ...env,
    ASTRO_TELEMETRY_DISABLED: '1',
    GLOSSA_CONTENT: join(dir, 'content'),
    GLOSSA_OUT_DIR: join(dir, out),
    GLOSSA_CACHE_DIR: join(dir, 'cache'),
  };
}
