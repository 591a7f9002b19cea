/**
 * Characters no reader can see: bidi controls (which reorder what is shown, "Trojan Source") and
 * zero-width or other invisible characters (which make two equal-looking names differ). Refused in
 * ids, titles, aliases, names and short definitions, as they are in marked terms. The zero-width
 * joiner and non-joiner stay allowed: Persian, Indic scripts and emoji need them to shape letters.
 */
import type { Problem } from './problems.ts';
import type { PositionedYaml } from './yaml.ts';

const hidden = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The hidden characters of `text`, named by code point (U+202E), each once. */
export const hiddenCharacters = (text: string): string[] => [...new Set(text.match(hidden) ?? [])].map(codePoint);

/** `text` quoted, its hidden characters written as \u escapes so that the message shows them. */
export const showHidden = (text: string): string =>
  JSON.stringify(text.slice(0, 80)).replace(hidden, (c) => `\\u${codePoint(c).slice(2)}`);

/** The frontmatter fields a reader sees as names: where a hidden character would mislead. */
const namedFields = new Set(['id', 'title', 'name', 'aliases', 'short', 'formerIds', 'container-title', 'description']);

/** Every hidden character in a named field of a YAML file, at the field's line and column. */
export function hiddenInFields(yaml: PositionedYaml): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: (string | number)[], named: boolean) => {
    if (typeof value === 'string') {
      const found = named ? hiddenCharacters(value) : [];
      if (found.length === 0) return;
      const field = path.join('.');
      problems.push({
        ...yaml.locate(path),
        message: `The field "${field}" holds ${found.length === 1 ? `${found.join('')}, a character` : `${found.join(', ')}, characters`} no reader can see.`,
        expected: 'visible characters only (no bidi controls, zero-width or other invisible characters)',
        found: showHidden(value),
        suggestion: `Retype "${field}" without the hidden character (shown above as \\u…).`,
      });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], named));
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) walk(v, [...path, key], named || namedFields.has(key));
  };
  walk(yaml.value, [], false);
  return problems;
}
