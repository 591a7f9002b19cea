/**
 * `npm run release`: publishes the revisions editors have added. For every concept and who's-who
 * entry whose latest revision has no published version yet, copies the entry file to
 * content/archive/<collection>/<id>/<date>.mdx and records its hashes in
 * content/archive/versions.lock.json. Published versions are never rewritten: the command
 * refuses to run while one differs from its lock, or while an entry was changed without a new
 * revision. Commit the new files with the revision.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { entryKinds } from '../lib/model/kinds.ts';
import { formatProblem } from '../lib/content/problems.ts';
import {
  LOCK_FILE,
  currentProblems,
  hashVersion,
  listVersions,
  lockProblems,
  lockText,
  readCurrentEntries,
  readLock,
  releasePlan,
} from '../lib/content/archive.ts';

const contentDir = resolve(process.env['GLOSSA_CONTENT'] ?? 'content');
const archiveDir = join(contentDir, 'archive');
const collections = entryKinds.map((k) => k.collection);

const entries = readCurrentEntries(contentDir, collections);
const versions = listVersions(archiveDir);
const problems = [...lockProblems(archiveDir), ...currentProblems(entries, versions)];
if (problems.length > 0) {
  process.stderr.write(
    `Nothing was released: fix these first.\n\n${problems.map(formatProblem).join('\n\n')}\n`,
  );
  process.exit(1);
}

const plan = releasePlan(entries, versions);
const lock = readLock(archiveDir);
for (const e of plan) {
  const path = `${e.collection}/${e.id}/${e.latest}.mdx`;
  mkdirSync(join(archiveDir, e.collection, e.id), { recursive: true });
  writeFileSync(join(archiveDir, path), e.text);
  lock[path] = hashVersion(e.text);
  process.stdout.write(`Published ${e.file} as content/archive/${path}\n`);
}
if (plan.length > 0) writeFileSync(join(archiveDir, LOCK_FILE), lockText(lock));
process.stdout.write(
  plan.length > 0
    ? `${String(plan.length)} version(s) published. Commit content/archive/ with the entries.\n`
    : 'Every entry’s latest revision is already published; nothing to do.\n',
);
