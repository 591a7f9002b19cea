/**
 * The bad-input catalogue, part 3: what a hostile or careless user can give the build and the
 * editor's commands (links, attributes and hidden characters, the output folder, the cache, the
 * site address, versions, command arguments). Every row runs the real command in a child process
 * on a copy of tests/fixtures/minimal with an earlier build in its output folder, and asserts the
 * exit code, the problems printed (pinned in the snapshot beside this file: file:line:column, what
 * is wrong, expected, found, fix), no stack trace, and that neither content/ nor the output folder
 * changed by a byte.
 */
import { describe, expect, it, type ExpectStatic } from 'vitest';
import { cases } from './bad-input-safety-cases.ts';
import { runCase, type Case } from './bad-input-safety-run.ts';

/** The assertions every row makes. */
async function check(row: Case, expect: ExpectStatic): Promise<void> {
  const result = await runCase(row);
  expect(result.status, result.output).toBe(row.status ?? 1);
  expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(result.contentChanged, 'content/ changed').toEqual([]);
  expect(result.distChanged, 'the output folder changed').toEqual([]);
  if ((row.status ?? 1) === 0) return;
  // Every refusal names its place and says what was expected, what was found and how to fix it.
  expect(result.problems.length, result.output).toBe(row.problems ?? 1);
  for (const p of result.problems)
    expect(p).toMatch(/^\S.*\n {2}expected: .+\n {2}found: {4}.+\n {2}fix: {6}.+$/);
  expect(result.problems).toMatchSnapshot();
  row.check?.(result.output);
}

describe('the safety catalogue', () => {
  it('has at least 40 rows', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  // Rows that stop before Astro builds anything run two at a time; whole builds one at a time.
  it.concurrent.for(cases.filter((row) => !row.full))('$name', (row, { expect }) => check(row, expect));
  it.each(cases.filter((row) => row.full))('$name', (row) => check(row, expect));
});
