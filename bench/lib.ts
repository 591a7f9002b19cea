/** Helpers shared by the benchmarks: paths, statistics, tables, the machine, result files. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

/** The repository root (the folder above bench/). */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the latest results are written. */
export const resultsDir = join(root, 'bench', 'results');

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? NaN) + hi) / 2;
}

/** Rounds to `digits` decimals. */
export const round = (value: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** A GitHub-flavoured Markdown table. */
export function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Bytes as KiB with one decimal. */
export const kib = (bytes: number): string => (bytes / 1024).toFixed(1);

/** The machine and software the numbers were taken on. */
export function machine(): Record<string, unknown> {
  const version = (pkg: string): string | undefined => {
    try {
      const json = JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as {
        version?: string;
      };
      return json.version;
    } catch {
      return undefined;
    }
  };
  let commit: string | undefined;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    commit = undefined;
  }
  return {
    date: new Date().toISOString(),
    commit,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
    loadAverage: os.loadavg().map((l) => round(l, 2)),
    node: process.version,
    astro: version('astro'),
    mdx: version('@astrojs/mdx'),
    vite: version('vite'),
  };
}

/** Writes `data` as JSON to bench/results/<name> (or to an absolute path), formatted as Prettier would. */
export async function writeResult(name: string, data: unknown): Promise<string> {
  const path = isAbsolute(name) ? name : join(resultsDir, name);
  mkdirSync(dirname(path), { recursive: true });
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(JSON.stringify(data), { ...options, filepath: path }));
  return path;
}

/**
 * The command line of `npm run build` after `node` (its Node flags and the script), read from the
 * project's package.json so that a bench builds exactly as the project does; the script is taken
 * from `appRoot` (a bench's copy of the project).
 */
export function buildCommand(appRoot = root): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const match = /\bnode((?: --[\w-]+(?:=\S+)?)*) (src\/cli\/build\.mjs)(?=\s|$)/.exec(scripts['build'] ?? '');
  if (!match?.[2]) throw new Error('package.json: the build script does not run node src/cli/build.mjs');
  return [...(match[1] ?? '').trim().split(' ').filter(Boolean), join(appRoot, match[2])];
}
