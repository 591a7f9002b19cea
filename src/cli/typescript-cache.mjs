// @ts-check
/**
 * The stripped text of the project's TypeScript files that Node itself loads (the build's own
 * code and what astro.config.mjs imports; Vite compiles the site's code separately), kept between
 * builds. Node strips types with a WebAssembly build of SWC that it loads on first use, before the
 * first .ts file runs, then strips each file (cost: bench/README.md, "Why the build is set up as it is").
 * With this cache a build in which no such file changed never loads it.
 *
 * Plain JavaScript on purpose: a .ts file here would load the stripper to strip this one.
 * One file per source path, headed by a hash of Node's version and the source's path and text,
 * and a hash of the stripped text itself: a file whose input hash differs, or whose text was cut
 * short or changed, is stripped again and overwritten, so a stale or damaged text is never served.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when what is stored changes shape. */
const FORMAT = 'glossa-typescript-cache 2';

/**
 * Serves every `.ts` module outside node_modules that Node loads from now on from `folder`.
 * Returns the counts of files served from the cache (hits) and stripped afresh (misses), or null
 * where this Node has no synchronous module hooks (before 22.15): then Node strips as usual.
 * @param {string} folder
 * @returns {{ hits: number, misses: number } | null}
 */
export function registerTypeScriptCache(folder) {
  const { registerHooks, stripTypeScriptTypes } = nodeModule;
  if (typeof registerHooks !== 'function' || typeof stripTypeScriptTypes !== 'function') return null;
  const counts = { hits: 0, misses: 0 };
  registerHooks({
    load(url, context, nextLoad) {
      // What Node would strip itself: a TypeScript ES module of the project.
      if (
        context.format !== 'module-typescript' ||
        !url.startsWith('file:') ||
        url.includes('/node_modules/')
      )
        return nextLoad(url, context);
      const source = readFileSync(fileURLToPath(url), 'utf8');
      const inputs = `// ${createHash('sha256').update(`${FORMAT}\0${process.version}\0${url}\0${source}`).digest('hex')} `;
      const file = join(folder, `${createHash('sha256').update(url).digest('hex').slice(0, 40)}.js`);
      const cached = readOrNull(file);
      const end = cached?.indexOf('\n') ?? -1;
      if (
        cached?.startsWith(inputs) &&
        end > 0 &&
        cached.slice(inputs.length, end) === sha256(cached.slice(end + 1))
      ) {
        counts.hits++;
        return { format: 'module', source: cached.slice(end + 1), shortCircuit: true };
      }
      let code;
      try {
        // As Node's own loader strips (lib/internal/modules/typescript.js): same code, same
        // positions (stack traces point into the .ts file), same sourceURL comment.
        code = withoutStripWarning(() => stripTypeScriptTypes(source, { mode: 'strip', sourceUrl: url }));
      } catch {
        // Syntax Node cannot strip: let Node load it and report the error in its own words.
        return nextLoad(url, context);
      }
      counts.misses++;
      store(file, `${inputs}${sha256(code)}\n${code}`);
      return { format: 'module', source: code, shortCircuit: true };
    },
  });
  return counts;
}

/** @param {string} text */
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/**
 * Writes `text` to `file` whole (a temporary file, then a rename), or not at all: a folder that
 * cannot be written (a read-only node_modules) only means stripping again next time.
 * @param {string} file
 * @param {string} text
 */
function store(file, text) {
  const temporary = `${file}.${String(process.pid)}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
  }
}

/** @param {string} file */
function readOrNull(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Runs `strip` without the one-time "stripTypeScriptTypes is an experimental feature" warning,
 * which would otherwise reach an editor's terminal after every change to a .ts file; any other
 * warning passes.
 * @template T
 * @param {() => T} strip
 * @returns {T}
 */
function withoutStripWarning(strip) {
  const emit = process.emitWarning;
  /** @type {typeof process.emitWarning} */
  const filtered = (warning, ...rest) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (text.includes('stripTypeScriptTypes')) return;
    emit.call(process, warning, .../** @type {[any]} */ (rest));
  };
  process.emitWarning = filtered;
  try {
    return strip();
  } finally {
    process.emitWarning = emit;
  }
}
