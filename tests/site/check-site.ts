/**
 * Post-build checks of a built site (run by `npm test` after `npm run build`):
 *  - every paper and concept in the content has its page, and the site files exist;
 *  - every internal link and #fragment resolves (linkinator, with fragment checking);
 *  - every page is valid HTML (html-validate, .htmlvalidate.json);
 *  - canonical links, sitemap and robots.txt use the configured site and base;
 *  - every page starts its <head> with the Content Security Policy;
 *  - what a reader sees has curly quotes and apostrophes (tests/site/typography.ts).
 * Every problem is listed, not just the first. Usage:
 *   node tests/site/check-site.ts                 check dist/ as built
 *   node tests/site/check-site.ts --subpath       build with GLOSSA_BASE=/glossa/ and a custom site, then check
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createServer } from 'node:net';
import { LinkChecker } from 'linkinator';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { missingPublished } from './published.ts';
import { straightQuotes } from './typography.ts';
import { siteAddress } from '../../src/lib/site/address.ts';
import { loadContent } from '../../src/lib/content/load.ts';

const root = process.cwd();
const subpath = process.argv.includes('--subpath');
const contentDir = join(root, process.env['GLOSSA_CONTENT'] ?? 'content');
// The address the build used: GLOSSA_SITE, else `url` in site.yaml, else the local preview one.
const site = subpath
  ? 'https://readings.example.org'
  : siteAddress(process.env['GLOSSA_SITE'], loadContent(root, contentDir, { marks: 'return' }).site.url).url;
const base = subpath ? '/glossa/' : (process.env['GLOSSA_BASE'] ?? '/');
let dist = join(root, 'dist');
/** This check's temporary folders (the sub-path build, its cache, the served copy), removed as it exits. */
const scratch: string[] = [];
const scratchDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};
process.on('exit', () => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

if (subpath) {
  dist = scratchDir('glossa-subpath-');
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      GLOSSA_SITE: site,
      GLOSSA_BASE: base,
      GLOSSA_OUT_DIR: dist,
      GLOSSA_CACHE_DIR: scratchDir('glossa-cache-'),
    },
  });
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}\n${build.stderr}\nThe sub-path build failed.\n`);
    process.exit(1);
  }
}

const problems: string[] = [];
const ids = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.slice(0, -4))
    : [];
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name.startsWith('.')
        ? []
        : htmlFiles(join(dir, e.name))
      : e.name.endsWith('.html')
        ? [join(dir, e.name)]
        : [],
  );

// 1. Pages for all content, and the site files.
const expected = [
  'index.html',
  '404.html',
  'concepts/index.html',
  'robots.txt',
  'sitemap-index.xml',
  ...ids(join(contentDir, 'papers')).map((id) => `papers/${id}/index.html`),
  ...ids(join(contentDir, 'concepts')).map((id) => `concepts/${id}/index.html`),
  ...ids(join(contentDir, 'entities')).map((id) => `entities/${id}/index.html`),
];
for (const file of expected) if (!existsSync(join(dist, file))) problems.push(`missing page: ${file}`);

// Every URL ever published is still served (tests/published-urls.txt; add to it, never remove).
for (const path of missingPublished(dist, readFileSync(join(root, 'tests/published-urls.txt'), 'utf8'))) {
  problems.push(
    `a published URL is gone: ${path} (restore it, or add the old id to "formerIds" for a redirect)`,
  );
}

// 2. Canonical links, robots.txt and sitemap under the configured site and base.
const prefix = new URL(base, site).href;
for (const file of htmlFiles(dist)) {
  const html = readFileSync(file, 'utf8');
  if (html.includes('http-equiv="refresh"')) continue; // redirect pages of former ids
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  if (!ogImage?.startsWith(prefix))
    problems.push(`${relative(dist, file)}: og:image ${String(ogImage)} is not under ${prefix}`);
  else if (!existsSync(join(dist, ogImage.slice(prefix.length))))
    problems.push(`${relative(dist, file)}: its social card ${ogImage} was not built`);
  const path = relative(dist, file).replace(/index\.html$/, '');
  if (canonical !== undefined && canonical !== `${prefix}${path}`)
    problems.push(`${path || '/'}: canonical ${canonical}, expected ${prefix}${path}`);
}
const robots = existsSync(join(dist, 'robots.txt')) ? readFileSync(join(dist, 'robots.txt'), 'utf8') : '';
if (!robots.includes(`Sitemap: ${prefix}sitemap-index.xml`))
  problems.push(`robots.txt does not point at ${prefix}sitemap-index.xml`);
const sitemaps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
const locs = sitemaps.flatMap((f) =>
  [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''),
);
if (locs.length < expected.length - 4)
  problems.push(`sitemap lists ${locs.length} URLs, fewer than the pages`);
for (const loc of locs) if (!loc.startsWith(prefix)) problems.push(`sitemap URL outside the site: ${loc}`);

// 3. Links and fragments, served the way a host would serve the base path.
const served = scratchDir('glossa-serve-');
const mount = join(served, base);
mkdirSync(mount, { recursive: true });
cpSync(dist, mount, { recursive: true });
const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const address = probe.address();
    probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
  });
});
const checker = new LinkChecker();
const result = await checker.check({
  path: base === '/' ? '.' : base.replace(/^\/|\/$/g, ''), // a folder, relative to serverRoot
  serverRoot: served,
  recurse: true,
  checkFragments: true,
  concurrency: 20,
  port,
  // Only this site is checked: no network here, and external pages are not ours to keep.
  linksToSkip: async (link) =>
    /^[a-z]+:/i.test(link) && !link.startsWith(`http://localhost:${String(port)}/`),
});
for (const link of result.links) {
  if (link.state === 'BROKEN')
    problems.push(
      `broken link: ${link.url.replace(served, '')} (${link.failureDetails?.map(String).join('; ') ?? String(link.status)}) on ${(link.parent ?? '?').replace(served, '')}`,
    );
}
const checked = result.links.filter((l) => l.state === 'OK').length;

// 4. No word glued to a link or citation by HTML compression (the 'jsx' compressHTML trap).
for (const file of htmlFiles(dist)) {
  // Links with no text (¶ and note numbers that CSS draws) hold no words to glue.
  const text = readFileSync(file, 'utf8')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<a\b[^>]*><\/a>/g, '');
  const glued =
    /[A-Za-z.,;:]<(?:a|cite|time|strong|em|code)\b[^>]*>|<\/(?:a|cite|time|strong|em|code)>[A-Za-z]/g;
  for (const m of text.matchAll(glued)) {
    problems.push(
      `${relative(dist, file)}: words glued together at "${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10)}"`,
    );
  }
}

// 5. The Content Security Policy first in <head>, straight after the charset (src/lib/site/csp.ts).
for (const file of htmlFiles(dist)) {
  const html = readFileSync(file, 'utf8');
  if (html.includes('http-equiv="refresh"')) continue; // redirect pages: no script, no style
  if (
    !/<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'none';/.test(
      html,
    )
  )
    problems.push(`${relative(dist, file)}: the Content Security Policy is not the first thing in <head>`);
}

// 6. Curly quotes and apostrophes in everything a reader sees (tests/site/typography.ts).
for (const file of htmlFiles(dist)) {
  for (const text of straightQuotes(readFileSync(file, 'utf8')))
    problems.push(
      `${relative(dist, file)}: a straight quote where a reader sees it: "${text.slice(0, 100)}"`,
    );
}

// 7. Valid HTML.
const validator = new HtmlValidate(new FileSystemConfigLoader());
for (const file of htmlFiles(dist)) {
  const report = await validator.validateFile(file);
  for (const r of report.results)
    for (const m of r.messages)
      problems.push(`${relative(dist, file)}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
}

const label = subpath ? `site at ${prefix}` : 'dist/';
if (problems.length > 0) {
  process.stderr.write(
    `${problems.length} problem(s) in the built ${label}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `Built ${label}: ${expected.length} expected files present, ${checked} links and fragments resolve, ${htmlFiles(dist).length} pages valid HTML.\n`,
);
