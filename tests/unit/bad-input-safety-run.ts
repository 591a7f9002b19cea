/** Runs one row of the safety catalogue (bad-input-safety.test.ts) on a fresh copy of the fixture. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fixtureEnv, scratchDir } from './helpers.ts';

const root = process.cwd();

/** Changes to the fixture's files (path under content/ → new text, or null to delete). */
export type Edits = Record<string, ((text: string) => string | Buffer) | null>;

/** One row: what is given, which command runs, what must come out. */
export interface Case {
  name: string;
  /** The command: a script of the project and its arguments (default: the build). */
  command?: string[];
  edits?: Edits;
  /** Anything else to set up in the copy (`dir` holds content/, dist/ and cache/). Env values may say <dir>. */
  prepare?: (dir: string) => void | Promise<void>;
  /** A full build of the site (Astro writes this project's .astro/): never run beside another. */
  full?: boolean;
  env?: Record<string, string>;
  /** The exit code (default 1). */
  status?: number;
  /** How many problems are printed (default 1). */
  problems?: number;
  /** More assertions on the whole output. */
  check?: (output: string) => void;
}

/** What a run printed and changed. */
export interface Outcome {
  status: number | null;
  output: string;
  /** Each problem printed: its first line and its expected/found/fix lines. */
  problems: string[];
  contentChanged: string[];
  distChanged: string[];
}

/** Every file under `dir` with a hash of its bytes (a symbolic link by its target). */
export function digest(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const stat = lstatSync(path);
    files.set(
      relative(dir, path),
      stat.isSymbolicLink()
        ? `-> ${readlinkSync(path)}`
        : stat.isFile()
          ? createHash('sha256').update(readFileSync(path)).digest('hex')
          : 'dir',
    );
  }
  return files;
}

const changes = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k)).sort();

/** A copy of the fixture site in a new folder, with `edits` applied and an earlier build in dist/. */
export function fixtureCopy(edits: Edits = {}): string {
  const dir = scratchDir('glossa-safety-', { inProject: true });
  cpSync(join(root, 'tests/fixtures/minimal/content'), join(dir, 'content'), { recursive: true });
  for (const [file, change] of Object.entries(edits)) {
    const path = join(dir, 'content', file);
    if (change === null) rmSync(path);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, change(existsSync(path) ? readFileSync(path, 'utf8') : ''));
    }
  }
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', '.glossa-build'), 'An earlier build.\n');
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>The earlier build</title>\n');
  return dir;
}

/** Runs a script of the project on the copy in `dir`, as `npm run` would; resolves with what it printed. */
export function runScript(
  dir: string,
  script: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(root, script), ...args], {
    cwd: root,
    env: { ...fixtureEnv(dir), GLOSSA_SITE: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })));
}

/** Runs `row` and reports what it printed and changed. */
export async function runCase(row: Case): Promise<Outcome> {
  const dir = fixtureCopy(row.edits);
  await row.prepare?.(dir);
  const before = { content: digest(join(dir, 'content')), dist: digest(join(dir, 'dist')) };
  const [script = 'src/cli/build.ts', ...args] = row.command ?? [];
  const env = Object.fromEntries(
    Object.entries(row.env ?? {}).map(([k, v]) => [k, v.replaceAll('<dir>', dir)]),
  );
  const run = await runScript(dir, script, args, env);
  const shown = relative(root, dir);
  // The copy's folder and today's date vary from run to run; the snapshot names them.
  const today = new Date().toISOString().slice(0, 10);
  const stable = (text: string) =>
    text.replaceAll(dir, '<site>').replaceAll(shown, '<site>').replaceAll(today, '<today>');
  const output = stable(`${run.stdout}\n${run.stderr}`);
  const problems = [
    ...stable(run.stderr).matchAll(
      /^\S[^\n]*\n {2}expected: [^\n]*\n {2}found: {4}[^\n]*(?:\n {2}fix: {6}[^\n]*)?/gm,
    ),
  ].map((m) => m[0]);
  return {
    status: run.status,
    output,
    problems,
    contentChanged: changes(before.content, digest(join(dir, 'content'))),
    distChanged: changes(before.dist, digest(join(dir, 'dist'))),
  };
}
