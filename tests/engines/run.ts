/**
 * Definition cards in three engines: `npm run test:engines` (node tests/engines/run.ts).
 *
 * Serves the built site (dist/: run `npm run build` first) on a free loopback port, runs every
 * check of checks.ts in Chromium, Firefox and WebKit in turn, prints one line per check per
 * engine and ends with `N passed, M failed` (`, K skipped`). Exits non-zero on any failure.
 *
 * An engine whose binaries are missing is skipped with the reason, except when CI=true or
 * GLOSSA_ENGINES=required, where its checks fail. Engine names as arguments run only those:
 * `npm run test:engines -- firefox webkit`.
 *
 * Debian packages: chromium firefox-esr webkit2gtk-driver xvfb. Nothing is downloaded.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from './adapters/chromium.ts';
import { firefox } from './adapters/firefox.ts';
import { webkit } from './adapters/webkit.ts';
import { withTimeout, type Engine, type EngineFactory } from './adapters/types.ts';
import { checks, PAPER, Skip } from './checks.ts';
import { CONSOLE_RECORDER } from './console-recorder.ts';
import { serve, type StaticServer } from './server.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** The built site; GLOSSA_DIST serves another build (a fixture, or a patched copy). */
const DIST = resolve(ROOT, process.env['GLOSSA_DIST'] ?? 'dist');
const LAUNCH_TIMEOUT = 60_000;
const CHECK_TIMEOUT = 45_000;

const ALL: EngineFactory[] = [chromium, firefox, webkit];
const required = process.env['CI'] === 'true' || process.env['GLOSSA_ENGINES'] === 'required';

const counts = { passed: 0, failed: 0, skipped: 0 };
const width = Math.max(...checks.map((c) => c.id.length));
const indent = (text: string) => text.replace(/\n/g, '\n        ');

function report(result: 'ok' | 'FAIL' | 'skip', engine: string, id: string, detail = '') {
  counts[result === 'ok' ? 'passed' : result === 'FAIL' ? 'failed' : 'skipped']++;
  const label = `${result.padEnd(4)}  ${engine.padEnd(8)}  ${id.padEnd(width)}`;
  console.log(indent(`${label}  ${detail}`.trimEnd()));
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

let current: Engine | null = null;
/** A copy of the build, served for the whole run, so a rebuild meanwhile cannot change pages under it. */
let snapshot = '';
const servers: StaticServer[] = [];

async function shutDown() {
  const engine = current;
  current = null;
  if (engine) await withTimeout(engine.close(), 15_000, `closing ${engine.name}`).catch(() => undefined);
  await Promise.all(servers.splice(0).map((server) => server.close()));
  if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  snapshot = '';
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping`);
    void shutDown().finally(() => process.exit(130));
  });
}

async function runEngine(factory: EngineFactory, origin: string) {
  const missing = factory.missing();
  if (missing) {
    const why = required
      ? `${factory.name} is required here (CI=true or GLOSSA_ENGINES=required) but missing: ${missing}`
      : `${factory.name} not installed: ${missing}`;
    console.log(`${factory.name}: ${why}`);
    for (const check of checks) {
      report(required ? 'FAIL' : 'skip', factory.name, check.id, `${check.title} — ${factory.name} missing`);
    }
    return;
  }
  const started = Date.now();
  let engine: Engine;
  try {
    engine = await withTimeout(factory.launch({ origin }), LAUNCH_TIMEOUT, `launching ${factory.name}`);
  } catch (error) {
    console.log(
      `${factory.name}: could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    for (const check of checks) {
      report('FAIL', factory.name, check.id, `${check.title} — ${factory.name} did not start`);
    }
    return;
  }
  current = engine;
  console.log(`${factory.name}: ${engine.version} (started in ${seconds(started)})`);
  const context = { engine, url: (path: string) => new URL(path, origin).href };
  for (const check of checks) {
    const start = Date.now();
    try {
      const note = await withTimeout(check.run(context), CHECK_TIMEOUT, check.id);
      report('ok', engine.name, check.id, `${check.title} (${note ? `${note}; ` : ''}${seconds(start)})`);
    } catch (error) {
      if (error instanceof Skip) {
        report('skip', engine.name, check.id, `${check.title} — SKIPPED: ${error.message}`);
      } else {
        const message = error instanceof Error ? error.message : String(error);
        report('FAIL', engine.name, check.id, `${check.title} (${seconds(start)})\n${message}`);
      }
    }
  }
  current = null;
  await withTimeout(engine.close(), 15_000, `closing ${engine.name}`).catch((error: unknown) => {
    console.log(`${engine.name}: ${String(error)}`);
  });
}

async function main(): Promise<number> {
  const started = Date.now();
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !ALL.some((engine) => engine.name === name));
  if (unknown.length) {
    console.error(`unknown engine(s): ${unknown.join(', ')} (known: ${ALL.map((e) => e.name).join(', ')})`);
    return 2;
  }
  const engines = names.length ? ALL.filter((engine) => names.includes(engine.name)) : ALL;
  console.log(
    `Definition cards in ${engines.map((e) => e.name).join(', ')}: ${checks.length} checks each` +
      (required ? ' (all engines required)' : ''),
  );

  if (!existsSync(join(DIST, PAPER, 'index.html'))) {
    console.log(`FAIL  ${DIST} has no ${PAPER}: run \`npm run build\` first`);
    counts.failed++;
  } else {
    snapshot = mkdtempSync(join(tmpdir(), 'glossa-engines-dist-'));
    cpSync(DIST, snapshot, { recursive: true });
    const plain = await serve(snapshot);
    servers.push(plain);
    let recorded: StaticServer | undefined;
    for (const factory of engines) {
      if (factory.needsConsoleRecorder && !factory.missing()) {
        recorded ??= await serve(snapshot, { headScript: CONSOLE_RECORDER });
        if (!servers.includes(recorded)) servers.push(recorded);
      }
      await runEngine(factory, factory.needsConsoleRecorder && recorded ? recorded.origin : plain.origin);
    }
    await shutDown();
  }

  console.log(`Engines run in ${seconds(started)}`);
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  console.log(`${counts.passed} passed, ${counts.failed} failed${skipped}`);
  return counts.failed ? 1 : 0;
}

const code = await main().catch(async (error: unknown) => {
  console.error(error);
  await shutDown();
  console.log(`${counts.passed} passed, ${counts.failed + 1} failed`);
  return 1;
});
// Exit even if a browser left a handle open (stdout to a pipe or file is written synchronously).
process.exit(code);
