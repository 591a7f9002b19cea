/**
 * A tiny static file server for dist/ on a free loopback port, so the engine checks need no other
 * process. It serves `dir/index.html` for `dir/`, redirects `dir` to `dir/` (trailingSlash:
 * 'always'), and answers 404 with dist/404.html.
 *
 * `headScript`, when given, is served at HEAD_SCRIPT_PATH and loaded by a classic <script> put
 * first in every HTML page's <head>: an external same-origin script is allowed by the site's CSP
 * (`script-src 'self'`), so the page itself is otherwise unchanged. The WebKit adapter uses it to
 * record console errors, which W3C WebDriver classic cannot read.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export const HEAD_SCRIPT_PATH = '/__glossa-engines/head.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.bib': 'text/plain; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
  '.jsonld': 'application/ld+json',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function serve(root: string, options: { headScript?: string } = {}): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (options.headScript !== undefined && url.pathname === HEAD_SCRIPT_PATH) {
        response.writeHead(200, { 'content-type': TYPES['.js'] ?? '', 'cache-control': 'no-store' });
        response.end(options.headScript);
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        response.writeHead(400).end();
        return;
      }
      const path = normalize(join(base, pathname));
      if (path !== base && !path.startsWith(base + sep)) {
        response.writeHead(403).end();
        return;
      }
      let file = pathname.endsWith('/') ? join(path, 'index.html') : path;
      let status = 200;
      if (!(await isFile(file))) {
        if (!pathname.endsWith('/') && (await isFile(join(path, 'index.html')))) {
          response.writeHead(301, { location: `${pathname}/${url.search}` }).end();
          return;
        }
        file = join(base, '404.html');
        status = 404;
        if (!(await isFile(file))) {
          response.writeHead(404, { 'content-type': TYPES['.txt'] ?? '' }).end('Not found');
          return;
        }
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body: Buffer | string = await readFile(file);
      if (options.headScript !== undefined && type.startsWith('text/html')) {
        body = body
          .toString('utf8')
          .replace(/<head(\s[^>]*)?>/i, (head) => `${head}<script src="${HEAD_SCRIPT_PATH}"></script>`);
      }
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A free TCP port on the loopback interface (for a driver that must be told its port). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done, fail) => {
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => done());
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}
