/**
 * Published URLs never break: every path listed in tests/published-urls.txt must still be
 * served by the built site, as a page, a file, or a redirect page.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The listed paths (site-relative, one per line; # starts a comment) that dist/ no longer serves. */
export function missingPublished(dist: string, listing: string): string[] {
  const paths = listing
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
  return paths.filter((path) => {
    const target = join(dist, decodeURIComponent(path));
    if (path.endsWith('/')) return !existsSync(join(target, 'index.html'));
    return !(existsSync(target) && statSync(target).isFile());
  });
}
