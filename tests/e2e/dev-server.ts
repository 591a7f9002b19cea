/**
 * `astro dev` on a copy of the content, for the tests of live preview (one server per spec file).
 * Every dev server of the project shares its `.astro/` folder (the content store), so the specs
 * that start one run one after another, in the `dev` project of playwright.config.ts (one worker).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createServer } from 'node:net';

const root = process.cwd();

/** A port nobody listens on, so a stale server from an earlier run can never answer. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** A running dev server on its own copy of content/. */
export interface DevServer {
  /** Base URL, "http://127.0.0.1:<port>". */
  url: string;
  /** The copied content folder (edit files here). */
  content: string;
  /** The copy's folder relative to the project root, as messages show it. */
  rel: string;
  /** What the server has printed so far (stdout and stderr). */
  log: () => string;
  /** Stops the server and removes its copy of the content and its cache. */
  stop: () => Promise<void>;
}

/**
 * Copies content/ to tests/.tmp, lets `prepare` edit the copy, starts `astro dev` on it and waits
 * until `ready` (a path) answers: `ok` for a 200, `any` for any answer (an error page counts).
 * `stop` kills the server and removes the copy.
 */
export async function startDev(
  prepare: (content: string) => void,
  ready: { path: string; answer: 'ok' | 'any' },
): Promise<DevServer> {
  const port = await freePort();
  mkdirSync(join(root, 'tests/.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'tests/.tmp/dev-'));
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  prepare(content);
  const server: ChildProcess = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        GLOSSA_CONTENT: content,
        GLOSSA_CACHE_DIR: join(dir, 'cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${String(port)}`;
  // Up to four minutes: a cold dev server compiles the paper on its first request, slowly on a busy machine.
  for (let i = 0; i < 960; i++) {
    try {
      const response = await fetch(`${url}${ready.path}`);
      if (ready.answer === 'any' || response.ok) {
        return {
          url,
          content,
          rel: relative(root, dir),
          log: () => log,
          stop: () => stopAndRemove(server, dir),
        };
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopAndRemove(server, dir);
  throw new Error('astro dev did not start');
}

/** Kills `server`, then, once it has exited (it writes under `dir`), removes `dir`. */
async function stopAndRemove(server: ChildProcess, dir: string): Promise<void> {
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
}

/**
 * `text` (an entry whose frontmatter ends with `revisions:`) with a revision of today added, as an
 * editor adds one with a change: without it, a changed published entry is an error (issue #15).
 */
export function withRevision(text: string, note: string): string {
  const end = text.indexOf('\n---', 3);
  const keys = [...text.slice(0, end).matchAll(/^(\w+):/gm)].map((m) => m[1]);
  if (keys.at(-1) !== 'revisions') throw new Error('The frontmatter does not end with revisions.');
  const today = new Date().toISOString().slice(0, 10);
  return `${text.slice(0, end)}\n  - date: ${today}\n    note: ${note}${text.slice(end)}`;
}
