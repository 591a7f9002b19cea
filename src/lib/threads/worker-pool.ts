/**
 * Worker threads that take work off the build's main thread: the citation thread
 * (src/lib/citations/pool.ts) and the social-card thread (src/lib/images/card-cache.ts). A pool
 * runs one kind of worker, started on demand (or all at once with `start`), numbers each request,
 * hands it to the least busy thread and settles the caller's promise with the reply; a thread
 * ends once it has been idle a while, giving its memory back, and a thread that fails or stops
 * rejects whatever it still held. `serveRequests` is the worker's side of the same exchange.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';
import { projectRoot } from '../cache/code-version.ts';

/** What passes between a pool and its threads: a numbered request, and its result or error. */
interface Envelope<Request> {
  id: number;
  request: Request;
}
type Reply = { id: number; result: unknown } | { id: number; error: string };

/** The pool of one kind of worker. */
export interface WorkerPool<Request, Result> {
  /** Sends `request` to the least busy thread (one is started if none runs). */
  run: (request: Request) => Promise<Result>;
  /** Starts every thread of the pool now, held as by `hold`. */
  start: () => void;
  /**
   * More work is coming, with gaps between (the citations and cards of each kind of page): no
   * thread ends for being idle until `endWhenIdle`. Without it, a gap longer than the idle time
   * ended a thread, and the next request loaded its code and warmed it again.
   */
  hold: () => void;
  /** No more work is expected: each thread ends as soon as it is idle (a later request starts one again). */
  endWhenIdle: () => void;
  /** Whether a thread of this pool was started in this process. */
  used: () => boolean;
}

interface Thread {
  worker: Worker;
  waiting: Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>;
  idle?: ReturnType<typeof setTimeout>;
}

interface State {
  threads: (Thread | undefined)[];
  nextId: number;
  used: boolean;
  ending: boolean;
  /** Between `hold` (or `start`) and `endWhenIdle`: idle threads wait. */
  holding: boolean;
}

/**
 * The pool running `file` (a TypeScript worker, relative to the project: Node strips its types).
 * Its state lives on `globalThis` under the file's name, so that every copy of the calling module
 * (the pages bundled by Vite, the build's integrations) shares one pool.
 */
export function workerPool<Request, Result>(
  file: string,
  { size, idleMs }: { size: number; idleMs: number },
): WorkerPool<Request, Result> {
  const key = Symbol.for(`glossa.threads.${file}`);
  const state = ((globalThis as Record<symbol, unknown>)[key] ??= {
    threads: [],
    nextId: 0,
    used: false,
    ending: false,
    holding: false,
  }) as State;
  // The bundled pages run from a folder of their own, so the file is found from the project's root.
  const path = () => join(projectRoot(dirname(fileURLToPath(import.meta.url))), file);

  const scheduleEnd = (slot: number, thread: Thread): void => {
    if (thread.idle) clearTimeout(thread.idle);
    if (state.holding) return;
    thread.idle = setTimeout(
      () => {
        if (thread.waiting.size > 0) return;
        if (state.threads[slot] === thread) state.threads[slot] = undefined;
        void thread.worker.terminate();
      },
      state.ending ? 0 : idleMs,
    );
    thread.idle.unref();
  };

  const startThread = (slot: number): Thread => {
    const worker = new Worker(path());
    // The build's end does not wait for an idle thread.
    worker.unref();
    state.used = true;
    const thread: Thread = { worker, waiting: new Map() };
    const stop = (error: Error) => {
      for (const { reject } of thread.waiting.values()) reject(error);
      thread.waiting.clear();
      if (state.threads[slot] === thread) state.threads[slot] = undefined;
    };
    worker.on('message', (reply: Reply) => {
      const waiter = thread.waiting.get(reply.id);
      if (!waiter) return;
      thread.waiting.delete(reply.id);
      if ('error' in reply) waiter.reject(new Error(reply.error));
      else waiter.resolve(reply.result);
      if (thread.waiting.size === 0) scheduleEnd(slot, thread);
    });
    worker.on('error', stop);
    worker.on('exit', (code) =>
      stop(new Error(`The thread of ${file} stopped (exit code ${String(code)}).`)),
    );
    scheduleEnd(slot, thread);
    return thread;
  };

  // Held from now on: an idle time already counting (a thread idle since its last reply, or told
  // to end) is cancelled too, not only the ones that would start later.
  const hold = (): void => {
    state.holding = true;
    state.ending = false;
    for (const thread of state.threads) if (thread?.idle) clearTimeout(thread.idle);
  };

  return {
    run(request) {
      if (!state.threads.some(Boolean)) state.threads[0] = startThread(0);
      const threads = state.threads.filter((t): t is Thread => t !== undefined);
      const thread = threads.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      if (thread.idle) clearTimeout(thread.idle);
      const id = state.nextId++;
      return new Promise<Result>((resolve, reject) => {
        thread.waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
        const envelope: Envelope<Request> = { id, request };
        thread.worker.postMessage(envelope);
      });
    },
    start() {
      hold();
      for (let slot = 0; slot < size; slot++) state.threads[slot] ??= startThread(slot);
    },
    hold,
    endWhenIdle() {
      state.ending = true;
      state.holding = false;
      state.threads.forEach((thread, slot) => {
        if (thread && thread.waiting.size === 0) scheduleEnd(slot, thread);
      });
    },
    used: () => state.used,
  };
}

/**
 * The worker's side: answers each request with `handle`'s result (its buffers listed by
 * `transfer` are handed over, not copied) or with the error that stopped it.
 */
export function serveRequests<Request, Result>(
  handle: (request: Request) => Result | Promise<Result>,
  transfer: (result: Result) => ArrayBuffer[] = () => [],
): void {
  const port = parentPort;
  if (!port) throw new Error('This module runs as a worker thread (see src/lib/threads/worker-pool.ts).');
  port.on('message', ({ id, request }: Envelope<Request>) => {
    void (async () => handle(request))().then(
      (result) => {
        const reply: Reply = { id, result };
        port.postMessage(reply, transfer(result));
      },
      (error: unknown) => {
        const reply: Reply = {
          id,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        };
        port.postMessage(reply);
      },
    );
  });
}
