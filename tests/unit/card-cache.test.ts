/** The queue social cards are drawn through on their thread: a few at a time, whatever is asked at once. */
import { describe, expect, it } from 'vitest';
import { atMostAtOnce } from '../../src/lib/images/queue.ts';

/** Runs five pieces of work through a queue of `limit`; returns the most that ran at once, the order, the results. */
async function run(limit: number) {
  const queue = atMostAtOnce(limit);
  let running = 0;
  let most = 0;
  const started: string[] = [];
  const done: string[] = [];
  const draw = (name: string, ms: number) =>
    queue(async () => {
      running += 1;
      most = Math.max(most, running);
      started.push(name);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      if (name === 'broken') throw new Error('no font for this');
      done.push(name);
      return name;
    });
  const work: [string, number][] = [
    ['one', 30],
    ['two', 5],
    ['broken', 5],
    ['three', 5],
    ['four', 5],
  ];
  const results = await Promise.allSettled(work.map(([name, ms]) => draw(name, ms)));
  return {
    most,
    started,
    done,
    results: results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason))),
  };
}

describe('atMostAtOnce (the queue social cards are drawn through)', () => {
  it('with a limit of one, runs one piece of work at a time, in order, and a failure does not stop the next', async () => {
    const { most, done, results } = await run(1);
    expect(most).toBe(1);
    expect(done).toEqual(['one', 'two', 'three', 'four']);
    expect(results).toEqual(['one', 'two', 'Error: no font for this', 'three', 'four']);
  });

  it('with a limit of two, runs two at once, never more, and starts them in the order given', async () => {
    const { most, started, done, results } = await run(2);
    expect(most).toBe(2);
    expect(started).toEqual(['one', 'two', 'broken', 'three', 'four']);
    // The slow first one ends last: the second slot carried the others meanwhile.
    expect(done.at(-1)).toBe('one');
    expect(results).toEqual(['one', 'two', 'Error: no font for this', 'three', 'four']);
  });
});
