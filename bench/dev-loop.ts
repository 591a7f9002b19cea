/**
 * The editing loop of `npm run dev`: how long from saving a concept or a paper to the changed
 * text in the page open in the browser. Starts `astro dev` on a copy of content/ (GLOSSA_CONTENT,
 * so the real files are never touched), opens the page in Chromium, then 10 times per file
 * appends a marker word to a paragraph, saves, and waits for the marker in the page's text.
 * Prints each time and the median, and how often the server restarted; a page that does not update
 * within 20 s is reloaded by hand and counted as a failure. Not a test: a benchmark, run on demand (`node bench/dev-loop.ts`).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';

const root = process.cwd();
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    concept: { type: 'string', default: 'deterrence' },
    paper: { type: 'string', default: 'joining-the-dots' },
    // A concept body save reloads without a restart (src/integrations/live-content.ts);
    // "title" saves a new title, which restarts the server (the marks use it), and is slower.
    cases: { type: 'string', default: 'paper,concept' },
  },
});
const runs = Number(args.runs);
const content = join(mkdtempSync(join(tmpdir(), 'glossa-dev-loop-')), 'content');
cpSync(join(root, 'content'), content, { recursive: true });

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 4399));
    });
  });

/** Appends ` word` to the first plain paragraph after the frontmatter (not a heading, tag or list). */
function appendToFirstParagraph(text: string, word: string): string {
  const end = text.indexOf('\n---', 3) + 4;
  const lines = text.slice(end).split('\n');
  const i = lines.findIndex((l) => /^[A-Za-z“"‘(]/.test(l) && l.trim().length > 40);
  if (i < 0) throw new Error('No plain paragraph to edit.');
  lines[i] = `${lines[i] ?? ''} ${word}`;
  return text.slice(0, end) + lines.join('\n');
}

/**
 * `text` with a revision of today added (its frontmatter must end with `revisions:`): a changed
 * published entry without a new revision is an error on its page (issue #15), as in a build.
 */
function withRevision(text: string): string {
  const end = text.indexOf('\n---', 3);
  const today = new Date().toISOString().slice(0, 10);
  return `${text.slice(0, end)}\n  - date: ${today}\n    note: A benchmark edit.${text.slice(end)}`;
}

/** Appends ` word` to the title, keeping the old title as an alias so that marks written with it still resolve. */
function retitle(text: string, word: string): string {
  const title = /^title: (.*)$/m.exec(text)?.[1];
  if (title === undefined || !/^aliases: \[/m.test(text))
    throw new Error('No title and aliases: [...] to edit.');
  return text
    .replace(/^title: .*$/m, `title: ${title} ${word}`)
    .replace(/^aliases: \[/m, `aliases: [${title}${/^aliases: \[\]/m.test(text) ? '' : ', '}`);
}

/** Milliseconds until the page's text contains `word`; reloads and throws after 20 s. */
async function waitForText(page: Page, word: string, since: number): Promise<number> {
  while (performance.now() - since < 20_000) {
    try {
      if (await page.evaluate((w) => document.body.innerText.includes(w), word))
        return performance.now() - since;
    } catch {
      // The page is reloading: its document is gone for a moment.
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  await page.reload();
  throw new Error(`"${word}" did not appear within 20 s`);
}

async function main(): Promise<void> {
  const port = await freePort();
  const dev = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
    {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GLOSSA_CONTENT: content },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  dev.stdout.on('data', (c: Buffer) => (log += c.toString()));
  dev.stderr.on('data', (c: Buffer) => (log += c.toString()));
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  });
  try {
    while (!log.includes(`:${String(port)}`)) await new Promise((r) => setTimeout(r, 100));
    const page = await browser.newPage();
    const results: Record<string, number[]> = {};
    const all = {
      concept: ['concept body', `concepts/${args.concept}.mdx`, `/concepts/${args.concept}/`],
      paper: ['paper', `papers/${args.paper}.mdx`, `/papers/${args.paper}/`],
      title: ['concept title', `concepts/${args.concept}.mdx`, `/concepts/${args.concept}/`],
    } as const;
    const cases = args.cases.split(',').map((c) => all[c as keyof typeof all]);
    for (const [name, file, url] of cases) {
      // The server may be restarting after the last case restored its file: retry for a while.
      for (let tries = 0; ; tries++) {
        try {
          await page.goto(`http://127.0.0.1:${String(port)}${url}`, { timeout: 120_000 });
          break;
        } catch (error) {
          if (tries > 60) throw error;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
      const path = join(content, file);
      const original = readFileSync(path, 'utf8');
      const times: number[] = [];
      for (let i = 1; i <= runs; i++) {
        const word = `Benchmark${String(Date.now() % 1e8)}x${String(i)}`;
        // Settle between edits, as an editor would, so that one save's reload is not cut short.
        await new Promise((r) => setTimeout(r, 1500));
        const since = performance.now();
        writeFileSync(
          path,
          name === 'paper'
            ? appendToFirstParagraph(original, word)
            : withRevision(
                name === 'concept title' ? retitle(original, word) : appendToFirstParagraph(original, word),
              ),
        );
        try {
          const ms = await waitForText(page, word, since);
          times.push(ms);
          process.stdout.write(
            `${name} ${String(i)}: ${ms.toFixed(0)} ms (load ${loadavg()[0]?.toFixed(2) ?? '?'})\n`,
          );
        } catch (error) {
          process.stdout.write(`${name} ${String(i)}: FAILED, ${String(error).split('\n')[0] ?? ''}\n`);
          process.stdout.write(`  astro dev said:\n${log.split('\n').slice(-15).join('\n')}\n`);
        }
      }
      writeFileSync(path, original);
      results[name] = times;
      process.stdout.write(
        `${name}: ${String((log.match(/Restarting/g) ?? []).length)} "Restarting" lines in the log so far\n`,
      );
    }
    for (const [name, times] of Object.entries(results)) {
      const sorted = [...times].sort((a, b) => a - b);
      const mid = sorted.length
        ? ((sorted[(sorted.length - 1) >> 1] ?? 0) + (sorted[sorted.length >> 1] ?? 0)) / 2
        : NaN;
      process.stdout.write(
        `${name}: median ${mid.toFixed(0)} ms of ${String(times.length)}/${String(runs)} (${sorted.map((t) => t.toFixed(0)).join(', ')})\n`,
      );
    }
  } finally {
    await browser.close();
    dev.kill('SIGTERM');
    rmSync(join(content, '..'), { recursive: true, force: true });
  }
}

await main();
