/**
 * Vitest's global setup: one folder for this run's scratch folders in the system's temporary
 * folder and one under tests/.tmp (for fixture builds, which stay inside the project), handed to
 * the test processes through the environment (`scratchDir` in tests/unit/helpers.ts) and removed
 * when the run ends, whatever its result. `GLOSSA_KEEP_TEST_DIRS=1` keeps them to look at.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const projectTmp = join(process.cwd(), 'tests/.tmp');
  mkdirSync(projectTmp, { recursive: true });
  const roots = [mkdtempSync(join(tmpdir(), 'glossa-tests-')), mkdtempSync(join(projectTmp, 'run-'))];
  process.env['GLOSSA_TEST_TMP'] = roots[0];
  process.env['GLOSSA_TEST_PROJECT_TMP'] = roots[1];
  return () => {
    if (process.env['GLOSSA_KEEP_TEST_DIRS'] === '1') return;
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  };
}
