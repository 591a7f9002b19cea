/**
 * A large paper (issue #14): the real paper's commentary repeated until the file is about 5 MB,
 * with every mark kept, built as a fixture site on its own content tree. Measures the build's
 * wall time and peak memory (GNU time, whole process tree) and checks that it succeeds.
 * Run: node bench/large-paper.ts [megabytes, default 5]. Writes bench/results/large-paper.json.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCommand, machine, root, round, writeResult } from './lib.ts';

const megabytes = Number(process.argv[2] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'glossa-large-'));
cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
const path = join(dir, 'content/papers/joining-the-dots.mdx');
const source = readFileSync(path, 'utf8');
const cut = source.indexOf('\n## COMMENTARY\n');
const end = source.indexOf('\n**Jun Yan Chang**') > 0 ? source.indexOf('\n**Jun Yan Chang**') : source.length;
// The commentary's sections, renamed on each copy so that every heading id stays unique.
const commentary = source.slice(cut, end);
let body = source.slice(0, cut);
for (let i = 1; body.length < megabytes * 1024 * 1024; i++) {
  const part = commentary.replace(/\n## ([^\n]+)/g, `\n## $1 (part ${String(i)})`);
  // A comparison is shown once per page (the build refuses a second one).
  body += i === 1 ? part : part.replace(/\n<Contrast [^>]*\/>\n/g, '\n');
}
writeFileSync(path, body + source.slice(end));
const bytes = statSync(path).size;

// Peak memory of the whole process tree: the build wrapper, Astro, Pagefind (GNU time's %M is
// the largest resident set of any one process; the child that builds is the large one).
const timing = join(dir, 'time.txt');
const started = performance.now();
const run = spawnSync('/usr/bin/time', ['-o', timing, '-f', '%e %M', process.execPath, ...buildCommand()], {
  cwd: root,
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    GLOSSA_CONTENT: join(dir, 'content'),
    GLOSSA_OUT_DIR: join(dir, 'dist'),
    GLOSSA_CACHE_DIR: join(dir, 'cache'),
  },
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
const wall = (performance.now() - started) / 1000;
const [, peakKiB = '0'] = readFileSync(timing, 'utf8').trim().split('\n').at(-1)?.split(' ') ?? [];
const pages = run.status === 0 ? /(\d+) page\(s\) built/.exec(run.stdout)?.[1] : undefined;
rmSync(dir, { recursive: true, force: true });
const result = {
  machine: machine(),
  paperBytes: bytes,
  built: run.status === 0,
  pages: Number(pages ?? 0),
  wallSeconds: round(wall, 1),
  peakMiB: round(Number(peakKiB) / 1024, 0),
};
if (run.status !== 0) console.error(run.stderr.slice(-4000));
console.log(JSON.stringify(result, null, 2));
await writeResult('large-paper.json', result);
