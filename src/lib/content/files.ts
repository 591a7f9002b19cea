/**
 * Reading content files robustly: UTF-8 only (a clear message otherwise), a byte order mark and
 * CRLF line ends accepted, editors' lock and backup files ignored, a file with the wrong
 * extension named, a missing settings file explained.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** The content files of `dir` with extension `ext`, sorted; a file with a near-miss extension is a problem. */
export function listContent(
  dir: string,
  ext: string,
  rel: (path: string) => string,
  problems: Problem[],
  near: readonly string[] = [],
): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((f) => !isEditorFile(f)).sort();
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
