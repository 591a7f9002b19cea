/**
 * Links and images in an MDX body: a link may go to a web page (http, https), an e-mail address
 * (mailto), another page of the site (a relative or root path) or a place on the page (#…);
 * anything else (javascript:, data:, vbscript:, file:, a protocol-relative //host) is refused, in
 * any case and with the spaces and control characters a browser ignores. An image must be a file
 * of the project: a remote image would be fetched from another site by every reader.
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { posix } from 'node:path';
import type { Place, Problem } from './problems.ts';
import type { BodyPlace } from './mdx-rules.ts';

/** What a URL written in content points to. */
export type UrlKind = 'web' | 'mailto' | 'path' | 'fragment' | 'protocol-relative' | 'other-scheme';

/**
 * The URL as a browser reads it: leading and trailing spaces and control characters removed, and
 * tabs and line breaks anywhere (the WHATWG URL parser does both), so "java\tscript:" is a scheme.
 */
export const browserUrl = (raw: string): string =>
  // eslint-disable-next-line no-control-regex
  raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');

/** What `raw` points to, by the rules browsers apply. */
export function urlKind(raw: string): UrlKind {
  const url = browserUrl(raw);
  if (/^[\\/]{2}/.test(url)) return 'protocol-relative';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return 'web';
  if (scheme === 'mailto') return 'mailto';
  if (scheme !== undefined) return 'other-scheme';
  return url.startsWith('#') ? 'fragment' : 'path';
}

/** True for a link target content may publish. */
export const isSafeLink = (raw: string): boolean => ['web', 'mailto', 'path', 'fragment'].includes(urlKind(raw));

/** Every link, reference definition and image of `tree` that breaks the rules, at its line and column. */
export function linkRules(tree: Root, where: BodyPlace): Problem[] {
  const problems: Problem[] = [];
  const place = (node: Nodes): Place => {
    const start = node.position?.start;
    return { file: where.file, line: start && start.line + where.firstLine - 1, column: start?.column };
  };
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      if (isSafeLink(node.url)) return;
      const what = node.type === 'definition' ? 'A link reference definition' : 'A link';
      const scheme = /^([^:]*):/.exec(browserUrl(node.url))?.[1]?.toLowerCase() ?? '';
      problems.push({
        ...place(node),
        message:
          urlKind(node.url) === 'protocol-relative'
            ? `${what} starts with "//" (an address on another site, without https:), which content may not publish.`
            : `${what} uses "${scheme}:", which runs or embeds something instead of opening a page; content may not publish it.`,
        expected: 'https://…, http://…, mailto:…, a path on the site (/concepts/…/) or #fragment',
        found: JSON.stringify(node.url.slice(0, 80)),
        suggestion: 'Link to a web page with its full https:// address, or remove the link and keep its text.',
      });
    }
    if (node.type === 'image') {
      const kind = urlKind(node.url);
      const climbs = kind === "path" && escapes(browserUrl(node.url));
      if (kind === 'path' && !climbs) return;
      problems.push({
        ...place(node),
        message:
          kind === 'web' || kind === 'protocol-relative'
            ? 'An image is loaded from another site: every reader’s browser would fetch it from there.'
            : climbs
              ? 'An image path leaves the content folder: only the project’s own files are published.'
              : 'An image address is not a file of the project.',
        expected: 'an image file inside content/ (or public/), given by its path',
        found: JSON.stringify(node.url.slice(0, 80)),
        suggestion: 'Save the image in the project (content/images/ or public/) and give its path; check its licence.',
      });
    }
  });
  return problems;
}

/** True when `url`, relative to the file, reaches above its content folder (content/<collection>/x.mdx may go up one). */
function escapes(url: string): boolean {
  if (url.startsWith('/')) return false; // served from public/, never read from the disk by the compile
  let path = url.split(/[?#]/)[0] ?? '';
  try {
    path = decodeURIComponent(path).replaceAll('\\', '/');
  } catch {
    return true; // a malformed %-escape is not a file name
  }
  const parts = posix.normalize(posix.join('collection', path)).split('/');
  return parts[0] === '..' || (parts[0] === '.' && parts.length === 1) || path.includes('\0');
}
