/**
 * The last check of a build, on the finished pages before they replace the output folder: every
 * internal link and #fragment resolves (as VitePress and Docusaurus refuse dead links). A broken
 * one is reported once per address, with the content file and line that wrote it when it can be
 * found there, and the pages that show it; the build then publishes nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../lib/content/problems.ts';

/** One dead link: the address as written, and the built pages (site paths) that carry it. */
export interface DeadLink {
  href: string;
  pages: string[];
  why: string;
}

const entities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };
const unescape = (text: string) =>
  text.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, e: string) => entities[e] ?? '');
const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Every dead internal link of the site built in `dir`, served under `base` ("/" or "/sub/"). */
export function deadLinks(dir: string, base = '/'): DeadLink[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const pages = htmlFiles(dir);
  const ids = new Map<string, Set<string>>();
  const texts = new Map<string, string>();
  for (const page of pages) {
    const text = readFileSync(join(dir, page), 'utf8');
    texts.set(page, text);
    ids.set(page, new Set([...text.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => unescape(m[1] ?? ''))));
  }
  /** The built file a site path is served from, if any. */
  const fileOf = (path: string): string | undefined => {
    if (!path.startsWith(prefix)) return undefined;
    const inside = decode(path.slice(prefix.length));
    const candidates =
      inside === '' || inside.endsWith('/')
        ? [`${inside}index.html`]
        : [inside, `${inside}/index.html`, `${inside}.html`];
    return candidates.find(
      (c) => !c.split('/').includes('..') && existsSync(join(dir, c)) && statSync(join(dir, c)).isFile(),
    );
  };
  const dead = new Map<string, DeadLink>();
  for (const page of pages) {
    const text = texts.get(page) ?? '';
    const pageUrl = new URL(`${prefix}${page.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site.invalid');
    // Links a reader follows and resources the page loads; canonical and social addresses are absolute.
    for (const m of text.matchAll(/<(a|area|link|img|script|source|iframe)\b[^>]*?\s(href|src)="([^"]*)"/g)) {
      const href = unescape(m[3] ?? '');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href === '') continue;
      const url = new URL(href, pageUrl);
      const file = fileOf(url.pathname);
      let why = '';
      if (!file) why = 'no page or file at this address';
      else if (url.hash && file.endsWith('.html')) {
        const fragment = decode(url.hash.slice(1));
        if (!ids.get(file)?.has(fragment)) why = `the page has no element with id "${fragment}"`;
      }
      if (!why) continue;
      const found = dead.get(href) ?? { href, pages: [], why };
      if (!found.pages.includes(pageUrl.pathname)) found.pages.push(pageUrl.pathname);
      dead.set(href, found);
    }
  }
  return [...dead.values()];
}

/** The content file and place that wrote `href` (searched as written, then without the base), if any. */
function sourceOf(href: string, base: string, contentDir: string, shown: (path: string) => string) {
  const needles = [href, href.startsWith(base) && base !== '/' ? `/${href.slice(base.length)}` : ''].filter(
    Boolean,
  );
  const walk = (d: string): string[] =>
    existsSync(d)
      ? readdirSync(d, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() && e.name !== 'archive'
            ? walk(join(d, e.name))
            : e.isFile() && /\.(mdx|yaml)$/.test(e.name)
              ? [join(d, e.name)]
              : [],
        )
      : [];
  for (const path of walk(contentDir).sort()) {
    const lines = readFileSync(path, 'utf8').split(/\r?\n/);
    for (const needle of needles)
      for (const [i, line] of lines.entries()) {
        const at = line.indexOf(needle);
        if (at >= 0) return { file: shown(path), line: i + 1, column: at + 1 };
      }
  }
  return undefined;
}

/** The dead links of the build in `dir` as problems, each named at its source when it is found there. */
export function deadLinkProblems(
  dir: string,
  base: string,
  contentDir: string,
  shown: (path: string) => string,
): Problem[] {
  return deadLinks(dir, base).map((d): Problem => {
    const place = sourceOf(d.href, base, contentDir, shown);
    const on = `${d.pages.slice(0, 3).join(', ')}${d.pages.length > 3 ? ` and ${String(d.pages.length - 3)} more` : ''}`;
    return {
      ...(place ?? { file: `the built page ${d.pages[0] ?? ''} (no content file writes this address)` }),
      message: `A link on the site leads nowhere: ${d.why}.`,
      expected: 'a link to a page or a #fragment the site has',
      found: `${JSON.stringify(d.href)} on ${String(d.pages.length)} page(s): ${on}`,
      suggestion: place
        ? 'Correct the address (a concept is /concepts/<id>/, a paragraph #p<n>), or remove the link.'
        : 'The address is made by the site’s own code or layout: fix it there.',
    };
  });
}
