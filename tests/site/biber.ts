/**
 * Runs biber's data-model check (`biber --tool --validate-datamodel`, the check biblatex users
 * meet when they compile) over biblatex files, all in one run: each file's entry gets a key of
 * its own so that one run covers a whole build, and each warning names the file it came from.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One biblatex file: where it comes from (a path or a label) and its text. */
export interface BibFile {
  name: string;
  text: string;
}

/** What biber said: whether it ran, its WARN and ERROR lines per file, and its whole log. */
export interface BiberReport {
  available: boolean;
  problems: string[];
  log: string;
}

/** Whether biber is installed (Debian package `biber`). */
export function biberAvailable(): boolean {
  return spawnSync('biber', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Validates every file against biblatex's data model in one biber run. */
export function validateBiblatex(files: readonly BibFile[]): BiberReport {
  if (!biberAvailable()) return { available: false, problems: [], log: '' };
  const keys = new Map<string, string>();
  const text = files
    .map((f, i) => {
      const key = `file${String(i)}`;
      keys.set(key, f.name);
      return f.text.replace(/^(@\w+\{)[^,\n]+,/m, `$1${key},`);
    })
    .join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'glossa-biber-'));
  try {
    writeFileSync(join(dir, 'all.bib'), text);
    const run = spawnSync('biber', ['--tool', '--validate-datamodel', 'all.bib'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const log = `${run.stdout}${run.stderr}`;
    const problems = log
      .split('\n')
      .filter((line) => /^(WARN|ERROR)\b/.test(line))
      .map((line) =>
        line.replace(/Entry '(file\d+)' \(all\.bib\)/, (_, key: string) => keys.get(key) ?? key),
      );
    if (run.status !== 0 && problems.length === 0)
      problems.push(`biber exited with ${String(run.status)}: ${log}`);
    return { available: true, problems, log };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
