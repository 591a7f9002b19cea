/**
 * A queue that runs at most `limit` pieces of work at once, starting them in the order given;
 * a failure does not stop the next.
 */
export function atMostAtOnce(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (running >= limit) await new Promise<void>((start) => waiting.push(start));
    else running++;
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so a later caller cannot overtake it.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
