/** Work started in one build hook and waited for in the last (src/integrations/background.ts). */
import { describe, expect, it } from 'vitest';
import { backgroundDone, inBackground } from '../../src/integrations/background.ts';

describe('background work of astro:build:done', () => {
  it('lets the next hook run before the work ends, then waits for all of it', async () => {
    const order: string[] = [];
    inBackground(new Promise<void>((resolve) => setTimeout(() => (order.push('index'), resolve()), 20)));
    order.push('font');
    await backgroundDone();
    expect(order).toEqual(['font', 'index']);
    // Waited for once: nothing is left.
    await backgroundDone();
  });

  it('fails where it is waited for, with the work’s own error, and not before', async () => {
    inBackground(Promise.reject(new Error('Pagefind could not start')));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await expect(backgroundDone()).rejects.toThrow('Pagefind could not start');
  });
});
