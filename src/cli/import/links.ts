/**
 * Links the published paper may carry: `http(s)` and `mailto` only. A relative link is resolved
 * against the source's address (`--url`, `<base>`, canonical or og:url); without one it would
 * point at a page this site does not have, so it becomes plain text. A link into the page itself
 * (`#…`) and a script or data link (`javascript:`, `data:`, `vbscript:`) become plain text too.
 */
import type { Definition, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';

/** What happened to the links, for the report. */
export interface LinkReport {
  /** Relative links made absolute. */
  resolved: number;
  /** Links turned into plain text, by reason, with their words. */
  dropped: { reason: string; words: string; url: string }[];
}

const kept = /^(https?:\/\/|mailto:)/i;
const scheme = /^[a-z][a-z0-9+.-]*:/i;

/** Markdown's reference links (`[text][id]` and `[id]: url`) become plain links, checked like the rest. */
export function inlineReferences(tree: Root): void {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node, index, parent) => {
    if (!parent || index === undefined) return;
    definitions.set(node.identifier, node);
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type !== 'linkReference' && node.type !== 'imageReference') return;
    const d = definitions.get(node.identifier);
    const replacement: PhrasingContent =
      node.type === 'linkReference'
        ? d
          ? { type: 'link', url: d.url, title: d.title ?? null, children: node.children }
          : { type: 'text', value: toString(node) }
        : { type: 'image', url: d?.url ?? '', title: d?.title ?? null, alt: node.alt ?? null };
    parent.children.splice(index, 1, replacement);
  });
}

/** Resolves, keeps or unlinks every link of `tree`; `base` is the source's own address. */
export function fixLinks(tree: Root, base: string | undefined): LinkReport {
  const report: LinkReport = { resolved: 0, dropped: [] };
  visit(tree, 'link', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const url = node.url.trim();
    if (kept.test(url)) return;
    let reason: string | undefined;
    if (url.startsWith('#')) reason = 'a link within the original page';
    else if (scheme.test(url)) reason = `a ${url.slice(0, url.indexOf(':') + 1)} link (not allowed)`;
    else if (!base) reason = 'a relative link, and the source has no address (give one with --url)';
    else {
      const absolute = new URL(url, base).href;
      if (kept.test(absolute)) {
        node.url = absolute;
        report.resolved += 1;
        return;
      }
      reason = 'a link that does not resolve to a web address';
    }
    report.dropped.push({ reason, words: toString(node), url });
    parent.children.splice(index, 1, ...node.children);
    return [SKIP, index];
  });
  return report;
}

/**
 * Images left in the text once figures are captioned (`figures` in tidy.ts), such as badges inside
 * links: Glossa does not reproduce images and the build refuses remote ones, so each becomes its
 * alternative text, reported like a dropped link.
 */
export function dropImages(tree: Root): LinkReport {
  const report: LinkReport = { resolved: 0, dropped: [] };
  visit(tree, 'image', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const words = (node.alt ?? '').trim();
    report.dropped.push({
      reason: 'an image in the text (not reproduced; its alternative text kept)',
      words,
      url: node.url,
    });
    parent.children.splice(index, 1, ...(words ? [{ type: 'text' as const, value: words }] : []));
    return [SKIP, index];
  });
  return report;
}

/** Report lines for what `fixLinks` did. */
export function linkRemarks(report: LinkReport): string[] {
  const lines: string[] = [];
  if (report.resolved > 0)
    lines.push(`${String(report.resolved)} relative link(s) resolved against the source's address`);
  const reasons = new Map<string, LinkReport['dropped']>();
  for (const d of report.dropped) reasons.set(d.reason, [...(reasons.get(d.reason) ?? []), d]);
  for (const [reason, list] of reasons)
    lines.push(
      `${String(list.length)} link(s) kept as plain text, ${reason}: ${list
        .slice(0, 4)
        .map((d) => `“${d.words.slice(0, 30)}” → ${d.url.slice(0, 50)}`)
        .join(', ')}${list.length > 4 ? ' …' : ''}`,
    );
  return lines;
}
