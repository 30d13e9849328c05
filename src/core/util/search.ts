/**
 * Binary search over sorted lists, shared by the engine and the editor adapters (spans by offset,
 * positions, line starts).
 */

/**
 * The number of leading items for which `before` holds, in a list where it holds for a prefix
 * and fails for the rest: the index of the first item for which it fails.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of `sorted` (by start) that lie inside `[from, to)`: a binary search to the first, then a walk. */
export function spansWithin<T extends { start: number; end: number }>(sorted: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = partitionPoint(sorted, (s) => s.start < from); i < sorted.length && sorted[i].start < to; i++) if (sorted[i].end <= to) out.push(sorted[i]);
  return out;
}

/**
 * The position of the first number greater than `after` in an ascending list: `partitionPoint`
 * for numbers, without a predicate call in the hot loops of the corpus stages.
 */
export function firstAfter(list: readonly number[], after: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
