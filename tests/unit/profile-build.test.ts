/** bench/profile-build.ts: how a CPU profile's samples are grouped and summed. */
import { describe, expect, it } from 'vitest';
import { groupOf, mainThreadProfile, summarise } from '../../bench/profile-build.ts';

describe('profile-build', () => {
  it('counts a frame under its package, the bundled site, a project folder or V8 state', () => {
    expect(groupOf('f', 'file:///p/node_modules/citeproc/citeproc_commonjs.js')).toBe('citeproc');
    expect(groupOf('f', 'file:///p/node_modules/@resvg/resvg-js/index.js')).toBe('@resvg/resvg-js');
    expect(groupOf('f', 'file:///p/node_modules/.pnpm/x/node_modules/satori/dist/index.js')).toBe('satori');
    expect(groupOf('f', 'file:///p/.glossa-build.dist/.prerender/chunks/a.mjs')).toBe(
      '(the bundled site: pages, components, lib)',
    );
    expect(groupOf('f', 'file:///p/src/integrations/font-subset.ts')).toBe('src/integrations');
    expect(groupOf('(garbage collector)', '')).toBe('(garbage collector)');
    expect(groupOf('f', 'wasm://wasm/0029a2da')).toBe('(WebAssembly)');
    expect(groupOf('f', '')).toBe('(native)');
  });

  it('sums sample time by group, overall and per window', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: 'a', url: 'file:///p/node_modules/citeproc/x.js' } },
        { id: 2, callFrame: { functionName: '(idle)', url: '' } },
      ],
      samples: [1, 1, 2, 1],
      timeDeltas: [100_000, 100_000, 400_000, 500_000], // µs
    };
    const { total, windows } = summarise(profile, 500);
    expect(total).toEqual([
      ['citeproc', 700],
      ['(idle)', 400],
    ]);
    // 100, 200 ms in window 0; 600 ms (idle) and 1,100 ms fall in windows 1 and 2.
    expect(windows.map((w) => Object.fromEntries(w))).toEqual([
      { citeproc: 200 },
      { '(idle)': 400 },
      { citeproc: 500 },
    ]);
  });
  it("picks the main thread's profile among the threads'", () => {
    const files = [
      'CPU.20261208.012506.3322.1.002.cpuprofile',
      'CPU.20261208.012502.3322.0.001.cpuprofile',
      'CPU.20261208.012507.3322.2.003.cpuprofile',
    ];
    expect(mainThreadProfile(files)).toBe('CPU.20261208.012502.3322.0.001.cpuprofile');
    expect(mainThreadProfile(files.filter((f) => !f.includes('.0.001.')))).toBeUndefined();
  });
});
