/**
 * Lighthouse on the built site: the paper page and one concept page, served from dist/ by a
 * small static server on a free loopback port (gzip, long cache for /_astro/, 404.html for
 * misses), audited with Lighthouse's default configuration (mobile emulation, simulated
 * throttling) in Debian's Chromium.
 *
 *   npm run bench:lighthouse                # 3 runs per page; the median run is reported
 *   npm run bench:lighthouse -- --runs 5 --pages /papers/joining-the-dots/,/concepts/power/
 *
 * Builds dist/ first (`npm run build`) if it is missing. Targets: 100 for accessibility, best
 * practices and SEO; at least 98 for performance.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { machine, median, root, table, writeResult } from './lib.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
    dist: { type: 'string' },
    chrome: { type: 'string', default: process.env['CHROME_PATH'] ?? '/usr/bin/chromium' },
  },
});
const dist = resolve(root, args.dist ?? 'dist');
const runs = Math.max(1, Number(args.runs));
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** A static file server for dist/, as a plain static host would serve it. */
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!path.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    let status = 200;
    if (!existsSync(path) || !statSync(path).isFile()) {
      status = 404;
      path = join(dist, '404.html');
    }
    const type = types[extname(path)] ?? 'application/octet-stream';
    let body = readFileSync(path);
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': url.pathname.startsWith('/_astro/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    if (
      /^(text|application\/(json|xml)|image\/svg)/.test(type) &&
      /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
    ) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** The pages to audit: the first paper and the concept "deterrence" (or the largest concept page). */
function defaultPages(): string[] {
  const dirs = (sub: string) =>
    existsSync(join(dist, sub))
      ? readdirSync(join(dist, sub)).filter((d) => existsSync(join(dist, sub, d, 'index.html')))
      : [];
  const paper = dirs('papers').sort()[0];
  const concepts = dirs('concepts');
  const concept = concepts.includes('deterrence')
    ? 'deterrence'
    : concepts.sort(
        (a, b) =>
          statSync(join(dist, 'concepts', b, 'index.html')).size -
          statSync(join(dist, 'concepts', a, 'index.html')).size,
      )[0];
  return [paper && `/papers/${paper}/`, concept && `/concepts/${concept}/`].filter((p): p is string =>
    Boolean(p),
  );
}

interface RunSummary {
  scores: Record<(typeof categories)[number], number | null>;
  metrics: {
    fcpMs: number | undefined;
    lcpMs: number | undefined;
    tbtMs: number | undefined;
    cls: number | undefined;
    speedIndexMs: number | undefined;
    totalBytes: number | undefined;
  };
  /** Audits that count towards a category score and did not fully pass. */
  failing: { id: string; category: string; title: string; score: number | null; displayValue?: string }[];
  /** Performance opportunities with estimated savings. */
  opportunities: { id: string; title: string; savingsMs?: number; savingsBytes?: number }[];
  /** What shifted (for CLS) and what blocked the main thread (for TBT). */
  layoutShifts: { selector?: string; score?: number }[];
  longTasks: { url?: string; durationMs?: number }[];
  lighthouseVersion: string;
  userAgent: string;
  runWarnings: string[];
}

/** The rows of an audit's details table, if it has one. */
function itemsOf(lhr: Result, id: string): Record<string, unknown>[] {
  const details = lhr.audits[id]?.details as { items?: unknown } | undefined;
  return Array.isArray(details?.items) ? (details.items as Record<string, unknown>[]) : [];
}

function summarise(lhr: Result): RunSummary {
  const num = (id: string) => lhr.audits[id]?.numericValue;
  const failing: RunSummary['failing'] = [];
  for (const category of categories) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      if (audit.score === null || audit.score >= 1) continue;
      failing.push({
        id: audit.id,
        category,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  const opportunities = Object.values(lhr.audits)
    .filter((a) => a.details?.type === 'opportunity' && (a.score ?? 1) < 1)
    .map((a) => {
      const details = a.details as { overallSavingsMs?: number; overallSavingsBytes?: number };
      return {
        id: a.id,
        title: a.title,
        ...(details.overallSavingsMs ? { savingsMs: Math.round(details.overallSavingsMs) } : {}),
        ...(details.overallSavingsBytes ? { savingsBytes: details.overallSavingsBytes } : {}),
      };
    });
  const score = (c: (typeof categories)[number]) => {
    const s = lhr.categories[c]?.score;
    return s === null || s === undefined ? null : Math.round(s * 100);
  };
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    metrics: {
      fcpMs: num('first-contentful-paint'),
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      speedIndexMs: num('speed-index'),
      totalBytes: num('total-byte-weight'),
    },
    failing,
    opportunities,
    layoutShifts: itemsOf(lhr, 'layout-shifts').map((i) => ({
      ...(typeof i['node'] === 'object' && i['node'] !== null && 'selector' in i['node']
        ? { selector: String(i['node'].selector) }
        : {}),
      ...(typeof i['score'] === 'number' ? { score: Math.round(i['score'] * 1000) / 1000 } : {}),
    })),
    longTasks: itemsOf(lhr, 'long-tasks').map((i) => ({
      ...(typeof i['url'] === 'string' ? { url: i['url'] } : {}),
      ...(typeof i['duration'] === 'number' ? { durationMs: Math.round(i['duration']) } : {}),
    })),
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
    runWarnings: lhr.runWarnings,
  };
}

function ensureBuilt(): void {
  if (existsSync(join(dist, 'index.html'))) return;
  if (dist !== join(root, 'dist')) throw new Error(`No site in ${dist}.`);
  process.stdout.write('No site in dist/: running npm run build…\n');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

async function main(): Promise<void> {
  ensureBuilt();
  const pages = args.pages ? args.pages.split(',').map((p) => p.trim()) : defaultPages();
  const server = await serve();
  const { port: serverPort } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${String(serverPort)}`;
  const chrome = await chromeLauncher.launch({
    chromePath: args.chrome,
    chromeFlags: [
      '--headless=new',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Root in a container: Chromium's sandbox needs user namespaces it may not have.
      '--no-sandbox',
      '--disable-dev-shm-usage',
    ],
    logLevel: 'silent',
  });
  const results: { page: string; runs: RunSummary[]; median: RunSummary }[] = [];
  try {
    for (const page of pages) {
      const list: RunSummary[] = [];
      for (let r = 0; r < runs; r++) {
        const result = await lighthouse(`${origin}${page}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
        if (result.lhr.runtimeError) throw new Error(`${page}: ${result.lhr.runtimeError.message}`);
        const summary = summarise(result.lhr);
        list.push(summary);
        process.stdout.write(
          `${page} run ${String(r + 1)}: ${JSON.stringify(summary.scores)}; shifts ${JSON.stringify(summary.layoutShifts)}; long tasks ${JSON.stringify(summary.longTasks)}\n`,
        );
      }
      // The median run by performance score, then by LCP (as Lighthouse's own guidance suggests).
      const sorted = [...list].sort(
        (a, b) =>
          (a.scores.performance ?? 0) - (b.scores.performance ?? 0) ||
          (b.metrics.lcpMs ?? 0) - (a.metrics.lcpMs ?? 0),
      );
      const mid = sorted[Math.floor((sorted.length - 1) / 2)];
      if (mid) results.push({ page, runs: list, median: mid });
    }
  } finally {
    chrome.kill();
    server.close();
  }

  const ms = (v: number | undefined) => (v === undefined ? 'n/a' : `${String(Math.round(v))} ms`);
  const scoreTable = table(
    [
      'page',
      'performance',
      'accessibility',
      'best practices',
      'SEO',
      'LCP',
      'TBT',
      'CLS',
      'FCP',
      'total KiB',
    ],
    results.map(({ page, median: m, runs: all }) => {
      const perf = all.map((r) => r.scores.performance ?? 0);
      return [
        page,
        `${String(m.scores.performance)} (${String(Math.min(...perf))}–${String(Math.max(...perf))})`,
        m.scores.accessibility ?? 'n/a',
        m.scores['best-practices'] ?? 'n/a',
        m.scores.seo ?? 'n/a',
        ms(m.metrics.lcpMs),
        ms(m.metrics.tbtMs),
        m.metrics.cls === undefined ? 'n/a' : m.metrics.cls.toFixed(3),
        ms(m.metrics.fcpMs),
        m.metrics.totalBytes === undefined ? 'n/a' : (m.metrics.totalBytes / 1024).toFixed(1),
      ];
    }),
  );
  const failures = results.flatMap(({ page, runs: all }) => {
    const seen = new Map<string, { category: string; title: string; runs: number; displayValue?: string }>();
    for (const run of all)
      for (const f of run.failing) {
        const cur = seen.get(f.id);
        seen.set(f.id, {
          category: f.category,
          title: f.title,
          runs: (cur?.runs ?? 0) + 1,
          ...(f.displayValue ? { displayValue: f.displayValue } : {}),
        });
      }
    return [...seen].map(([id, f]) => [
      page,
      f.category,
      id,
      f.title,
      `${String(f.runs)}/${String(all.length)}`,
      f.displayValue ?? '',
    ]);
  });
  const targets = results.map(({ page, median: m }) => {
    const ok =
      (m.scores.performance ?? 0) >= 98 &&
      m.scores.accessibility === 100 &&
      m.scores['best-practices'] === 100 &&
      m.scores.seo === 100;
    return `${page}: ${ok ? 'meets' : 'MISSES'} the targets (100 a11y, best practices, SEO; ≥ 98 performance)`;
  });
  process.stdout.write(
    [
      '',
      `## Lighthouse ${results[0]?.median.lighthouseVersion ?? ''}, default (mobile) config, median of ${String(runs)} run(s)`,
      '',
      scoreTable,
      '',
      '## Audits below full score (counting towards a category)',
      '',
      failures.length > 0
        ? table(['page', 'category', 'audit', 'title', 'runs', 'value'], failures)
        : 'None: every scored audit passed in every run.',
      '',
      ...targets,
      '',
    ].join('\n'),
  );
  const perfValues = results.flatMap((r) => r.runs.map((x) => x.scores.performance ?? 0));
  const path = await writeResult('lighthouse.json', {
    benchmark: 'lighthouse',
    machine: machine(),
    method: {
      config: 'Lighthouse default (mobile emulation, simulated throttling)',
      chrome: args.chrome,
      runsPerPage: runs,
      server: 'node:http on 127.0.0.1, gzip for text, immutable cache for /_astro/',
      medianPerformance: perfValues.length > 0 ? median(perfValues) : null,
    },
    pages: results.map(({ page, median: m, runs: all }) => ({
      page,
      median: m,
      runs: all.map((r) => ({
        scores: r.scores,
        metrics: r.metrics,
        layoutShifts: r.layoutShifts,
        longTasks: r.longTasks,
      })),
    })),
  });
  process.stdout.write(`Wrote ${path}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
