/**
 * The stripped-TypeScript cache that `npm run build` starts with (src/cli/typescript-cache.mjs):
 * a second run serves every file from the cache without loading Node's stripper, an edited file
 * is stripped again (never served stale), positions stay those of the .ts file, and Node's own
 * errors still reach the user.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scratchDir } from './helpers.ts';

const cacheModule = pathToFileURL(join(process.cwd(), 'src/cli/typescript-cache.mjs')).href;
let dir = '';

/** Runs main.ts under the cache in `folder`; what it printed, the counts, and whether SWC's WebAssembly was compiled. */
function run(folder = join(dir, 'cache')) {
  const result = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), join(dir, 'main.ts')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CACHE_FOLDER: folder },
  });
  const counts = /COUNTS (\{.*\})/.exec(result.stderr)?.[1];
  return {
    status: result.status,
    stdout: result.stdout.trim(),
    stderr: result.stderr,
    counts: counts ? (JSON.parse(counts) as { hits: number; misses: number }) : null,
    stripperLoaded: result.stderr.includes('WASM-COMPILED'),
  };
}

describe('the TypeScript cache of npm run build', () => {
  beforeAll(() => {
    dir = scratchDir('glossa-typescript-');
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    // Node's stripper is a WebAssembly module: record whether one was compiled in this process.
    writeFileSync(
      join(dir, 'register.mjs'),
      [
        `import { registerTypeScriptCache } from ${JSON.stringify(cacheModule)};`,
        "const counts = registerTypeScriptCache(process.env['CACHE_FOLDER']);",
        'const { Module } = WebAssembly;',
        "WebAssembly.Module = new Proxy(Module, { construct(t, a) { process.stderr.write('WASM-COMPILED\\n'); return new t(...a); } });",
        "process.on('exit', () => process.stderr.write(`COUNTS ${JSON.stringify(counts)}\\n`));",
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'main.ts'),
      [
        "import { greeting, where } from './words.ts';",
        'interface Shape { readonly name: string }',
        "const shape: Shape = { name: 'world' };",
        'console.log(`${greeting(shape.name)} ${where()}`);',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'words.ts'),
      [
        "export const greeting = (name: string): string => 'hello ' + name;",
        '',
        '',
        'export function where(): string {',
        "  return (new Error().stack ?? '').split('\\n')[1]?.replace(/^.*\\//, '') ?? '';",
        '}',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('strips once, then serves every file from the cache without loading the stripper', () => {
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.counts).toEqual({ hits: 0, misses: 2 });
    // The same text as Node's own stripping: positions are the .ts file's (line 5, column 11).
    expect(first.stdout).toBe('hello world words.ts:5:11)');
    expect(first.stderr).not.toContain('ExperimentalWarning');
    expect(readdirSync(join(dir, 'cache'))).toHaveLength(2);

    const second = run();
    expect(second.status, second.stderr).toBe(0);
    expect(second.counts).toEqual({ hits: 2, misses: 0 });
    expect(second.stdout).toBe(first.stdout);
    expect(second.stripperLoaded).toBe(false);
    expect(first.stripperLoaded).toBe(true);
  });

  it('strips an edited file again and never serves its old text', () => {
    writeFileSync(
      join(dir, 'words.ts'),
      "export const greeting = (name: string): string => 'hi ' + name;\nexport const where = (): string => 'again';\n",
    );
    const edited = run();
    expect(edited.status, edited.stderr).toBe(0);
    expect(edited.counts).toEqual({ hits: 1, misses: 1 });
    expect(edited.stdout).toBe('hi world again');
    // One file per source: the edit replaced the old text, it did not add to it.
    expect(readdirSync(join(dir, 'cache'))).toHaveLength(2);
    expect(run().counts).toEqual({ hits: 2, misses: 0 });
  });

  it('strips again a cached text that was cut short or changed, never serving it', () => {
    const files = readdirSync(join(dir, 'cache')).map((f) => join(dir, 'cache', f));
    const [cut = '', changed = ''] = files;
    writeFileSync(cut, readFileSync(cut, 'utf8').slice(0, 90));
    // A change every cached text can take (the files' order, and so which holds 'hi', varies).
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nexport const tampered = 1;\n`);
    const damaged = run();
    expect(damaged.status, damaged.stderr).toBe(0);
    expect(damaged.counts).toEqual({ hits: 0, misses: 2 });
    expect(damaged.stdout).toBe('hi world again');
    expect(run().counts).toEqual({ hits: 2, misses: 0 });
  });

  it('still runs when its folder cannot be written, stripping each time', () => {
    // A cache folder under a regular file can never be created, not even by root.
    writeFileSync(join(dir, 'not-a-folder'), '');
    const blocked = run(join(dir, 'not-a-folder/cache'));
    expect(blocked.status, blocked.stderr).toBe(0);
    expect(blocked.stdout).toBe('hi world again');
    expect(blocked.counts).toEqual({ hits: 0, misses: 2 });
    expect(run(join(dir, 'not-a-folder/cache')).counts).toEqual({ hits: 0, misses: 2 });
  });

  it('leaves what it cannot strip to Node, whose error names the file', () => {
    // An enum needs a transform, not a strip: Node refuses it in its own words.
    writeFileSync(
      join(dir, 'words.ts'),
      "export enum Greeting { Hello = 'hello' }\nexport const greeting = (n: string) => n;\nexport const where = () => '';\n",
    );
    const broken = run();
    expect(broken.status).not.toBe(0);
    expect(broken.stderr).toMatch(/words\.ts/);
    expect(broken.stderr).toMatch(
      /TypeScript enum is not supported in strip-only mode|ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX/,
    );
  });
});
