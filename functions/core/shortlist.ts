/**
 * The best few entries per kind, best first, kept in flat arrays: the router weighs dozens of
 * entries per question (hundreds in a large directory) and keeps only a handful, so it records
 * numbers and makes objects of the few that are kept, at the end.
 */

/** One kept entry: its entry number, score and scope code (whatever the caller's codes mean). */
export interface Kept {
  doc: number;
  score: number;
  scope: number;
}

export class Shortlist {
  private readonly docs: number[];
  private readonly scores: number[];
  private readonly scopes: number[];
  private readonly counts: number[];
  /** Kinds in the order their first entry was kept. */
  private readonly order: number[] = [];

  /**
   * @param kinds how many kinds (codes 0..kinds-1)
   * @param perKind how many entries to keep per kind
   * @param rank the tie-break of equal scores by scope code: the lower rank goes first, then
   *   the lower entry number
   */
  constructor(
    kinds: number,
    private readonly perKind: number,
    private readonly rank: readonly number[],
  ) {
    this.docs = new Array<number>(kinds * perKind).fill(0);
    this.scores = new Array<number>(kinds * perKind).fill(0);
    this.scopes = new Array<number>(kinds * perKind).fill(0);
    this.counts = new Array<number>(kinds).fill(0);
  }

  /** The score an entry of kind `code` must reach to be kept: -Infinity until the kind is full. */
  bar(code: number): number {
    return this.counts[code] === this.perKind ? this.scores[(code + 1) * this.perKind - 1]! : -Infinity;
  }

  /** How many entries of kind `code` are kept. */
  count(code: number): number {
    return this.counts[code]!;
  }

  /** Keeps the entry if it is among the best `perKind` of its kind. */
  add(code: number, doc: number, score: number, scope: number): void {
    const base = code * this.perKind;
    const n = this.counts[code]!;
    let at = n;
    while (at > 0 && this.ahead(score, scope, doc, base + at - 1)) at--;
    if (at === this.perKind) return;
    if (n === 0) this.order.push(code);
    for (let i = Math.min(n, this.perKind - 1); i > at; i--) {
      this.docs[base + i] = this.docs[base + i - 1]!;
      this.scores[base + i] = this.scores[base + i - 1]!;
      this.scopes[base + i] = this.scopes[base + i - 1]!;
    }
    this.docs[base + at] = doc;
    this.scores[base + at] = score;
    this.scopes[base + at] = scope;
    this.counts[code] = Math.min(n + 1, this.perKind);
  }

  /** Everything kept: kind by kind in the order each kind was first kept, best first within. */
  list(): Kept[] {
    const out: Kept[] = [];
    for (const code of this.order) {
      const base = code * this.perKind;
      for (let i = 0; i < this.counts[code]!; i++)
        out.push({ doc: this.docs[base + i]!, score: this.scores[base + i]!, scope: this.scopes[base + i]! });
    }
    return out;
  }

  /** Whether (score, scope, doc) goes before the kept entry in `slot`. */
  private ahead(score: number, scope: number, doc: number, slot: number): boolean {
    const other = this.scores[slot]!;
    if (score !== other) return score > other;
    const otherScope = this.scopes[slot]!;
    if (scope !== otherScope) return this.rank[scope]! < this.rank[otherScope]!;
    return doc < this.docs[slot]!;
  }
}
