/** Social cards through the build cache: drawn one at a time, whatever Astro renders at once. */
import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../src/lib/images/card-cache.ts';

describe('oneAtATime (the queue social cards are drawn through)', () => {
  it('runs one piece of work at a time, in order, and a failure does not stop the next', async () => {
    const queue = oneAtATime();
    let running = 0;
    let most = 0;
    const done: string[] = [];
    const draw = (name: string) =>
      queue(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 10));
        running -= 1;
        if (name === 'broken') throw new Error('no font for this');
        done.push(name);
        return name;
      });
    const results = await Promise.allSettled(['one', 'two', 'broken', 'three', 'four'].map(draw));
    expect(most).toBe(1);
    expect(done).toEqual(['one', 'two', 'three', 'four']);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
      'one',
      'two',
      'Error: no font for this',
      'three',
      'four',
    ]);
  });
});
