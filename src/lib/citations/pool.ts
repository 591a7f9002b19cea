/**
 * Citations formatted off the build's main thread: worker threads (citation-worker.ts), each with
 * its own citeproc-js engines, take the citations a build has not cached yet, so that they are
 * formatted on the second core while the main thread builds the other parts of the pages. Started
 * early (`startCitationThreads`, while Vite bundles) or on the first citation sent; each thread
 * ends once it has been idle a while, giving its memory back.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CitationStyle, CslStyleId, Formatted, FormattedCitation, Locator } from './citeproc.ts';
import type { CslItem } from './types.ts';

/** What a thread is asked to format. */
export type CitationRequest = { id: number } & (
  | { op: 'citation'; item: CslItem; style: CslStyleId; locator: Locator | undefined }
  | { op: 'bibliography'; items: readonly CslItem[]; style: CitationStyle; options: { links?: boolean } }
);

/** A thread's answer. */
export type CitationReply =
  { id: number; result: FormattedCitation | (Formatted & { id: string })[] } | { id: number; error: string };

/**
 * One: on the two cores this was measured on, the main thread and the card thread keep the other
 * core busy, and a second citation thread (its own engines and their warm-up, ~40 MiB) made fresh
 * builds no faster (7.2–7.6 s with one, 7.7–7.8 s with two) and peaked as high (bench/README.md).
 */
const THREADS = 1;
// How long a thread waits for more citations before it ends.
const IDLE_MS = 1_000;

interface Thread {
  worker: Worker;
  waiting: Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>;
  idle?: ReturnType<typeof setTimeout>;
}

interface Pool {
  threads: (Thread | undefined)[];
  nextId: number;
  /** Whether any thread was started in this process (the build's cache report says so). */
  used: boolean;
  /** Set once every page record is built: a thread then ends as soon as it has nothing to do. */
  ending: boolean;
}

// Shared through globalThis: the pages (bundled by Vite) and the build's integrations each hold
// their own copy of this module, and the integration starts the threads the pages use.
const poolKey = Symbol.for('glossa.citeproc.pool');
const pool = ((globalThis as Record<symbol, unknown>)[poolKey] ??= {
  threads: [],
  nextId: 0,
  used: false,
  ending: false,
}) as Pool;

// Next to this module in the sources; the build bundles this code elsewhere, so the file is found
// by walking up to the project (or from the working directory, where builds run).
function findWorker(start: string): string {
  const inProject = (dir: string) => join(dir, 'src', 'lib', 'citations', 'citation-worker.ts');
  if (existsSync(join(start, 'citation-worker.ts'))) return join(start, 'citation-worker.ts');
  for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(inProject(dir))) return inProject(dir);
  }
  return inProject(process.cwd());
}

function startThread(slot: number): Thread {
  const worker = new Worker(findWorker(dirname(fileURLToPath(import.meta.url))));
  // The build's end does not wait for an idle thread.
  worker.unref();
  pool.used = true;
  const thread: Thread = { worker, waiting: new Map() };
  const stop = (error: Error) => {
    for (const { reject } of thread.waiting.values()) reject(error);
    thread.waiting.clear();
    if (pool.threads[slot] === thread) pool.threads[slot] = undefined;
  };
  worker.on('message', (reply: CitationReply) => {
    const waiter = thread.waiting.get(reply.id);
    if (!waiter) return;
    thread.waiting.delete(reply.id);
    if ('error' in reply) waiter.reject(new Error(reply.error));
    else waiter.resolve(reply.result);
    if (thread.waiting.size === 0) scheduleEnd(slot, thread);
  });
  worker.on('error', stop);
  worker.on('exit', (code) => stop(new Error(`A citation thread stopped (exit code ${String(code)}).`)));
  scheduleEnd(slot, thread);
  return thread;
}

function scheduleEnd(slot: number, thread: Thread): void {
  if (thread.idle) clearTimeout(thread.idle);
  thread.idle = setTimeout(
    () => {
      if (thread.waiting.size > 0) return;
      if (pool.threads[slot] === thread) pool.threads[slot] = undefined;
      void thread.worker.terminate();
    },
    pool.ending ? 0 : IDLE_MS,
  );
  thread.idle.unref();
}

/**
 * Every page record is built (src/lib/pages/all.ts): the threads end as soon as they are idle,
 * giving their memory back for the rest of the build. A later citation starts one again.
 */
export function endCitationThreadsWhenIdle(): void {
  pool.ending = true;
  pool.threads.forEach((thread, slot) => {
    if (thread && thread.waiting.size === 0) scheduleEnd(slot, thread);
  });
}

/** Starts the threads now, so that their engines are built and warm by the first citation. */
export function startCitationThreads(): void {
  for (let slot = 0; slot < THREADS; slot++) pool.threads[slot] ??= startThread(slot);
}

/** Whether this process started a citation thread (so citeproc-js ran, though not on this thread). */
export const citationThreadsUsed = (): boolean => pool.used;

/**
 * Whether citations are to be made on the threads: only once `startCitationThreads` was called
 * (a build with no cached citation). A build that makes a few (after an edit) makes them on its
 * main thread: starting a thread and warming all its engines costs more than the few citations
 * (one concept edited: 4.1–4.2 s with the thread, 3.7–4.1 s without, bench/README.md).
 */
export const citationThreadsOn = (): boolean => pool.used;

type Request = CitationRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** Formats on the least busy thread (one is started if none runs: a build with a few new citations). */
export function formatOnThread(request: Request): Promise<unknown> {
  if (!pool.threads.some(Boolean)) pool.threads[0] = startThread(0);
  const threads = pool.threads.filter((t): t is Thread => t !== undefined);
  const thread = threads.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
  if (thread.idle) clearTimeout(thread.idle);
  const id = pool.nextId++;
  return new Promise((resolve, reject) => {
    thread.waiting.set(id, { resolve, reject });
    thread.worker.postMessage({ ...request, id });
  });
}
