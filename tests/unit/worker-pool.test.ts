/**
 * The worker pool (src/lib/threads/worker-pool.ts): a thread started ahead of its work (the
 * citation thread, started while Vite bundles) waits for that work however long it takes, and a
 * thread that has done its work ends after the idle time, so the next request starts another.
 */
import { describe, expect, it } from 'vitest';
import { workerPool } from '../../src/lib/threads/worker-pool.ts';

type Reply = { request: string; startedAt: number };
const pool = workerPool<string, Reply>('tests/fixtures/threads/echo-worker.ts', { size: 1, idleMs: 40 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('worker pool', () => {
  it('keeps a thread started ahead of its work until its first request, then ends it when idle', async () => {
    const before = Date.now();
    pool.start();
    // Far past the idle time: the thread is still the one started above.
    await sleep(400);
    const sent = Date.now();
    const first = await pool.run('first');
    expect(first.request).toBe('first');
    expect(first.startedAt).toBeLessThan(sent - 200);
    expect(first.startedAt).toBeGreaterThanOrEqual(before - 50);
    // Idle now: it ends after 40 ms, and the next request starts a new thread.
    await sleep(400);
    const again = Date.now();
    const second = await pool.run('second');
    expect(second.startedAt).toBeGreaterThanOrEqual(again - 50);
    pool.endWhenIdle();
  });
});
