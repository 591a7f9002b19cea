/** Editor-facing problems: where, what was expected, what was found, how to fix it. */

/** A position in a source file, 1-based like editors show. */
export interface Place {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** One problem found in content. */
export interface Problem extends Place {
  /** What is wrong, in one sentence. */
  message: string;
  /** What the rule expects. */
  expected: string;
  /** What the file has instead. */
  found: string;
  /** How to fix it; repeats the offending input where that helps. */
  suggestion?: string | undefined;
}

/** `file:line:column` (or fewer parts when the position is unknown). */
export function formatPlace(place: Place): string {
  if (place.line === undefined) return place.file;
  return `${place.file}:${place.line}:${place.column ?? 1}`;
}

/** A problem as the multi-line text printed by the build. */
export function formatProblem(problem: Problem): string {
  const lines = [
    `${formatPlace(problem)}: ${problem.message}`,
    `  expected: ${problem.expected}`,
    `  found:    ${problem.found}`,
  ];
  if (problem.suggestion) lines.push(`  fix:      ${problem.suggestion}`);
  return lines.join('\n');
}

/** Thrown when content is invalid; lists every problem, not just the first. */
export class ContentError extends Error {
  /** Every problem found, in file order. */
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Glossa found ${count} in the content:\n\n${problems.map(formatProblem).join('\n\n')}\n`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
