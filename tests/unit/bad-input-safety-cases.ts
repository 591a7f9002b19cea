/** The rows of the safety catalogue (bad-input-safety.test.ts), by class. */
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runScript, type Case, type Edits } from './bad-input-safety-run.ts';

const body = (text: string) => (t: string) =>
  t.replace(/\n## First section[\s\S]*$/, `\n## First section\n\n${text}\n`);
const paper = (text: string): Edits => ({ 'papers/test-paper.mdx': body(text) });
const field = (file: string, from: string | RegExp, to: string): Edits => ({
  [file]: (t) => t.replace(from, to),
});
const beta = (from: string | RegExp, to: string) => field('concepts/beta-idea.mdx', from, to);
const out = (target: string): Partial<Case> => ({ env: { GLOSSA_OUT_DIR: target } });

/** 1. The output folder can never hold author files. */
const outputFolder: Case[] = [
  { name: 'output folder: content/', ...out('content') },
  { name: 'output folder: src/', ...out('src') },
  { name: 'output folder: the project root', ...out('.') },
  { name: 'output folder: the folder above the project', ...out('..') },
  { name: 'output folder: inside content/', ...out('content/concepts') },
  { name: 'output folder: public/', ...out('public') },
  { name: 'output folder: inside node_modules/', ...out('node_modules/site') },
  {
    name: 'output folder: the fixture’s content tree (GLOSSA_CONTENT)',
    env: { GLOSSA_OUT_DIR: '<dir>/content' },
  },
  {
    name: 'output folder: a folder of the editor’s own files',
    prepare: (dir) => {
      mkdirSync(join(dir, 'notes'));
      writeFileSync(join(dir, 'notes', 'draft.txt'), 'my notes\n');
    },
    env: { GLOSSA_OUT_DIR: '<dir>/notes' },
  },
  {
    name: 'output folder: a symbolic link to content/',
    prepare: (dir) => symlinkSync(join(dir, 'content'), join(dir, 'linked')),
    env: { GLOSSA_OUT_DIR: '<dir>/linked' },
  },
  {
    name: 'output folder: a file',
    prepare: (dir) => writeFileSync(join(dir, 'site.zip'), 'not a folder\n'),
    env: { GLOSSA_OUT_DIR: '<dir>/site.zip' },
  },
];

/** 2. Only safe links, no remote images, no dead internal links. */
const links: Case[] = [
  { name: 'link: JavaScript: in mixed case', edits: paper('See [here](JaVaScRiPt:alert(1)).') },
  {
    name: 'link: javascript: behind a tab and spaces',
    edits: paper('See [here](<  java\tscript:alert(1)>).'),
  },
  { name: 'link: data: text/html', edits: paper('See [here](data:text/html;base64,PHNjcmlwdD4=).') },
  { name: 'link: vbscript:', edits: paper('See [here](vbscript:msgbox).') },
  {
    name: 'link: a reference definition to javascript:',
    edits: paper('See [here][x].\n\n[x]: javascript:alert(1)'),
  },
  { name: 'link: protocol-relative //host', edits: paper('See [here](//evil.example/).') },
  {
    name: 'link: file: in a concept body',
    edits: beta('The beta idea', '[Local](file:///etc/passwd). The beta idea'),
  },
  {
    name: 'link: a scheme hidden in a character reference',
    edits: paper('See [here](&#106;avascript:alert(1)).'),
  },
  { name: 'image: remote https', edits: paper('![A chart](https://tracker.example/pixel.png)') },
  { name: 'image: protocol-relative', edits: paper('![A chart](//tracker.example/pixel.png)') },
  { name: 'image: data: URL', edits: paper('![A chart](data:image/svg+xml;base64,PHN2Zz4=)') },
  { name: 'image: a path out of the project', edits: paper('![Secrets](../../../../../etc/passwd.png)') },
  {
    name: 'frontmatter: a paper url in capitals JAVASCRIPT:',
    edits: field('papers/test-paper.mdx', /^url: .*$/m, 'url: "JAVASCRIPT:alert(1)"'),
  },
  {
    name: 'frontmatter: a protocol-relative paper url',
    edits: field('papers/test-paper.mdx', /^url: .*$/m, 'url: "//evil.example/x"'),
  },
  { name: 'shelf: a data: URL', edits: { 'bibliography.yaml': (t) => `${t}  URL: "data:text/html,hi"\n` } },
  {
    name: 'dead link: a concept that does not exist (caught in the built site)',
    full: true,
    edits: paper(
      'The first paragraph links [nothing](/concepts/no-such-idea/) and mentions <Concept>alpha</Concept>.\n\nThe second <Concept id="beta-idea">beta</Concept>.',
    ),
  },
  {
    name: 'dead link: a paragraph the paper does not have',
    full: true,
    edits: beta('The beta idea', 'See [paragraph 99](/papers/test-paper/#p99). The beta idea'),
  },
];

/** 3. Attributes and hidden characters. */
const attributes: Case[] = [
  { name: 'attribute: an event handler on <b>', edits: paper('Text <b onclick="alert(1)">bold</b> here.') },
  {
    name: 'attribute: inline style on <em>',
    edits: paper('Text <em style="display:none">hidden</em> here.'),
  },
  {
    name: 'attribute: an id that clashes with a paragraph anchor',
    edits: paper('Text <strong id="p1">x</strong> here.'),
  },
  {
    name: 'attribute: the site’s own class on <Concept>',
    edits: paper('A <Concept id="alpha-idea" class="g-term">alpha</Concept>.'),
  },
  {
    name: 'attribute: href on <abbr>',
    edits: paper('An <abbr href="https://x.example" title="North Atlantic Treaty Organization">NATO</abbr>.'),
  },
  { name: 'attribute: a lang that is not a tag', edits: paper('It is <i lang="french">déjà vu</i>.') },
  { name: 'hidden: a bidi override in a title', edits: beta('title: Beta idea', 'title: "Beta \u202Eaedi"') },
  {
    name: 'hidden: a zero-width space in an alias',
    edits: beta('aliases: [beta]', 'aliases: ["be\u200Bta"]'),
  },
  {
    name: 'hidden: a right-to-left mark in a short definition',
    edits: beta(/^short: .*$/m, 'short: "The second \u200Fidea."'),
  },
  {
    name: 'hidden: a bidi isolate in the site title',
    edits: field('site.yaml', /^title: .*$/m, 'title: "Glossa \u2066test\u2069"'),
  },
  {
    name: 'hidden: an invisible character in an attribute value',
    edits: paper('A <abbr title="North\u2060Atlantic">NATO</abbr>.'),
  },
];

/** Runs a command of the project on the copy in `dir` (a step of a row's set-up); throws when it fails. */
async function step(dir: string, script: string): Promise<void> {
  const run = await runScript(dir, script);
  if (run.status !== 0) throw new Error(`${script} failed:\n${run.stdout}\n${run.stderr}`);
}
const released = (dir: string) => step(dir, 'src/cli/release.ts');
const edit = (dir: string, file: string, from: string | RegExp, to: string) =>
  writeFileSync(
    join(dir, 'content', file),
    readFileSync(join(dir, 'content', file), 'utf8').replace(from, to),
  );
const today = new Date().toISOString().slice(0, 10);
const LOCK = 'archive/versions.lock.json';
const noSecret = (output: string) => expect(output).not.toMatch(/root:|daemon:/);

/** 4. Symbolic links: refused with their path, never read, never printed; in the cache's key. */
const symlinks: Case[] = [
  {
    name: 'symlink: a concept that is a link to a system file',
    prepare: (dir) => symlinkSync('/etc/passwd', join(dir, 'content/concepts/gamma-idea.mdx')),
    check: noSecret,
  },
  {
    name: 'symlink: a collection folder that is a link outside the project',
    prepare: (dir) => {
      mkdirSync(join(dir, 'elsewhere'));
      symlinkSync(join(dir, 'elsewhere'), join(dir, 'content/entities'));
    },
  },
  {
    name: 'symlink: site.yaml as a link',
    prepare: (dir) => {
      renameSync(join(dir, 'content/site.yaml'), join(dir, 'site.yaml'));
      symlinkSync(join(dir, 'site.yaml'), join(dir, 'content/site.yaml'));
    },
  },
  {
    name: 'symlink: a published version as a link',
    prepare: async (dir) => {
      await released(dir);
      const version = join(dir, 'content/archive/concepts/alpha-idea/2026-01-01.mdx');
      renameSync(version, join(dir, 'copy.mdx'));
      symlinkSync(join(dir, 'copy.mdx'), version);
    },
  },
  {
    name: 'symlink: added after a cached build (the cache key sees it)',
    full: true,
    prepare: async (dir) => {
      await step(dir, 'src/cli/build.ts');
      symlinkSync('/etc/passwd', join(dir, 'content/concepts/gamma-idea.mdx'));
    },
    check: noSecret,
  },
];

/** 5. The public address of a published build. */
const required = (site: string): Partial<Case> => ({ env: { GLOSSA_REQUIRE_SITE: '1', GLOSSA_SITE: site } });
const address: Case[] = [
  { name: 'address: loopback as a decimal number', ...required('http://2130706433/') },
  { name: 'address: loopback in hexadecimal', ...required('http://0x7f.0x1/') },
  { name: 'address: localhost with a trailing dot', ...required('http://localhost./') },
  { name: 'address: IPv4-mapped IPv6 loopback', ...required('http://[::ffff:127.0.0.1]/') },
  { name: 'address: a private network', ...required('https://10.20.30.40/') },
  { name: 'address: a link-local cloud metadata address', ...required('http://169.254.169.254/') },
  {
    name: 'address: user:password@ in GLOSSA_SITE',
    env: { GLOSSA_SITE: 'https://editor:hunter2@readings.example.org' },
    check: (output) => expect(output).not.toContain('hunter2'),
  },
  { name: 'address: a sub-path in GLOSSA_SITE', env: { GLOSSA_SITE: 'https://example.org/glossa' } },
  {
    name: 'address: a sub-path in site.yaml',
    edits: { 'site.yaml': (t) => `${t}url: https://example.org/readings/\n` },
  },
  {
    name: 'address: a private address in site.yaml',
    edits: { 'site.yaml': (t) => `${t}url: http://192.168.1.20/\n` },
  },
  { name: 'address: GLOSSA_BASE that climbs', env: { GLOSSA_BASE: '/../etc/' } },
  { name: 'address: GLOSSA_BASE with a scheme', env: { GLOSSA_BASE: 'javascript:alert(1)//' } },
];

/** 6. Versions, archive and lock. */
const versions: Case[] = [
  {
    name: 'versions: a lock cut short',
    prepare: async (dir) => {
      await released(dir);
      const lock = join(dir, 'content', LOCK);
      writeFileSync(lock, readFileSync(lock, 'utf8').slice(0, 60));
    },
  },
  {
    name: 'versions: a lock that is null',
    prepare: async (dir) => (await released(dir), writeFileSync(join(dir, 'content', LOCK), 'null\n')),
  },
  {
    name: 'versions: a lock entry with a bad hash',
    prepare: async (dir) => (
      await released(dir),
      edit(dir, LOCK, /"body": "[0-9a-f]{8}/, '"body": "zzzzzzzz')
    ),
  },
  {
    name: 'versions: a published revision deleted from its entry',
    prepare: async (dir) => (
      await released(dir),
      edit(dir, 'concepts/beta-idea.mdx', '2026-01-01\n    note', '2026-01-02\n    note')
    ),
  },
  {
    name: 'versions: release of a revision dated in the future',
    command: ['src/cli/release.ts'],
    edits: beta(
      '    note: First published.',
      '    note: First published.\n  - date: 2999-01-01\n    note: Not yet.',
    ),
  },
  {
    name: 'versions: release through an archive folder that is a link',
    command: ['src/cli/release.ts'],
    prepare: (dir) => {
      mkdirSync(join(dir, 'elsewhere'));
      symlinkSync(join(dir, 'elsewhere'), join(dir, 'content/archive'));
    },
  },
  {
    name: 'versions: corrected after today’s release, not released again',
    prepare: async (dir) => {
      edit(
        dir,
        'concepts/beta-idea.mdx',
        '    note: First published.',
        `    note: First published.\n  - date: ${today}\n    note: Corrected.`,
      );
      await released(dir);
      edit(dir, 'concepts/beta-idea.mdx', 'another test concept', 'another corrected test concept');
    },
    check: (output) => expect(output).toContain('Run `npm run release`'),
  },
];

/** 7. Commands: ids are names, never paths; nothing is written outside the file named. */
const mark = (id: string): Partial<Case> => ({ command: ['src/cli/mark/main.ts', id, '--write'] });
const commands: Case[] = [
  { name: 'mark: a path into concepts/', ...mark('../concepts/alpha-idea') },
  { name: 'mark: an absolute path', ...mark('/etc/passwd') },
  { name: 'mark: a Windows path', ...mark('..\\concepts\\alpha-idea') },
  { name: 'mark: an id with a dot-dot', ...mark('test..paper') },
  {
    name: 'mark: a paper that is a link to a concept',
    ...mark('linked-paper'),
    prepare: (dir) =>
      symlinkSync(join(dir, 'content/concepts/alpha-idea.mdx'), join(dir, 'content/papers/linked-paper.mdx')),
  },
  {
    name: 'import: an id that is a path',
    command: ['src/cli/import/main.ts', 'tests/fixtures/import/field-notes.md', '--id', '../concepts/evil'],
  },
  {
    name: 'import: into a papers folder that is a link',
    command: ['src/cli/import/main.ts', 'tests/fixtures/import/field-notes.md', '--id', 'field-notes'],
    prepare: (dir) => {
      renameSync(join(dir, 'content/papers'), join(dir, 'real-papers'));
      symlinkSync(join(dir, 'real-papers'), join(dir, 'content/papers'));
    },
  },
  { name: 'new:paper: a path', command: ['src/cli/new-entry.ts', 'paper', '../concepts/evil'] },
  { name: 'new:paper: an existing paper', command: ['src/cli/new-entry.ts', 'paper', 'test-paper'] },
  {
    name: 'new:concept: a title with a bidi override',
    command: ['src/cli/new-entry.ts', 'concept', 'Power \u202Eevil'],
  },
  {
    name: 'new:concept: into a concepts folder that is a link',
    command: ['src/cli/new-entry.ts', 'concept', 'Brand new idea'],
    prepare: (dir) => {
      renameSync(join(dir, 'content/concepts'), join(dir, 'real-concepts'));
      symlinkSync(join(dir, 'real-concepts'), join(dir, 'content/concepts'));
    },
  },
];

/** 8. One root cause, one problem. */
const bomb = (anchor: string) =>
  `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n${anchor}: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`;
const messages: Case[] = [
  {
    name: 'one problem: a YAML alias bomb in a concept',
    edits: beta('category: ideas', `category: ideas\n${bomb('d')}`),
  },
  {
    name: 'one problem: a YAML alias bomb in the shelf',
    edits: { 'bibliography.yaml': (t) => `${t}${bomb('e')}` },
  },
  {
    name: 'one problem: an anchor reused for an alias',
    edits: beta('aliases: [beta]', 'aliases: [&t beta, *t]'),
  },
];

/** Every row, in the order of the must-deliver list. */
export const cases: Case[] = [
  ...outputFolder,
  ...links,
  ...attributes,
  ...symlinks,
  ...address,
  ...versions,
  ...commands,
  ...messages,
];
