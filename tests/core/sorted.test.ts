import { describe, expect, test } from 'vitest';
import { indexOfSorted } from '../../functions/core/sorted.ts';
import { loadDictionaries } from '../../functions/data.ts';

describe('indexOfSorted', () => {
  test.each([
    [[1, 3, 5, 8], 1, 0],
    [[1, 3, 5, 8], 8, 3],
    [[1, 3, 5, 8], 4, -1],
    [[], 4, -1],
  ])('in %j, %i is at %i', (values, value, at) => {
    expect(indexOfSorted(Int32Array.from(values), value)).toBe(at);
    expect(indexOfSorted(Uint32Array.from(values), value)).toBe(at);
  });
});

describe('loadDictionaries', () => {
  test('knows the base forms of the Dutch dictionary, not misspellings', () => {
    const words = loadDictionaries().nl!;
    for (const w of ['brouwen', 'bestand', 'boekhouder', 'werkbon']) expect(words.has(w)).toBe(true);
    for (const w of ['subsidei', 'afsrpaken', 'webwinkle']) expect(words.has(w)).toBe(false);
  });

  test('knows the base forms of the English dictionary, not misspellings', () => {
    const words = loadDictionaries().en!;
    for (const w of ['stuff', 'quite', 'supply', 'inspection']) expect(words.has(w)).toBe(true);
    for (const w of ['webiste', 'suplier', 'stuf']) expect(words.has(w)).toBe(false);
  });
});
