/**
 * The worker pool (src/lib/threads/worker-pool.ts): a thread started ahead of its work (the
 * citation thread, started while Vite bundles) waits for that work however long it takes; a held
 * pool (the card thread, fed a kind of page at a time) keeps its thread through gaps until told
 * no more is coming; otherwise a thread that has done its work ends after the idle time.
 */
import { describe, expect, it } from 'vitest';
import { workerPool } from '../../src/lib/threads/worker-pool.ts';

type Reply = { request: string; startedAt: number };
const pool = workerPool<string, Reply>('tests/fixtures/threads/echo-worker.ts', { size: 1, idleMs: 40 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Sends `request` and checks that a thread started for it answered (not one started earlier). */
async function runOnNewThread(request: string): Promise<Reply> {
  const sent = Date.now();
  const reply = await pool.run(request);
  expect(reply.startedAt).toBeGreaterThanOrEqual(sent - 50);
  return reply;
}

describe('worker pool', () => {
  it('keeps a thread started ahead of its work, then ends it when idle once told no more is coming', async () => {
    const before = Date.now();
    pool.start();
    // Far past the idle time: the thread is still the one started above.
    await sleep(400);
    const sent = Date.now();
    const first = await pool.run('first');
    expect(first.request).toBe('first');
    expect(first.startedAt).toBeLessThan(sent - 200);
    expect(first.startedAt).toBeGreaterThanOrEqual(before - 50);
    // Still held after its first request, until told no more is coming; then it ends when idle,
    // and the next request starts a new thread.
    await sleep(200);
    expect((await pool.run('held')).startedAt).toBe(first.startedAt);
    pool.endWhenIdle();
    await sleep(200);
    await runOnNewThread('second');
    pool.endWhenIdle();
  });

  it('holds a thread whose idle time had already started counting', async () => {
    pool.endWhenIdle();
    await sleep(100);
    // Unheld, a reply starts the idle time (40 ms); held just after, the thread stays.
    const first = await pool.run('before the hold');
    pool.hold();
    await sleep(200);
    expect((await pool.run('after')).startedAt).toBe(first.startedAt);
    // Told to end (0 ms) and held again at once: still the same thread.
    pool.endWhenIdle();
    pool.hold();
    await sleep(100);
    expect((await pool.run('again')).startedAt).toBe(first.startedAt);
    pool.endWhenIdle();
  });

  it('keeps its threads through gaps in the work while held, and ends them once told no more is coming', async () => {
    pool.hold();
    const first = await pool.run('first');
    // A gap far past the idle time (a kind of page whose records take long to build).
    await sleep(400);
    const second = await pool.run('second');
    expect(second.startedAt).toBe(first.startedAt);
    pool.endWhenIdle();
    await sleep(200);
    await runOnNewThread('third');
    pool.endWhenIdle();
  });
});
