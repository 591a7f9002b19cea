/**
 * Reading content files robustly: UTF-8 only (a clear message otherwise), a byte order mark and
 * CRLF line ends accepted, editors' lock and backup files ignored, a file with the wrong
 * extension named, a missing settings file explained.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Problem } from './problems.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Files an editor leaves beside the real ones: `.#x.mdx` (Emacs lock), `x.mdx~`, `.x.mdx.swp`. */
export const isEditorFile = (name: string): boolean =>
  name.startsWith('.') || name.endsWith('~') || /\.sw[a-p]$/.test(name) || name.endsWith('.tmp');

/** Text as an editor reads it: no byte order mark, `\n` line ends (CRLF and CR accepted). */
export const editorText = (text: string): string => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** The text of a content file, or undefined with a problem when it is not UTF-8. */
export function readText(path: string, file: string, problems: Problem[]): string | undefined {
  const bytes = readFileSync(path);
  try {
    return editorText(utf8.decode(bytes));
  } catch {
    // The first byte that is not UTF-8, and where it is: lines are counted on the bytes before it.
    let bad = 0;
    for (let end = bytes.length; bad < end; ) {
      const mid = Math.floor((bad + end) / 2);
      try {
        utf8.decode(bytes.subarray(0, mid + 1));
        bad = mid + 1;
      } catch {
        end = mid;
      }
    }
    const before = bytes.subarray(0, bad);
    const line = before.filter((b) => b === 0x0a).length + 1;
    const column = bad - before.lastIndexOf(0x0a);
    problems.push({
      file,
      line,
      column,
      message: 'The file is not UTF-8 text.',
      expected: 'a file saved as UTF-8 (the encoding every editor offers)',
      found: `the byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}, which is not UTF-8 (the file may be Latin-1 or Windows-1252)`,
      suggestion: 'Save the file again with the encoding "UTF-8" (in VS Code: "Save with Encoding", UTF-8).',
    });
    return undefined;
  }
}

/**
 * A problem when `path` is a symbolic link, undefined otherwise. Content is the project's own
 * files: a link may point anywhere (a system file, another project), and what it points to is
 * never read, so neither published nor printed.
 */
export function symlinkProblem(path: string, file: string): Problem | undefined {
  if (!lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
  const target = readlinkSync(path);
  return {
    file,
    message: 'This is a symbolic link; Glossa reads only files and folders that are really in content/.',
    expected: 'a file or folder inside the content folder',
    found: `a link to ${JSON.stringify(target.startsWith('.') ? target : '(a path outside the project)')}`,
    suggestion: `Replace the link with a copy of the file you mean to publish (check that it may be published), or delete ${file}.`,
  };
}

/** The content files of `dir` with extension `ext`, sorted; a file with a near-miss extension is a problem. */
export function listContent(
  dir: string,
  ext: string,
  rel: (path: string) => string,
  problems: Problem[],
  near: readonly string[] = [],
): string[] {
  if (!existsSync(dir)) return [];
  const linkedDir = symlinkProblem(dir, rel(dir));
  if (linkedDir) {
    problems.push(linkedDir);
    return [];
  }
  const all = readdirSync(dir).filter((f) => !isEditorFile(f)).sort();
  const names = all.filter((name) => {
    const linked = symlinkProblem(join(dir, name), rel(join(dir, name)));
    if (linked) problems.push(linked);
    return !linked;
  });
  for (const name of names) {
    const other = extname(name);
    if (other !== ext && near.includes(other)) {
      problems.push({
        file: rel(join(dir, name)),
        message: `Glossa reads ${ext} files here; this one ends in ${other} and is not published.`,
        expected: `${basename(name, other)}${ext}`,
        found: name,
        suggestion: `Rename it to ${basename(name, other)}${ext}.`,
      });
    }
  }
  return names.filter((f) => f.endsWith(ext)).map((f) => join(dir, f));
}

/** A settings file that must exist (site.yaml, bibliography.yaml), or a problem that says how to make it. */
export function requireFile(path: string, file: string, what: string, problems: Problem[]): boolean {
  const linked = symlinkProblem(path, file);
  if (linked) {
    problems.push(linked);
    return false;
  }
  if (existsSync(path)) return true;
  problems.push({
    file,
    message: `${file} is missing.`,
    expected: what,
    found: 'no such file',
    suggestion: `Create ${file}; the README (Authoring) and src/lib/model/schemas.ts describe every field, and tests/fixtures/minimal/${file.replace(/^.*?content\//, 'content/')} is a small example.`,
  });
  return false;
}
