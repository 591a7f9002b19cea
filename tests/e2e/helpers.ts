/** Shared e2e helpers: content read from the repository, axe with the WCAG 2.2 AA tags. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Ids of every concept file. */
export const conceptIds = readdirSync(join(process.cwd(), 'content/concepts'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

/** Folds quotes, emphasis markers and whitespace so source and page text compare equal. */
export const normalise = (text: string): string =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+/g, '')
    .replace(/[\u201C\u201D\u2018\u2019"']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The synopsis and commentary paragraphs of the original, read from the source text kept in
 * tests/fixtures: page-break fragments (a block not ending a sentence) are joined back.
 */
export function sourceParagraphs(): { synopsis: string; paragraphs: string[] } {
  const text = readFileSync(join(process.cwd(), 'tests/fixtures/source-joining-the-dots.md'), 'utf8');
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const synopsis = blocks[blocks.findIndex((b) => b.includes('SYNOPSIS')) + 1] ?? '';
  const start = blocks.findIndex((b) => b.includes('COMMENTARY')) + 1;
  const end = blocks.findIndex((b) => b.startsWith('***Jun Yan Chang***'));
  const paragraphs: string[] = [];
  for (const block of blocks.slice(start, end)) {
    if (block.startsWith('#') || block.includes('Image source:')) continue;
    const last = paragraphs.at(-1);
    if (last !== undefined && !/[.?!”"]$/.test(last)) paragraphs[paragraphs.length - 1] = `${last} ${block}`;
    else paragraphs.push(block);
  }
  return { synopsis: normalise(synopsis), paragraphs: paragraphs.map(normalise) };
}

/** Runs axe with the WCAG 2.0–2.2 A and AA rules and returns the violations. */
export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}
