/**
 * `npm run build`: runs `astro build` into a temporary folder next to the output folder and
 * swaps it in only when everything has succeeded (pages, sitemap, the Pagefind index in
 * `astro:build:done`). A failed or interrupted build leaves the previous output as it was and
 * no temporary folder behind. The output folder is `GLOSSA_OUT_DIR` when set, else `dist/`.
 * Astro runs in this process (its CLI, as `astro build` runs it: same output, same messages, same
 * exit code); the swap or the clean-up happens as the process exits, whatever ends it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, enableCompileCache } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { constants } from 'node:os';
import { pathToFileURL } from 'node:url';
import { cacheRoot, capFolder } from '../lib/cache/disk-cache.ts';
import { projectRoot } from '../lib/cache/code-version.ts';
import { BUILD_MARKER, markerText, outputFolderProblem } from './out-dir.ts';
import { deadLinkProblems } from './site-links.ts';
import { ContentError } from '../lib/content/problems.ts';

const target = resolve(process.env['GLOSSA_OUT_DIR'] ?? 'dist');
// Next to the target, so the swap is a rename on one file system, never a copy. The same name
// each build, not the process id: Node's compile cache keys compiled code by file path, and
// Astro runs its server chunks from this folder, so a fixed name reuses their entries instead of
// adding new ones each build (bench/log/2026-11-25-to-12-07.md §4). The lock keeps two builds of one target apart.
const temporary = join(dirname(target), `.glossa-build.${basename(target)}`);
const lock = `${temporary}.lock`;
const previous = join(dirname(target), `.glossa-old-${String(process.pid)}`);
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/** Removes the temporary folders of this run and its lock (idempotent). */
function cleanUp(): void {
  rmSync(temporary, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  rmSync(lock, { force: true });
}

/**
 * Takes the target's lock (a file holding this process id), or stops when another live build
 * holds it. A lock whose process is gone (a build killed outright) is stale and taken over.
 */
function takeLock(): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(lock, 'utf8').trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
      process.stderr.write(
        `Another build of ${basename(target)}/ is running (process ${String(holder)}): wait for it to finish, or stop it.\n` +
          `If no build is running, delete ${lock} and build again.\n`,
      );
      process.exit(1);
    }
    rmSync(lock, { force: true });
  }
  throw new Error(`Could not take the build lock ${lock}.`);
}

/** Puts the new build in place of the old one: two renames, then the old one is removed. */
function swap(): void {
  const hadPrevious = existsSync(target);
  if (hadPrevious) renameSync(target, previous);
  try {
    renameSync(temporary, target);
  } catch (error) {
    if (hadPrevious) renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** Folders left by a build that was killed outright (SIGKILL, power loss): its process is gone. */
function removeAbandoned(): void {
  for (const name of readdirSync(dirname(target))) {
    const pid = /^\.glossa-(?:build|old)-(\d+)$/.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(join(dirname(target), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Before anything is written: the swap deletes what the target holds.
const contentDir = resolve(process.env['GLOSSA_CONTENT'] ?? 'content');
const refusal = outputFolderProblem(target, {
  root: projectRoot(),
  contentDir,
  extra: process.env['GLOSSA_CACHE_DIR'] ? [cacheRoot()] : [],
});
if (refusal) {
  process.stderr.write(`${refusal}\nNothing was built and nothing was written.\n`);
  process.exit(1);
}
// GLOSSA_NO_CACHE=1 bypasses the cache, and clears it: no entry it skipped can be read back later.
if (process.env['GLOSSA_NO_CACHE'] === '1') rmSync(cacheRoot(), { recursive: true, force: true });
mkdirSync(dirname(target), { recursive: true });
takeLock();
// What a build killed outright left: its temporary folder (same name), and older id-named folders.
rmSync(temporary, { recursive: true, force: true });
removeAbandoned();
// Memory (bench/README.md, "Memory"): the Rust bundler's allocator (mimalloc, in Vite's rolldown)
// gives freed pages back at once rather than keeping them (read when rolldown loads, below); the
// 4 MiB young generation and a heap that grows at most to twice what survived its last full
// collection (V8's own choice goes up to four times) are Node flags, in package.json's build
// script. Speed: Node keeps the compiled code of Astro, Vite and the rest in the build cache
// (Node checks it against each file's contents). Each can be overridden from outside.
process.env['MIMALLOC_PURGE_DECOMMITS'] ??= '1';
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
// Rolldown's own pool of bundling threads (default: one and a half per physical core), each with
// its allocator's heap: one thread peaks lower and bundles as fast on this machine
// (bench/README.md, "Why the build is set up as it is"), where the main thread is busy with the plugins anyway.
process.env['ROLLDOWN_WORKER_THREADS'] ??= '1';
const compileCache = join(cacheRoot(), 'node-compile-cache');
// Not on a fresh clone's first build: writing the compile cache costs that build about a tenth of
// its CPU (bench/log/2026-12-07-to-12-08.md, "Cold build: what changed in this round"), so it starts with the build
// after one that finished here (every finished build leaves its content entry).
const builtHereBefore = existsSync(compileCache) || existsSync(join(cacheRoot(), 'content'));
// A NODE_COMPILE_CACHE set from outside is Node's to use (it enabled it at start-up) and not ours to trim.
if (
  process.env['GLOSSA_NO_CACHE'] !== '1' &&
  process.env['NODE_COMPILE_CACHE'] === undefined &&
  builtHereBefore
) {
  // Node never removes an entry: only the copy written last is kept (one per Node version and V8
  // flags), and it starts again past 10,000 files (~60 MB; one build of this site fills ~1,700, and
  // each later build adds about one).
  capFolder(compileCache, 10_000);
  enableCompileCache(compileCache);
}

/** Runs as the process exits: publish the build if Astro succeeded, else leave everything as it was. */
function finish(code: number): void {
  if (code !== 0) {
    cleanUp();
    process.stderr.write(
      `\nThe build did not finish: ${basename(target)}/ was left as it was (nothing was published).\n`,
    );
    return;
  }
  // Every internal link and fragment of the finished pages, before they are published.
  const dead = deadLinkProblems(temporary, process.env['GLOSSA_BASE'] ?? '/', contentDir, (path) =>
    relative(projectRoot(), path).split(sep).join('/'),
  );
  if (dead.length > 0) {
    cleanUp();
    process.stderr.write(
      `\n${new ContentError(dead).message.replace('in the content', 'in the links of the built site')}\nThe build did not finish: ${basename(target)}/ was left as it was (nothing was published).\n`,
    );
    process.exitCode = 1;
    return;
  }
  try {
    writeFileSync(join(temporary, BUILD_MARKER), markerText);
    swap();
    rmSync(lock, { force: true });
    process.stdout.write(`The finished build is now in ${basename(target)}/.\n`);
  } catch (error) {
    cleanUp();
    process.stderr.write(`Could not move the new build into ${target}: ${String(error)}\n`);
    process.exitCode = 1;
  }
}
process.on('exit', finish);
// Ctrl-C or a kill: stop here (the exit handler above cleans up) instead of dying without it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => process.exit(128 + constants.signals[signal]));
}

// Astro's own command line, in this process: `astro build` with this script's arguments.
process.env['GLOSSA_OUT_DIR'] = temporary;
process.argv = [process.argv[0] ?? process.execPath, astro, 'build', ...process.argv.slice(2)];
await import(pathToFileURL(astro).href);
