import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Fixture builds run Astro in a child process; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Vitest's default is one worker per core less one: a single worker on a 2-core machine, which
    // runs the six fixture-build files one after another (177 s). Each of them builds into its own
    // folder with its own caches (tests/unit/helpers.ts fixtureEnv), so two at a time is safe: 134 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
