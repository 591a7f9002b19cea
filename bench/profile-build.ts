/**
 * Where a build's CPU goes: one `npm run build` under V8's sampling profiler, then the main
 * thread's time by package (or project folder) and by time window, with the build's own log lines
 * and `/usr/bin/time`'s CPU and peak memory for the whole process. Work on other threads (resvg on
 * Node's thread pool, rolldown's worker, Pagefind's process) is in the CPU total, not the profile.
 *
 *   node bench/profile-build.ts                # a fresh clone's build (every cache removed first)
 *   node bench/profile-build.ts --warm         # keep node_modules/.cache (a deploy that restored it)
 *   node bench/profile-build.ts --window 1000  # coarser time windows (ms)
 *
 * Method and current figures: bench/README.md ("Method"); the stages of 7 December: bench/log/2026-12-07-to-12-08.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { warm: { type: 'boolean', default: false }, window: { type: 'string', default: '500' } },
});
const root = join(import.meta.dirname, '..');

/**
 * The main thread's profile among the files Node wrote: one per thread,
 * CPU.<date>.<time>.<pid>.<thread id>.<n>.cpuprofile, the main thread's with thread id 0 (the
 * citation and card threads write their own).
 */
export const mainThreadProfile = (files: readonly string[]): string | undefined =>
  files.find((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f));

/** The parts of a .cpuprofile this reads. */
interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** What a sampled frame is counted under: a package, a project folder, or V8's own states. */
export function groupOf(functionName: string, url: string): string {
  if (['(idle)', '(garbage collector)', '(program)'].includes(functionName)) return functionName;
  if (!url) return '(native)';
  if (url.startsWith('wasm://')) return '(WebAssembly)';
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (/\/\.glossa-build\.[^/]+\//.test(url)) return '(the bundled site: pages, components, lib)';
  const own = /\/((?:src|bench)\/[^/]+)/.exec(url)?.[1];
  return own ?? (url.startsWith('node:') ? 'node' : url.replace(/^.*\//, ''));
}

/** Milliseconds by group for the whole profile, and by group within each window of `windowMs`. */
export function summarise(profile: Profile, windowMs: number) {
  const groups = new Map(
    profile.nodes.map((n) => [n.id, groupOf(n.callFrame.functionName, n.callFrame.url)]),
  );
  const total = new Map<string, number>();
  const windows: Map<string, number>[] = [];
  let t = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    t += ms;
    const group = groups.get(id) ?? '(unknown)';
    total.set(group, (total.get(group) ?? 0) + ms);
    const w = (windows[Math.floor(t / windowMs)] ??= new Map());
    w.set(group, (w.get(group) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { total: sorted(total), windows: windows.map((w) => sorted(w ?? new Map())) };
}

function main(): void {
  if (!args.warm)
    for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'])
      rmSync(join(root, dir), { recursive: true, force: true });
  const out = mkdtempSync(join(tmpdir(), 'glossa-profile-'));
  const node = join(root, 'node_modules/.bin/node');
  // The flags of package.json's build script, plus the profiler's.
  const flags = ['--max-semi-space-size=4', '--heap-growing-percent=100'];
  const profiler = ['--cpu-prof', `--cpu-prof-dir=${out}`, '--cpu-prof-interval=500'];
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', 'TIME %e %U %S %M', node, ...flags, ...profiler, 'src/cli/build.mjs'],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  const log = `${run.stdout}${run.stderr}`;
  const [wall, user, sys, kib] = (/TIME (\S+) (\S+) (\S+) (\d+)/.exec(log) ?? []).slice(1).map(Number);
  const file = mainThreadProfile(readdirSync(out));
  if (run.status !== 0 || !file) throw new Error(`The build failed:\n${log.slice(-2000)}`);
  const { total, windows } = summarise(
    JSON.parse(readFileSync(join(out, file), 'utf8')) as Profile,
    Number(args.window),
  );
  rmSync(out, { recursive: true, force: true });
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  console.log(
    `${args.warm ? 'warm' : 'fresh'} build: ${String(wall)} s wall, ${((user ?? 0) + (sys ?? 0)).toFixed(2)} s CPU, peak ${String(Math.round((kib ?? 0) / 1024))} MiB, load ${load ?? '?'}`,
  );
  for (const line of log.split('\n'))
    if (/glossa-build-cache|Completed in|built in|Generated/.test(line)) console.log(`  ${line.trim()}`);
  console.log('\nmain thread, ms by package or folder:');
  for (const [group, ms] of total.slice(0, 25)) console.log(`${ms.toFixed(0).padStart(8)}  ${group}`);
  console.log(`\nby ${args.window} ms window (top 5 each):`);
  windows.forEach((w, i) =>
    console.log(
      `${String(i * Number(args.window)).padStart(7)}  ${w
        .slice(0, 5)
        .map(([g, ms]) => `${g} ${ms.toFixed(0)}`)
        .join(', ')}`,
    ),
  );
}

// Run as a script; imported (by a test), it only defines its functions.
if (process.argv[1] === fileURLToPath(import.meta.url)) main();
