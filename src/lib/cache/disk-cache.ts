/**
 * A build cache on disk for expensive artifacts (social cards, citations, map layouts). An entry
 * is found by a hash of everything that makes it: its inputs and the version of the code that
 * makes it (code-version.ts), so an entry can only be read back by the same code with the same
 * inputs; a stale one is never found, only left unused (and pruned after a build). The folder
 * survives between builds and is always safe to delete: `node_modules/.cache/glossa/`, or
 * `$GLOSSA_CACHE_DIR/glossa/` when that is set (fixture builds). `GLOSSA_NO_CACHE=1` bypasses it
 * and deletes what it bypasses.
 *
 * Verified, not trusted: each entry starts with a header holding the SHA-256 of its inputs' key
 * and of its bytes. An entry that is truncated, edited, copied from another key, or does not
 * decode is deleted, made again and reported on stderr; it is never returned.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { existsSync, readlinkSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { codeVersion, projectRoot } from './code-version.ts';

/** How a value is written to and read from a cache file. */
export interface Codec<T> {
  encode: (value: T) => Uint8Array | string;
  decode: (data: Buffer) => T;
}

/** Values stored as JSON (they must round-trip through JSON unchanged). */
export const jsonCodec = <T>(): Codec<T> => ({
  encode: (value) => JSON.stringify(value),
  decode: (data) => JSON.parse(data.toString('utf8')) as T,
});

/** Values stored as raw bytes. */
export const bytesCodec: Codec<Buffer> = { encode: (value) => value, decode: (data) => data };

/** What one kind of artifact did in this process: labels of entries reused and made. */
export interface CacheStats {
  hits: string[];
  misses: string[];
  /** Entries found damaged (and made again). */
  damaged: string[];
  /** Files read or written, so that a build can prune the rest. */
  used: Set<string>;
  /** Entries this process made, and those it read that an earlier build made (the report's "reused"). */
  made: Set<string>;
  reused: Set<string>;
}

// Shared through globalThis: the pages (bundled by Vite) and the integration that reports at the
// end of the build each hold their own copy of this module.
const registryKey = Symbol.for('glossa.disk-cache.stats');
const registry = ((globalThis as Record<symbol, unknown>)[registryKey] ??= new Map()) as Map<
  string,
  CacheStats
>;

// Entries being written, by path, with the bytes of their file: written off the main thread (each
// file costs the thread that creates it system time, ~0.3–1 ms here; bench/README.md), and read
// back from here until they are on disk. Shared like the statistics.
interface Writes {
  /** The file of every entry not yet on disk, by path. */
  bytes: Map<string, Buffer>;
  /** The last write queued: each waits for the one before. */
  last: Promise<void>;
}
const writesKey = Symbol.for('glossa.disk-cache.writes');
const writes = ((globalThis as Record<symbol, unknown>)[writesKey] ??= {
  bytes: new Map(),
  last: Promise.resolve(),
}) as Writes;

/**
 * Waits until every entry written so far is on disk (a build does at its end, before it prunes
 * the folder; a process that exits sooner only loses speed: an entry is whole or absent).
 */
export async function flushCacheWrites(): Promise<void> {
  while (writes.bytes.size > 0) await writes.last;
}

/** Statistics of every kind of artifact used in this process, by name. */
export const cacheStats = (): ReadonlyMap<string, CacheStats> => registry;

/** Forgets the statistics (between builds in one process, and in tests). */
export const resetCacheStats = (): void => registry.clear();

/** The cache folder: `$GLOSSA_CACHE_DIR/glossa`, else `node_modules/.cache/glossa` in the project. */
export function cacheRoot(): string {
  const dir = process.env['GLOSSA_CACHE_DIR'];
  return dir ? resolve(dir, 'glossa') : join(projectRoot(), 'node_modules', '.cache', 'glossa');
}

/** Every file under `dir` whose name passes `keep`, as sorted paths relative to `dir` ('/'-separated). */
export function filesUnder(dir: string, keep: (name: string) => boolean = () => true): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * The files `filesUnder` lists, each as [path, SHA-256 of its bytes], and every symbolic link as
 * [path, "symlink:" + its target]: a key part for what reads them. A link is in the key, never
 * followed, so that adding, removing or repointing one reaches the code that refuses it.
 */
export function folderDigest(dir: string, keep: (name: string) => boolean = () => true): [string, string][] {
  const links = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isSymbolicLink() && keep(e.name))
    .map((e): [string, string] => {
      const path = join(e.parentPath, e.name);
      return [relative(dir, path).split(sep).join('/'), `symlink:${readlinkSync(path)}`];
    });
  const files = filesUnder(dir, keep).map((path): [string, string] => [
    path,
    createHash('sha256')
      .update(readFileSync(join(dir, path)))
      .digest('hex'),
  ]);
  return [...files, ...links].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** JSON with object keys sorted, so that equal inputs always hash alike. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** One kind of cached artifact. */
export interface DiskCache<T> {
  /** The value for `inputs`: read from disk, or made by `make` and written. `label` names it in the stats. */
  get: (label: string, inputs: unknown, make: () => T) => T;
  /** The same for a value made asynchronously. */
  getAsync: (label: string, inputs: unknown, make: () => Promise<T>) => Promise<T>;
  /** Whether an entry for `inputs` is there to read (unverified, uncounted: `get` verifies it). */
  has: (inputs: unknown) => boolean;
  /** Makes the value for `inputs` and writes it, without reading first: `get` then finds it. */
  fill: (label: string, inputs: unknown, make: () => Promise<T>) => Promise<void>;
}

/**
 * A cache for the artifacts `name` made by the code in `entry` (a project file, followed through
 * its imports) and `extraPackages` (data the code reads by path). Without a readable source (or
 * with `GLOSSA_NO_CACHE=1`), every call makes its value afresh.
 */
export function diskCache<T>(
  name: string,
  entry: string,
  codec: Codec<T>,
  extraPackages: readonly string[] = [],
): DiskCache<T> {
  let folder: string | null | undefined;
  const where = (): string | null => {
    if (folder !== undefined) return folder;
    try {
      if (process.env['GLOSSA_NO_CACHE'] === '1') {
        // Bypassed, so cleared: an entry skipped now must not be read back by a later build.
        rmSync(join(cacheRoot(), name), { recursive: true, force: true });
        folder = null;
        return folder;
      }
      folder = join(cacheRoot(), name);
      if (folder) folder = join(folder, codeVersion(entry, extraPackages).slice(0, 16));
    } catch {
      folder = null;
    }
    return folder;
  };
  const stats = (): CacheStats => {
    let s = registry.get(name);
    if (!s)
      registry.set(
        name,
        (s = { hits: [], misses: [], damaged: [], used: new Set(), made: new Set(), reused: new Set() }),
      );
    return s;
  };
  // The entry for `inputs`: its key, and its file (null without a cache folder).
  const locate = (inputs: unknown): { key: string; path: string | null } => {
    const dir = where();
    const key = createHash('sha256').update(stableJson(inputs)).digest('hex');
    return { key, path: dir === null ? null : join(dir, key) };
  };
  const read = (label: string, inputs: unknown): { path: string | null; key: string; value?: T } => {
    const { key, path } = locate(inputs);
    if (path !== null) {
      stats().used.add(path);
      let data: Buffer | undefined = writes.bytes.get(path);
      try {
        data ??= readFileSync(path);
      } catch {
        // Missing (or unreadable): made again, nothing to report.
      }
      if (data !== undefined) {
        const payload = verified(data, key);
        if (payload !== undefined) {
          try {
            const value = codec.decode(payload);
            stats().hits.push(label);
            if (!stats().made.has(path)) stats().reused.add(path);
            return { path, key, value };
          } catch {
            // Verified bytes that do not decode: damaged all the same.
          }
        }
        rmSync(path, { force: true });
        stats().damaged.push(label);
        process.stderr.write(
          `Glossa: the cache entry for ${label} (${name}) was damaged or does not match its inputs; it was deleted and made again (${path}).\n`,
        );
      }
    }
    stats().misses.push(label);
    if (path !== null) stats().made.add(path);
    return { path, key };
  };
  const write = (path: string | null, key: string, value: T) => {
    if (path === null || writes.bytes.has(path)) return;
    let bytes: Buffer;
    try {
      const payload = Buffer.from(codec.encode(value));
      bytes = Buffer.concat([entryHeader(key, payload), payload]);
    } catch {
      return;
    }
    writes.bytes.set(path, bytes);
    const folder = join(path, '..');
    // One file at a time: files created at once contend for the file system's locks.
    writes.last = writes.last.then(async () => {
      try {
        await mkdir(folder, { recursive: true });
        // Written aside, then renamed: a reader sees the whole file or none.
        const temporary = `${path}.${String(process.pid)}.tmp`;
        await writeFile(temporary, bytes);
        await rename(temporary, path);
      } catch {
        // A read-only or full disk only costs speed.
      } finally {
        writes.bytes.delete(path);
      }
    });
  };
  return {
    get(label, inputs, make) {
      const found = read(label, inputs);
      if ('value' in found) return found.value as T;
      const value = make();
      write(found.path, found.key, value);
      return value;
    },
    async getAsync(label, inputs, make) {
      const found = read(label, inputs);
      if ('value' in found) return found.value as T;
      const value = await make();
      write(found.path, found.key, value);
      return value;
    },
    has(inputs) {
      const { path } = locate(inputs);
      return path !== null && (writes.bytes.has(path) || existsSync(path));
    },
    async fill(label, inputs, make) {
      const { key, path } = locate(inputs);
      if (path !== null) stats().used.add(path);
      if (path !== null) stats().made.add(path);
      stats().misses.push(label);
      write(path, key, await make());
    },
  };
}

const MAGIC = 'glossa-cache-1';

/** The first line of an entry: a version tag, the key of its inputs and the SHA-256 of its bytes. */
function entryHeader(key: string, payload: Uint8Array): Buffer {
  return Buffer.from(`${MAGIC} ${key} ${createHash('sha256').update(payload).digest('hex')}\n`);
}

/** The bytes of an entry whose header matches `key` and its bytes; undefined when it does not. */
export function verified(data: Buffer, key: string): Buffer | undefined {
  const end = data.indexOf(0x0a);
  if (end < 0 || end > 200) return undefined;
  const [magic, inputs, sum] = data.subarray(0, end).toString('latin1').split(' ');
  const payload = data.subarray(end + 1);
  if (magic !== MAGIC || inputs !== key) return undefined;
  return createHash('sha256').update(payload).digest('hex') === sum ? payload : undefined;
}

/**
 * Deletes the entries of each kind used in this process that this process did not use (older
 * inputs, older code), so that the folder holds what the last build needed. Returns how many.
 */
export function pruneCache(): number {
  let removed = 0;
  for (const [name, { used }] of registry) {
    const base = join(cacheRoot(), name);
    if (used.size === 0 || !existsSync(base)) continue;
    const keep = new Set([...used].map((p) => join(p, '..')));
    for (const version of readdirSync(base)) {
      const versionDir = join(base, version);
      if (!keep.has(versionDir)) {
        rmSync(versionDir, { recursive: true, force: true });
        removed++;
        continue;
      }
      // One folder of entries per code version, not sharded: each folder a build creates costs
      // more than a file (bench/README.md). A folder here is an older layout's shard.
      for (const file of readdirSync(versionDir))
        if (!used.has(join(versionDir, file))) {
          rmSync(join(versionDir, file), { recursive: true, force: true });
          removed++;
        }
    }
  }
  return removed;
}

/**
 * Keeps Node's compile cache of the build small. Node keeps one copy per Node version and set of V8
 * flags, in its own subfolder of `dir`, and never removes an entry: each build adds about one (its
 * manifest chunk), and each run with other flags (a profiler's, say) adds a whole copy of ~1,700.
 * So every subfolder but the one written last is deleted (Node's own folder for this run is made
 * again if it was not that one, ~0.5 s once), and `dir` is deleted when the one left holds more
 * than `maxFiles` files. Counted, not sized: listing ~1,700 entries takes ~15 ms; stating each,
 * or counting six copies, ~100 ms, on every build. Returns the number of folders deleted.
 */
export function capFolder(dir: string, maxFiles: number): number {
  if (!existsSync(dir)) return 0;
  const copies = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ path: join(dir, entry.name), written: statSync(join(dir, entry.name)).mtimeMs }))
    .sort((a, b) => b.written - a.written);
  for (const old of copies.slice(1)) rmSync(old.path, { recursive: true, force: true });
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) files++;
  if (files <= maxFiles) return copies.length - 1;
  rmSync(dir, { recursive: true, force: true });
  return copies.length;
}
