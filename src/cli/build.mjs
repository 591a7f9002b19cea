// @ts-check
/**
 * `npm run build` starts here: it serves the build's TypeScript from the stripped-text cache
 * (src/cli/typescript-cache.mjs), so that a build in which none of those files changed does not
 * load Node's TypeScript stripper, then runs the build itself (src/cli/build.ts). Plain
 * JavaScript, like that cache, for the same reason. `GLOSSA_NO_CACHE=1` leaves stripping to Node.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerTypeScriptCache } from './typescript-cache.mjs';

if (process.env['GLOSSA_NO_CACHE'] !== '1') {
  // The build cache's folder (cacheRoot() in src/lib/cache/disk-cache.ts, which is TypeScript).
  const fixtureCache = process.env['GLOSSA_CACHE_DIR'];
  const root = fixtureCache
    ? resolve(fixtureCache, 'glossa')
    : join(fileURLToPath(new URL('../..', import.meta.url)), 'node_modules', '.cache', 'glossa');
  registerTypeScriptCache(join(root, 'typescript'));
}
await import('./build.ts');
