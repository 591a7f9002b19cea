/**
 * Which Chromium the browser tests launch (playwright.config.ts): Debian's headless shell for
 * headless runs, the full browser for a run with a window, in the main process and in the
 * workers (which see the main process's environment, not its command line).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const config = pathToFileURL(join(process.cwd(), 'playwright.config.ts')).href;

/** The executablePath the config gives with these extra arguments and environment. */
function chosen(args: string[], env: Record<string, string> = {}): string {
  const script = `process.argv.push(...${JSON.stringify(args)}); const { default: c } = await import(${JSON.stringify(config)}); console.log(c.use?.launchOptions?.executablePath ?? '(playwright)');`;
  const base = { ...process.env };
  delete base['GLOSSA_PLAYWRIGHT_HEADED'];
  delete base['PWDEBUG'];
  delete base['CHROMIUM_PATH'];
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...base, ...env },
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim();
}

const both = existsSync('/usr/bin/chromium') && existsSync('/usr/bin/chromium-headless-shell');

describe.skipIf(!both)(
  "the browser tests' Chromium (Debian's chromium and chromium-headless-shell installed)",
  () => {
    it('is the headless shell for a headless run', () => {
      expect(chosen([])).toBe('/usr/bin/chromium-headless-shell');
    });

    it('is the full browser with --headed, --debug or --ui, and in the workers of such a run', () => {
      for (const flag of ['--headed', '--debug', '--ui']) expect(chosen([flag])).toBe('/usr/bin/chromium');
      expect(chosen([], { GLOSSA_PLAYWRIGHT_HEADED: '1' })).toBe('/usr/bin/chromium');
      expect(chosen([], { PWDEBUG: '1' })).toBe('/usr/bin/chromium');
    });

    it('is CHROMIUM_PATH when set', () => {
      expect(chosen([], { CHROMIUM_PATH: '/opt/other/chrome' })).toBe('/opt/other/chrome');
    });
  },
);
