/** Look-ups in ascending arrays of numbers (posting lists, hash lists). */

/** Position of `value` in an ascending array, or -1. */
export function indexOfSorted(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
