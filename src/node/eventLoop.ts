/** Lets the event loop run what waits (a keystroke, a hover, a message) before going on. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Milliseconds of work one turn of the extension host's event loop may take before a sliced job
 * gives the turn back: well under the 50 ms a reader notices (issue 13), with room for what else
 * runs in the same turn.
 */
export const SLICE_BUDGET_MS = 5;

/** How a sliced job is run: how long a slice may take, what it awaits between slices, when it stops. */
export interface SliceOptions {
  budgetMs?: number;
  /** Awaited between two slices (`nextTurn` unless told). */
  between?: () => Promise<void>;
  /** Checked before every slice: once true, the job stops and its result is not built. */
  cancelled?: () => boolean;
  /** The clock (milliseconds), for tests. */
  now?: () => number;
}

/**
 * Runs `steps` (a generator that yields between units of work) in slices of about `budgetMs`: the
 * first slice at once, in the caller's turn, the next ones in later turns. Resolves with the
 * generator's result, or undefined when cancelled first (the generator is then closed).
 */
export async function runInSlices<T>(steps: Generator<unknown, T>, options: SliceOptions = {}): Promise<T | undefined> {
  const { budgetMs = SLICE_BUDGET_MS, between = nextTurn, cancelled = () => false, now = () => performance.now() } = options;
  for (let first = true; ; first = false) {
    if (!first) await between();
    if (cancelled()) {
      steps.return(undefined as T);
      return undefined;
    }
    const sliceStarted = now();
    do {
      const step = steps.next();
      if (step.done) return step.value;
    } while (now() - sliceStarted < budgetMs);
  }
}

/** The result of `steps` in one go (what `runInSlices` builds, without giving the turn back). */
export function runAtOnce<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Comparisons made between two yields of `sortInSteps`. */
const COMPARISONS_PER_STEP = 256;

/**
 * `items` sorted by `compare`, stably (as `Array.prototype.sort`): a bottom-up merge sort that
 * yields every few hundred comparisons, so that a sort of thousands of items can be spread over
 * turns of the event loop (`runInSlices`).
 */
export function* sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<void, T[]> {
  let from = [...items];
  let into = new Array<T>(from.length);
  let comparisons = 0;
  for (let width = 1; width < from.length; width *= 2) {
    for (let left = 0; left < from.length; left += 2 * width) {
      const middle = Math.min(left + width, from.length);
      const right = Math.min(left + 2 * width, from.length);
      let i = left;
      let j = middle;
      for (let k = left; k < right; k++) {
        // The left run's item first when equal: the sort is stable.
        if (i < middle && (j >= right || compare(from[i], from[j]) <= 0)) into[k] = from[i++];
        else into[k] = from[j++];
        if (++comparisons % COMPARISONS_PER_STEP === 0) yield;
      }
    }
    [from, into] = [into, from];
  }
  return from;
}
