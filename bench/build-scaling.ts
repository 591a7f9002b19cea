/**
 * Build scaling: how long a whole production build takes as the glossary grows, against a plain
 * Astro + MDX baseline that builds the same pages from the same content.
 *
 *   npm run bench:build                        # N = 250, 1000, 4000; 2 runs of each build
 *   npm run bench:build -- --sizes 250,1000 --runs 3
 *   npm run bench:build -- --quick             # N = 60, 240, 1 run: a smoke test, writes no results
 *   npm run bench:build -- --source head       # build the last commit instead of the working tree
 *   npm run bench:build -- --variants ours,baseline,baseline-unified --keep
 *   npm run bench:build -- --out /tmp/other.json   # write the results elsewhere (default results/build-scaling.json)
 *
 * For each N, bench/corpus.ts writes a synthetic content tree into a temporary folder. Each
 * build runs in its own temporary copy of the project (astro.config.mjs, src/, public/ and a
 * symlink to node_modules), so that its `.astro/` folder never races with another build in
 * the working tree. Every build starts cold: a new output folder and a new cache folder.
 * The runs of "ours" and "baseline" alternate. Wall time is measured around the process; CPU
 * time and peak memory (max RSS) come from GNU time (`/usr/bin/time`, Debian package `time`),
 * or, without it, peak memory from polling /proc/<pid>/status (VmHWM). Astro's own log gives
 * the phases: sync (config, content layer, types), Vite build (MDX compilation, where the remark
 * plugins run) and page rendering.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, type CorpusStats } from './corpus.ts';
import { buildCommand, machine, median, root, round, table, writeResult } from './lib.ts';

/**
 * ours: Glossa, cold; ours-warm: Glossa again with the build cache the last "ours" build left
 * (Astro's own cache still deleted, as ../shared/peers/paired.sh does); baseline: plain Astro +
 * MDX; baseline-unified: the same on the unified processor.
 */
type Kind = 'ours' | 'ours-warm' | 'baseline' | 'baseline-unified';
const KINDS: readonly Kind[] = ['ours', 'ours-warm', 'baseline', 'baseline-unified'];

/** One build. */
interface Run {
  kind: Kind;
  concepts: number;
  run: number;
  /** Wall time of the whole process, seconds. */
  wallS: number;
  /** User + system CPU time, seconds (GNU time only). */
  cpuS: number | null;
  /** Peak resident memory, MiB. */
  maxRssMiB: number | null;
  /** HTML pages written. */
  pages: number;
  /** Phases from Astro's log, seconds. */
  phases: { syncS: number | null; viteS: number | null; renderS: number | null; astroTotalS: number | null };
  /** 1-minute load average just before the build (other work on the machine). */
  loadBefore: number;
}

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    variants: { type: 'string', default: 'ours,baseline' },
    source: { type: 'string', default: 'worktree' },
    out: { type: 'string', default: 'build-scaling.json' },
  },
});

const quick = args.quick;
const sizes = (args.sizes ?? process.env['BENCH_SIZES'] ?? (quick ? '60,240' : '250,1000,4000'))
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((s) => Number.isInteger(s) && s > 0);
const runs = Number(args.runs ?? process.env['BENCH_RUNS'] ?? (quick ? 1 : 2));
const kinds: Kind[] = KINDS.filter((k) => args.variants.split(',').includes(k));
/** Which version of the project to build: the working tree (default) or the last commit. */
const source = args.source === 'head' ? 'head' : 'worktree';
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

const work = mkdtempSync(join(os.tmpdir(), 'glossa-bench-'));
/** The commit the copy of the project was taken from (HEAD may move while a long run goes on). */
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const log = (line: string) => process.stdout.write(`${line}\n`);

/** A temporary copy of a project: its config and sources, with node_modules linked. */
function makeApp(kind: Kind): string {
  const app = join(work, `app-${kind}`);
  mkdirSync(app, { recursive: true });
  const glossa = kind === 'ours' || kind === 'ours-warm';
  const from = glossa ? root : join(root, 'bench', 'baseline');
  // Both baselines build bench/baseline; BENCH_PROCESSOR picks the processor.
  const entries = glossa
    ? ['astro.config.mjs', 'src', 'public', 'tsconfig.json']
    : ['astro.config.mjs', 'src'];
  if (glossa && source === 'head') {
    const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD', '--', ...entries], {
      cwd: root,
      maxBuffer: 256 * 1024 * 1024,
    });
    execFileSync('tar', ['-x', '-C', app], { input: tar });
  } else for (const entry of entries) cpSync(join(from, entry), join(app, entry), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: `bench-${kind}`, private: true, type: 'module' }),
  );
  symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'), 'dir');
  return app;
}

function countHtml(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && entry.name.endsWith('.html')) n += 1;
  return n;
}

/** Seconds from an Astro or Vite duration: "342ms", "4.53s", "2m 38s". */
const DURATION = String.raw`(\d+m(?!s)(?:\s*[\d.]+(?:ms|s))?|[\d.]+(?:ms|s))`;
function seconds(text: string | undefined): number | null {
  const m = text === undefined ? null : /^(?:(\d+)m(?!s))?\s*(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!m) return null;
  return round(Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) / (m[3] === 'ms' ? 1000 : 1), 3);
}

/** Phase durations from Astro's build log. */
function phases(text: string): Run['phases'] {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  const sync = new RegExp(String.raw`\[types\] Generated ${DURATION}`).exec(plain);
  const vite = [...plain.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))].map(
    (m) => seconds(m[1]) ?? 0,
  );
  const afterRoutes = plain.split('generating static routes')[1];
  const render = afterRoutes ? new RegExp(String.raw`✓ Completed in ${DURATION}`).exec(afterRoutes) : null;
  const total = new RegExp(String.raw`\d+ page\(s\) built in ${DURATION}`).exec(plain);
  return {
    syncS: seconds(sync?.[1]),
    viteS:
      vite.length > 0
        ? round(
            vite.reduce((s, v) => s + v, 0),
            3,
          )
        : null,
    renderS: seconds(render?.[1]),
    astroTotalS: seconds(total?.[1]),
  };
}

/** Reads VmHWM (peak RSS, KiB) of a live process, or undefined once it is gone. */
function vmHwm(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

async function build(kind: Kind, app: string, content: string, n: number, run: number): Promise<Run> {
  const tag = `${kind}-${n}-${run}`;
  const outDir = join(work, `dist-${kind}`);
  // The warm variant keeps the Glossa cache of the cold build (cacheDir/glossa), nothing else.
  const cacheDir = join(work, `cache-${kind === 'ours-warm' ? 'ours' : kind}`);
  rmSync(outDir, { recursive: true, force: true });
  if (kind !== 'ours-warm') rmSync(cacheDir, { recursive: true, force: true });
  else if (existsSync(cacheDir))
    for (const name of readdirSync(cacheDir))
      if (name !== 'glossa') rmSync(join(cacheDir, name), { recursive: true, force: true });
  rmSync(join(app, '.astro'), { recursive: true, force: true });
  const timeFile = join(work, `time-${tag}.txt`);
  const logFile = join(work, `log-${tag}.txt`);
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    GLOSSA_CONTENT: content,
    GLOSSA_OUT_DIR: outDir,
    GLOSSA_CACHE_DIR: cacheDir,
    BENCH_CONTENT: content,
    BENCH_OUT_DIR: outDir,
    BENCH_CACHE_DIR: cacheDir,
    BENCH_PROCESSOR: kind === 'baseline-unified' ? 'unified' : 'default',
  };
  // Ours is built as `npm run build` builds it (src/cli/build.mjs: the Node flags and the build
  // cache, here empty), the baselines with `astro build`.
  const builder = kind === 'ours' || kind === 'ours-warm' ? buildCommand(app) : [astroBin, 'build'];
  const [cmd, argv] = gnuTime
    ? [gnuTime, ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, ...builder]]
    : [process.execPath, builder];
  const loadBefore = round(os.loadavg()[0] ?? 0, 2);
  const out = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  let polledKiB = 0;
  const poll = setInterval(() => {
    if (!gnuTime && child.pid !== undefined) polledKiB = Math.max(polledKiB, vmHwm(child.pid) ?? 0);
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallS = (performance.now() - started) / 1000;
  clearInterval(poll);
  await new Promise<void>((resolve) => out.end(resolve));
  const text = readFileSync(logFile, 'utf8');
  if (code !== 0) {
    throw new Error(
      `${kind} build of N=${n} failed (exit ${String(code)}); log: ${logFile}\n${text.slice(-4000)}`,
    );
  }
  let cpuS: number | null = null;
  let maxRssMiB: number | null = polledKiB > 0 ? polledKiB / 1024 : null;
  if (gnuTime) {
    const [, user, sys, rss] =
      readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
    if (user !== undefined && sys !== undefined) cpuS = round(user + sys, 2);
    if (rss !== undefined) maxRssMiB = rss / 1024;
  }
  return {
    kind,
    concepts: n,
    run,
    wallS: round(wallS, 2),
    cpuS,
    maxRssMiB: maxRssMiB === null ? null : round(maxRssMiB, 0),
    pages: countHtml(outDir),
    phases: phases(text),
    loadBefore,
  };
}

interface Summary {
  kind: Kind;
  concepts: number;
  papers: number;
  pages: number;
  runs: number;
  wallS: { best: number; median: number };
  cpuS: { best: number; median: number } | null;
  pagesPerS: { best: number; median: number };
  msPerPage: { best: number; median: number };
  /** Rendering phase only (after MDX compilation), per page. */
  renderMsPerPage: { best: number; median: number } | null;
  viteS: { best: number; median: number } | null;
  syncS: { best: number; median: number } | null;
  maxRssMiB: { best: number; median: number } | null;
}

const stat = (values: (number | null)[], digits = 2) => {
  const list = values.filter((v): v is number => v !== null);
  return list.length === 0
    ? null
    : { best: round(Math.min(...list), digits), median: round(median(list), digits) };
};

function summarise(kind: Kind, corpus: CorpusStats, list: Run[]): Summary {
  const pages = list[0]?.pages ?? 0;
  const wall = list.map((r) => r.wallS);
  const best = Math.min(...wall);
  const med = median(wall);
  return {
    kind,
    concepts: corpus.concepts,
    papers: corpus.papers,
    pages,
    runs: list.length,
    wallS: { best: round(best), median: round(med) },
    cpuS: stat(list.map((r) => r.cpuS)),
    pagesPerS: { best: round(pages / best, 1), median: round(pages / med, 1) },
    msPerPage: { best: round((best * 1000) / pages), median: round((med * 1000) / pages) },
    renderMsPerPage: stat(
      list.map((r) => (r.phases.renderS === null ? null : (r.phases.renderS * 1000) / pages)),
    ),
    viteS: stat(list.map((r) => r.phases.viteS)),
    syncS: stat(list.map((r) => r.phases.syncS)),
    maxRssMiB: stat(
      list.map((r) => r.maxRssMiB),
      0,
    ),
  };
}

async function main(): Promise<void> {
  log(
    `# Build scaling: sizes ${sizes.join(', ')}, ${String(runs)} run(s) each, source ${source}, in ${work}`,
  );
  if (!gnuTime) log('(no /usr/bin/time: peak memory is polled from /proc, CPU time is not measured)');
  const apps = Object.fromEntries(kinds.map((k) => [k, makeApp(k)])) as Record<Kind, string>;
  const all: Run[] = [];
  const corpora: CorpusStats[] = [];
  const summaries: Summary[] = [];
  for (const n of sizes) {
    const dir = join(work, `corpus-${String(n)}`);
    const corpus = generateCorpus(dir, { concepts: n });
    corpora.push(corpus);
    log(
      `\nN=${String(n)}: ${String(corpus.papers)} papers (~${String(corpus.paperWords)} words, ` +
        `${String(corpus.paperRefs.min)}–${String(corpus.paperRefs.max)} references each), ` +
        `${(corpus.bytes / 1024 / 1024).toFixed(1)} MiB of content`,
    );
    const mine: Run[] = [];
    for (let r = 1; r <= runs; r++) {
      // Alternate the order so that neither variant always runs first.
      const order = r % 2 === 1 ? kinds : [...kinds].reverse();
      for (const kind of order) {
        const result = await build(kind, apps[kind], join(dir, 'content'), n, r);
        mine.push(result);
        log(
          `  ${kind.padEnd(8)} run ${String(r)}: ${result.wallS.toFixed(1)} s wall, ` +
            `${result.cpuS === null ? '?' : result.cpuS.toFixed(1)} s CPU, ${String(result.pages)} pages, ` +
            `peak ${String(result.maxRssMiB ?? '?')} MiB, load ${String(result.loadBefore)}; phases ${JSON.stringify(result.phases)}`,
        );
      }
    }
    all.push(...mine);
    for (const kind of kinds)
      summaries.push(
        summarise(
          kind,
          corpus,
          mine.filter((r) => r.kind === kind),
        ),
      );
    const pageCounts = new Set(mine.map((r) => r.pages));
    if (pageCounts.size !== 1)
      log(`  WARNING: the builds wrote different page counts: ${[...pageCounts].join(', ')}`);
  }

  const find = (kind: Kind, n: number | undefined) =>
    summaries.find((s) => s.kind === kind && s.concepts === n);
  const ratios = sizes.flatMap((n) => {
    const ours = find('ours', n);
    const base = find('baseline', n);
    if (!ours || !base) return [];
    const unified = find('baseline-unified', n);
    return [
      {
        concepts: n,
        ...(unified
          ? {
              cpuMedianVsUnified:
                ours.cpuS && unified.cpuS ? round(ours.cpuS.median / unified.cpuS.median) : null,
              wallMedianVsUnified: round(ours.wallS.median / unified.wallS.median),
            }
          : {}),
        wallBest: round(ours.wallS.best / base.wallS.best),
        wallMedian: round(ours.wallS.median / base.wallS.median),
        cpuBest: ours.cpuS && base.cpuS ? round(ours.cpuS.best / base.cpuS.best) : null,
        cpuMedian: ours.cpuS && base.cpuS ? round(ours.cpuS.median / base.cpuS.median) : null,
      },
    ];
  });
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  const scaling = kinds.flatMap((kind) => {
    const a = find(kind, smallest);
    const b = find(kind, largest);
    if (!a || !b || smallest === largest) return [];
    return [
      {
        kind,
        from: smallest,
        to: largest,
        msPerPageBest: round(b.msPerPage.best / a.msPerPage.best),
        msPerPageMedian: round(b.msPerPage.median / a.msPerPage.median),
        renderMsPerPageMedian:
          a.renderMsPerPage && b.renderMsPerPage
            ? round(b.renderMsPerPage.median / a.renderMsPerPage.median)
            : null,
      },
    ];
  });

  const fmt = (s: { best: number; median: number } | null, digits = 1) =>
    s ? `${s.best.toFixed(digits)} / ${s.median.toFixed(digits)}` : 'n/a';
  const report = [
    '## Builds (best / median)',
    '',
    table(
      [
        'N concepts',
        'papers',
        'pages',
        'build',
        'wall s',
        'CPU s',
        'pages/s',
        'ms/page',
        'render ms/page',
        'Vite s',
        'sync s',
        'peak RSS MiB',
      ],
      summaries.map((s) => [
        s.concepts,
        s.papers,
        s.pages,
        s.kind,
        fmt(s.wallS),
        fmt(s.cpuS),
        fmt(s.pagesPerS),
        fmt(s.msPerPage),
        fmt(s.renderMsPerPage, 2),
        fmt(s.viteS),
        fmt(s.syncS),
        fmt(s.maxRssMiB, 0),
      ]),
    ),
    '',
    '## Ours / baseline (target ≤ 1.3)',
    '',
    table(
      [
        'N concepts',
        'wall (best)',
        'wall (median)',
        'CPU (best)',
        'CPU (median)',
        'CPU vs baseline-unified (median)',
      ],
      ratios.map((r) => [
        r.concepts,
        r.wallBest,
        r.wallMedian,
        r.cpuBest ?? 'n/a',
        r.cpuMedian ?? 'n/a',
        r.cpuMedianVsUnified ?? 'n/a',
      ]),
    ),
    '',
    `## Time per page at N=${String(largest)} / at N=${String(smallest)} (target ≤ 1.3 for ours)`,
    '',
    table(
      ['build', 'ms/page (best)', 'ms/page (median)', 'render ms/page (median)'],
      scaling.map((s) => [s.kind, s.msPerPageBest, s.msPerPageMedian, s.renderMsPerPageMedian ?? 'n/a']),
    ),
  ].join('\n');
  log(`\n${report}`);

  if (!quick) {
    const path = await writeResult(args.out, {
      benchmark: 'build-scaling',
      machine: { ...machine(), commit },
      method: {
        source: source === 'head' ? 'last commit (git archive HEAD)' : 'working tree',
        worktreeChanges: execFileSync(
          'git',
          ['status', '--porcelain', '--', 'astro.config.mjs', 'src', 'public'],
          {
            cwd: root,
            encoding: 'utf8',
          },
        )
          .split('\n')
          .filter(Boolean).length,
        runsPerBuild: runs,
        cold: 'new outDir and cacheDir for every build; variants alternate',
        memory: gnuTime ? 'GNU time %M (max RSS)' : '/proc VmHWM polled every 100 ms',
      },
      corpora,
      summaries,
      ratios,
      scaling,
      runs: all,
    });
    log(`\nWrote ${path}`);
  }
  if (args.keep) log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.stderr.write(`Work folder kept for inspection: ${work}\n`);
  process.exitCode = 1;
});
