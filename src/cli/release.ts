/**
 * `npm run release`: publishes the revisions editors have added. For every concept and who's-who
 * entry, and every paper's annotated edition (issue #34), whose latest revision has no published
 * version yet, copies the file to
 * content/archive/<collection>/<id>/<date>.mdx and records its hashes in
 * content/archive/versions.lock.json. It reads the content with the build's own loader and
 * schemas (one reader): it refuses to run while anything the build would refuse remains (a
 * version that differs from its lock, an entry changed without a new revision, a revision dated
 * in the future, a draft). Published versions are never rewritten, except today's: a correction
 * made on the day of a release replaces that day's version (the same-day rule, README).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { loadContent } from '../lib/content/load.ts';
import { ContentError, formatProblem, type Problem } from '../lib/content/problems.ts';
import { symlinkProblem } from '../lib/content/files.ts';
import { LOCK_FILE, hashVersion, listVersions, releasePlan } from '../lib/content/archive.ts';
import { lockText, readLock } from '../lib/content/lock.ts';

const root = process.cwd();
const contentDir = resolve(process.env['GLOSSA_CONTENT'] ?? 'content');
const archiveDir = join(contentDir, 'archive');
const rel = (path: string) => relative(root, path).split(sep).join('/');

function refuse(problems: readonly Problem[]): never {
  process.stderr.write(
    `Nothing was released: fix these first.\n\n${problems.map(formatProblem).join('\n\n')}\n`,
  );
  process.exit(1);
}

let content;
try {
  content = loadContent(root, contentDir, { releasing: true });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  refuse(error.problems);
}
// A draft is never published, as a page or as a version.
if (content.drafts.length > 0) refuse(content.drafts);

const versions = listVersions(archiveDir);
const plan = releasePlan(content.current, versions);
// Written only inside the archive folder: no folder on the way may be a link to elsewhere.
const linked = plan.flatMap((e) =>
  [archiveDir, join(archiveDir, e.collection), join(archiveDir, e.collection, e.id)].flatMap(
    (dir) => symlinkProblem(dir, rel(dir)) ?? [],
  ),
);
if (linked.length > 0) refuse([...new Map(linked.map((p) => [p.file, p])).values()]);

const lock = readLock(archiveDir);
for (const e of plan) {
  const path = `${e.collection}/${e.id}/${e.latest}.mdx`;
  const again = versions.some((v) => v.path === path);
  mkdirSync(join(archiveDir, e.collection, e.id), { recursive: true });
  writeFileSync(join(archiveDir, path), e.text);
  lock[path] = hashVersion(e.text);
  process.stdout.write(
    `${again ? 'Replaced today’s version of' : 'Published'} ${e.file} as ${rel(join(archiveDir, path))}\n`,
  );
}
if (plan.length > 0) writeFileSync(join(archiveDir, LOCK_FILE), lockText(lock));
process.stdout.write(
  plan.length > 0
    ? `${String(plan.length)} version(s) published. Commit ${rel(archiveDir)}/ with the entries and papers.\n`
    : 'Every entry’s and edition’s latest revision is already published; nothing to do.\n',
);
