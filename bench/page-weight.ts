/**
 * Page weight: what each kind of page of the built site (dist/) costs to download, raw and
 * gzipped, split into HTML, CSS, JS and other files.
 *
 *   npm run bench:weight                 # measures dist/ (runs `npm run build` first if it is missing)
 *   npm run bench:weight -- --build      # rebuild dist/ first
 *   npm run bench:weight -- --dist other/dist
 *
 * For every page the weight is the HTML document plus every same-site file it references
 * (stylesheets, scripts, module preloads, icons, images, and fonts named by url() in its CSS).
 * Inline <script> and <style> bodies are counted as JS and CSS, the rest of the document as
 * HTML. gzip is level 9 (as in tests/e2e/budgets.spec.ts), each file compressed on its own;
 * "transfer" is the gzip size of the whole document plus that of each referenced file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { kib, machine, root, round, table, writeResult } from './lib.ts';

type Part = 'html' | 'css' | 'js' | 'other';
type Sizes = Record<Part, { raw: number; gzip: number }> & { total: number; transfer: number };

const { values: args } = parseArgs({
  options: { dist: { type: 'string' }, build: { type: 'boolean', default: false } },
});
const dist = resolve(root, args.dist ?? 'dist');

const gz = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

function ensureBuilt(): void {
  if (existsSync(join(dist, 'index.html')) && !args.build) return;
  process.stdout.write(`Building the site into ${dist} (npm run build)…\n`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(join(dist, 'index.html'))) throw new Error('npm run build failed');
}

/** The file in dist/ a same-site URL points to, or undefined for other sites and data URLs. */
function fileOf(url: string, from: string): string | undefined {
  if (/^(?:[a-z]+:|\/\/|#)/i.test(url)) return undefined;
  const clean = url.split(/[?#]/)[0] ?? '';
  const path = clean.startsWith('/') ? join(dist, clean) : join(from, clean);
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

const partOf = (file: string): Part => {
  const ext = extname(file);
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  return 'other';
};

/** The weight of one page: its document and every file it pulls in. */
function weigh(page: string): Sizes & { files: string[] } {
  const html = readFileSync(page, 'utf8');
  const sizes: Sizes = {
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
    total: 0,
    transfer: gz(html),
  };
  const add = (part: Part, data: string | Buffer) => {
    sizes[part].raw += Buffer.byteLength(data);
    sizes[part].gzip += gz(data);
  };
  let rest = html;
  for (const [whole, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc=/i.test(attrs) || /type="application\/(?:ld\+)?json"/i.test(attrs)) continue;
    add('js', body);
    rest = rest.replace(whole, '');
  }
  for (const [whole, , body = ''] of html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi)) {
    add('css', body);
    rest = rest.replace(whole, '');
  }
  add('html', rest);

  const dir = join(page, '..');
  const refs = new Set<string>();
  const linked = [
    ...html.matchAll(
      /<link\b[^>]*\brel="(?:stylesheet|icon|modulepreload|preload|apple-touch-icon)"[^>]*>/gi,
    ),
  ].flatMap(([tag]) => /\shref="([^"]+)"/.exec(tag)?.[1] ?? []);
  const sources = [...html.matchAll(/<(?:script|img|source)\b[^>]*\ssrc="([^"]+)"/gi)].map((m) => m[1] ?? '');
  for (const url of [...linked, ...sources]) {
    const file = fileOf(url, dir);
    if (file) refs.add(file);
  }
  // Fonts and images named by the stylesheets (a browser fetches only those a page uses: an upper bound).
  for (const file of [...refs]) {
    if (partOf(file) !== 'css') continue;
    for (const [, url = ''] of readFileSync(file, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
      const target = fileOf(url, join(file, '..'));
      if (target) refs.add(target);
    }
  }
  for (const file of refs) {
    const data = readFileSync(file);
    add(partOf(file), data);
    sizes.transfer += gz(data);
  }
  sizes.total = sizes.html.raw + sizes.css.raw + sizes.js.raw + sizes.other.raw;
  return { ...sizes, files: [...refs].map((f) => relative(dist, f)) };
}

function listPages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => join(dir, e.name, 'index.html'))
    .sort();
}

interface Row {
  type: string;
  pages: number;
  statistic: 'one' | 'average' | 'largest';
  page: string;
  sizes: Sizes;
}

function average(list: Sizes[]): Sizes {
  const n = Math.max(list.length, 1);
  const mean = (f: (s: Sizes) => number) => Math.round(list.reduce((sum, s) => sum + f(s), 0) / n);
  const part = (p: Part) => ({ raw: mean((s) => s[p].raw), gzip: mean((s) => s[p].gzip) });
  return {
    html: part('html'),
    css: part('css'),
    js: part('js'),
    other: part('other'),
    total: mean((s) => s.total),
    transfer: mean((s) => s.transfer),
  };
}

/** dist/ as shown in the report: relative to the repository when inside it. */
const shown = relative(root, dist).startsWith('..') ? dist : relative(root, dist);

async function main(): Promise<void> {
  ensureBuilt();
  const rows: Row[] = [];
  const one = (type: string, file: string) => {
    if (existsSync(file))
      rows.push({ type, pages: 1, statistic: 'one', page: relative(dist, file), sizes: weigh(file) });
  };
  const many = (type: string, files: string[]) => {
    if (files.length === 0) return;
    if (files.length === 1 && files[0]) return one(type, files[0]);
    const weighed = files.map((f) => ({ file: f, sizes: weigh(f) }));
    const largest = weighed.reduce((a, b) => (b.sizes.transfer > a.sizes.transfer ? b : a));
    rows.push({
      type,
      pages: files.length,
      statistic: 'average',
      page: `${relative(dist, join(files[0] ?? '', '..', '..'))}/*/`,
      sizes: average(weighed.map((w) => w.sizes)),
    });
    rows.push({
      type,
      pages: files.length,
      statistic: 'largest',
      page: relative(dist, largest.file),
      sizes: largest.sizes,
    });
  };
  one('home', join(dist, 'index.html'));
  many('paper', listPages(join(dist, 'papers')));
  many('concept', listPages(join(dist, 'concepts')));
  one('glossary index', join(dist, 'concepts', 'index.html'));
  one('search', join(dist, 'search', 'index.html'));
  one('404', join(dist, '404.html'));

  // The whole of dist/ by file type.
  const byExt = new Map<string, { files: number; raw: number; gzip: number }>();
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const data = readFileSync(file);
    const ext = extname(entry.name) || '(none)';
    const cur = byExt.get(ext) ?? { files: 0, raw: 0, gzip: 0 };
    byExt.set(ext, { files: cur.files + 1, raw: cur.raw + data.length, gzip: cur.gzip + gz(data) });
  }

  const pageTable = table(
    [
      'page',
      'statistic',
      'HTML KiB raw / gz',
      'CSS KiB raw / gz',
      'JS KiB raw / gz',
      'other KiB raw / gz',
      'total KiB raw',
      'transfer KiB (gz)',
    ],
    rows.map((r) => [
      r.pages > 1 ? `${r.type} (${String(r.pages)})` : r.type,
      r.statistic === 'largest' ? `largest: ${r.page}` : r.statistic,
      ...(['html', 'css', 'js', 'other'] as const).map(
        (p) => `${kib(r.sizes[p].raw)} / ${kib(r.sizes[p].gzip)}`,
      ),
      kib(r.sizes.total),
      kib(r.sizes.transfer),
    ]),
  );
  const distTable = table(
    ['file type', 'files', 'KiB raw', 'KiB gzip'],
    [...byExt].sort((a, b) => b[1].raw - a[1].raw).map(([ext, s]) => [ext, s.files, kib(s.raw), kib(s.gzip)]),
  );
  process.stdout.write(
    `## Page weight (${shown})\n\n${pageTable}\n\n## dist/ by file type\n\n${distTable}\n`,
  );
  const path = await writeResult('page-weight.json', {
    benchmark: 'page-weight',
    machine: machine(),
    dist: shown,
    method:
      'document + same-site files it references; inline <script>/<style> counted as JS/CSS; gzip level 9 per file',
    pages: rows.map((r) => ({
      ...r,
      sizes: {
        ...r.sizes,
        totalKiB: round(r.sizes.total / 1024, 1),
        transferKiB: round(r.sizes.transfer / 1024, 1),
      },
    })),
    distByType: Object.fromEntries(byExt),
  });
  process.stdout.write(`\nWrote ${path}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
