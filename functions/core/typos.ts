/**
 * Typo tolerance: bounded Damerau-Levenshtein distance and a symmetric-delete index over a
 * vocabulary (the SymSpell idea), so a misspelt word finds its candidates with a few map
 * look-ups instead of a scan of the vocabulary.
 */

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps),
 * or `max + 1` as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prevPrev[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[n]!;
}

function deletes(word: string, out: Set<string>): void {
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
}

/** Finds the closest vocabulary word within a small edit distance. */
export interface TypoIndex {
  /** The best correction for `word`, or undefined when nothing is close enough. */
  correct(word: string): string | undefined;
}

/**
 * The allowed distance for a word of this length: none below 5 letters (too many real words
 * are one letter apart), 1 up to 8 letters, 2 from 9 letters.
 */
export function allowedDistance(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/**
 * Builds the index. `rank` orders equally close candidates (higher wins), e.g. how often the
 * word occurs in the directory.
 */
export function createTypoIndex(
  vocabulary: Iterable<string>,
  rank: (word: string) => number = () => 0,
): TypoIndex {
  const words = new Set<string>();
  const byDelete = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = byDelete.get(key);
    if (list) {
      if (list[list.length - 1] !== word) list.push(word);
    } else byDelete.set(key, [word]);
  };
  for (const word of vocabulary) {
    if (word.length < 4 || words.has(word)) continue;
    words.add(word);
    add(word, word);
    const d = new Set<string>();
    deletes(word, d);
    for (const k of d) add(k, word);
  }

  return {
    correct(word) {
      const max = allowedDistance(word.length);
      if (max === 0 || words.has(word)) return undefined;
      const keys = new Set<string>([word]);
      deletes(word, keys);
      if (max >= 2) for (const k of [...keys]) deletes(k, keys);
      let best: string | undefined;
      let bestDistance = max + 1;
      let bestRank = -Infinity;
      for (const k of keys) {
        for (const candidate of byDelete.get(k) ?? []) {
          if (candidate[0] !== word[0] && word.length < 9) continue; // first letters are rarely wrong
          const d = editDistance(word, candidate, max);
          if (d > max) continue;
          const r = rank(candidate);
          if (
            d < bestDistance ||
            (d === bestDistance && (r > bestRank || (r === bestRank && candidate < best!)))
          ) {
            best = candidate;
            bestDistance = d;
            bestRank = r;
          }
        }
      }
      return best;
    },
  };
}
