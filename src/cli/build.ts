/**
 * `npm run build`: runs `astro build` into a temporary folder next to the output folder and
 * swaps it in only when everything has succeeded (pages, sitemap, the Pagefind index in
 * `astro:build:done`). A failed or interrupted build leaves the previous output as it was and
 * no temporary folder behind. The output folder is `GLOSSA_OUT_DIR` when set, else `dist/`.
 * Astro's output passes through; the exit code is Astro's.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { constants } from 'node:os';
import { cacheRoot, capFolder } from '../lib/cache/disk-cache.ts';

const target = resolve(process.env['GLOSSA_OUT_DIR'] ?? 'dist');
// Next to the target, so the swap is a rename on one file system, never a copy.
const temporary = join(dirname(target), `.glossa-build-${String(process.pid)}`);
const previous = join(dirname(target), `.glossa-old-${String(process.pid)}`);
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/** Removes the temporary folders of this run (idempotent). */
function cleanUp(): void {
  rmSync(temporary, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
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

cleanUp();
if (existsSync(dirname(target))) removeAbandoned();
// Memory (bench/README.md, "Memory"): a 4 MiB young generation instead of 16 (V8 collects it more
// often, for little CPU), and the Rust bundler's allocator (mimalloc, in Vite's rolldown) gives
// freed pages back at once rather than keeping them. Speed: Node keeps the compiled code of
// Astro, Vite and the rest in the build cache (Node checks it against each file's contents).
// Each can be overridden from outside.
const compileCache = join(cacheRoot(), 'node-compile-cache');
// Node never removes an entry, and each build adds ~2 MB for its server chunks: start again past 64 MiB.
if (process.env['GLOSSA_NO_CACHE'] !== '1') capFolder(compileCache, 64 * 2 ** 20);
const lean = {
  MIMALLOC_PURGE_DECOMMITS: '1',
  MIMALLOC_PURGE_DELAY: '0',
  ...(process.env['GLOSSA_NO_CACHE'] === '1' ? {} : { NODE_COMPILE_CACHE: compileCache }),
};
const child = spawn(process.execPath, ['--max-semi-space-size=4', astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...lean, ...process.env, GLOSSA_OUT_DIR: temporary },
});

// Ctrl-C reaches Astro through the terminal too; on a signal sent to this process only, pass it on.
// Either way this process waits for Astro to stop, then cleans up below.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    child.kill(signal);
  });
}

child.on('error', (error) => {
  cleanUp();
  process.stderr.write(`Could not start Astro: ${error.message}\n`);
  process.exitCode = 1;
});

child.on('exit', (code, signal) => {
  if (code !== 0) {
    cleanUp();
    process.stderr.write(
      `\nThe build did not finish: ${basename(target)}/ was left as it was (nothing was published).\n`,
    );
    process.exitCode = code ?? 128 + (signal ? constants.signals[signal] : 1);
    return;
  }
  try {
    swap();
    process.stdout.write(`The finished build is now in ${basename(target)}/.\n`);
  } catch (error) {
    cleanUp();
    process.stderr.write(`Could not move the new build into ${target}: ${String(error)}\n`);
    process.exitCode = 1;
  }
});
