import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Fixture builds run Astro in a child process; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One file at a time (Vitest's default on 2 cores; pinned for larger machines): every fixture
    // build writes Astro's generated modules (content-modules.mjs among them) to this project's
    // .astro/, so two builds at once read each other's and fail.
    maxWorkers: 1,
    // The folders the tests write in, removed after the run (tests/global-setup.ts).
    globalSetup: ['tests/global-setup.ts'],
  },
});
