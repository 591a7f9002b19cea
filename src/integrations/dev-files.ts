/**
 * `astro dev` serves the routes whose address ends in a file name (the citation downloads, the
 * exports) as the built site does: at that address, without a trailing slash. With `trailingSlash: 'always'`, Astro's dev server answers them only at
 * `…/glossa-power.bib/` and gives 404 at the address the pages link to, so every download link
 * failed in live preview (the built site writes them as files and was never affected). The slash
 * is added, before Astro's router sees the request, only for a path that an endpoint route
 * matches with it and whose extension is one such a route writes; Vite's own requests (`/@…`,
 * `/src/…`, `/node_modules/…`) and the files of `public/` are left alone. Dev only.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Extensions of the files the site's endpoints write. */
const routeFiles = /\.(?:bib|ris|json|csv|ttl|png|epub|txt|xml)$/;
const viteOwn = /^\/(?:@|src\/|node_modules\/|\.astro\/)/;

/** Whether `path` (without the base) names a file an endpoint writes, asked for without the slash. */
export function needsSlash(
  path: string,
  endpoints: readonly RegExp[],
  isPublicFile: (path: string) => boolean,
): boolean {
  if (path.endsWith('/') || !routeFiles.test(path) || viteOwn.test(path) || isPublicFile(path)) return false;
  return endpoints.some((pattern) => pattern.test(`${path}/`));
}

/** The Astro integration. */
export function devFileRoutes(): AstroIntegration {
  let endpoints: RegExp[] = [];
  let publicDir = '';
  let base = '/';
  return {
    name: 'glossa-dev-file-routes',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:routes:resolved': ({ routes }) => {
        endpoints = routes.filter((r) => r.type === 'endpoint').map((r) => r.patternRegex);
      },
      'astro:server:setup': ({ server }) => {
        const isPublic = (path: string) => existsSync(join(publicDir, decodeURIComponent(path)));
        server.middlewares.use((req, _res, next) => {
          const url = req.url ?? '';
          const at = url.search(/[?#]/);
          const [path, rest] = at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at)];
          if (path.startsWith(base)) {
            if (needsSlash(`/${path.slice(base.length)}`, endpoints, isPublic)) req.url = `${path}/${rest}`;
          }
          next();
        });
      },
    },
  };
}
