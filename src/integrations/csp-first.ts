/**
 * Puts each page's Content Security Policy `<meta>` first in `<head>`, straight after
 * `<meta charset>` (`astro:build:done`). Astro writes it where the head's own content ends,
 * after elements that load things (the theme script, the icon), which it then does not cover.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moveCspFirst } from '../lib/site/csp.ts';

/** The Astro integration. */
export function cspFirst(): AstroIntegration {
  return {
    name: 'glossa-csp-first',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const site = fileURLToPath(dir);
        for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const path = join(entry.parentPath, entry.name);
          const html = readFileSync(path, 'utf8');
          const moved = moveCspFirst(html);
          if (moved !== html) writeFileSync(path, moved);
        }
      },
    },
  };
}
