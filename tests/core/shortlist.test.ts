import { describe, expect, test } from 'vitest';
import { Shortlist } from '../../functions/core/shortlist.ts';

// Scope codes 0..2 ranked 2, 0, 1: code 1 goes first on a tie, then code 2, then code 0.
const RANK = [2, 0, 1];

describe('Shortlist: the best few per kind', () => {
  test('keeps the best three of a kind, best first, and raises the bar to the third', () => {
    const list = new Shortlist(2, 3, RANK);
    expect(list.bar(0)).toBe(-Infinity);
    for (const [doc, score] of [
      [10, 1],
      [11, 5],
      [12, 3],
    ])
      list.add(0, doc!, score!, 0);
    expect(list.bar(0)).toBe(1);
    list.add(0, 13, 4, 0);
    list.add(0, 14, 0.5, 0);
    expect(list.list().map((k) => [k.doc, k.score])).toEqual([
      [11, 5],
      [13, 4],
      [12, 3],
    ]);
    expect(list.bar(0)).toBe(3);
    expect(list.count(0)).toBe(3);
    expect(list.count(1)).toBe(0);
    expect(list.bar(1)).toBe(-Infinity);
  });

  test('equal scores go by the rank of their scope, then by entry number', () => {
    const list = new Shortlist(1, 3, RANK);
    list.add(0, 7, 2, 0);
    list.add(0, 9, 2, 2);
    list.add(0, 8, 2, 1);
    expect(list.list().map((k) => [k.doc, k.scope])).toEqual([
      [8, 1],
      [9, 2],
      [7, 0],
    ]);
    list.add(0, 3, 2, 2);
    expect(list.list().map((k) => k.doc)).toEqual([8, 3, 9]);
  });

  test('lists kinds in the order their first entry came', () => {
    const list = new Shortlist(3, 2, RANK);
    list.add(2, 1, 1, 0);
    list.add(0, 2, 9, 0);
    list.add(2, 3, 5, 0);
    expect(list.list().map((k) => k.doc)).toEqual([3, 1, 2]);
  });
});
