import { describe, expect, test } from 'vitest';
import { coverage } from '../../functions/core/coverage.ts';
import {
  buildDirectoryIndex,
  COVERAGE_CODES,
  RELEVANCE_BANDS,
} from '../../functions/core/directory-index.ts';
import { withSyntheticEntries } from '../../functions/core/synthetic-directory.ts';
import { testDirectory, testPostcodes } from './test-directory.ts';

// The synthetic entries draw their text from the test directory's summaries, so many of them
// match a question about that text, in several bands of relevance. (In a much larger directory
// every such word is in more than a quarter of the entries and so says nothing.)
const directory = withSyntheticEntries(testDirectory(), 80);
const index = buildDirectoryIndex(directory, { postcodes: testPostcodes });

function search(question: string) {
  const relevance = index.search(index.analyzer.analyze(question));
  return { scores: Array.from(relevance.scores), bands: relevance.bands.map((band) => Array.from(band)) };
}

describe('search: relevance by band', () => {
  test('every matching entry is in exactly one band, the one its relevance falls in', () => {
    const { scores, bands } = search('studenten dashboards automatisering prototypes');
    const matching = scores.flatMap((score, doc) => (score > 0 ? [doc] : []));
    expect(matching.length).toBeGreaterThan(20);
    expect(bands.flat().sort((a, b) => a - b)).toEqual(matching);
    expect(bands).toHaveLength(RELEVANCE_BANDS.length);
    bands.forEach((docs, b) => {
      for (const doc of docs) {
        expect(scores[doc]).toBeGreaterThanOrEqual(RELEVANCE_BANDS[b]!);
        expect(scores[doc]).toBeLessThan(b === 0 ? 1.0000001 : RELEVANCE_BANDS[b - 1]!);
      }
    });
    expect(Math.max(...scores)).toBe(1);
    // More than one band is in use, or the test would not show the split.
    expect(bands.filter((docs) => docs.length > 0).length).toBeGreaterThan(1);
  });

  test('a search starts clean: entries matched by the one before count 0', () => {
    const first = search('studenten dashboards automatisering prototypes');
    const second = search('subsidie voucher lening');
    const onlyFirst = first.bands.flat().filter((doc) => !second.bands.flat().includes(doc));
    expect(onlyFirst.length).toBeGreaterThan(0);
    for (const doc of onlyFirst) expect(second.scores[doc]).toBe(0);
  });

  test('with a place, the bands hold only the entries that work there; the relevance is the same', () => {
    const question = 'studenten dashboards automatisering prototypes';
    const all = search(question);
    const place = [...testPostcodes.values()][0]!;
    const table = index.coverage(place);
    const relevance = index.search(index.analyzer.analyze(question), table);
    const within = relevance.bands.map((band) => Array.from(band).sort((a, b) => a - b));
    const expected = all.bands.map((band) => band.filter((doc) => table[doc] !== 0).sort((a, b) => a - b));
    expect(within).toEqual(expected);
    // Some matching entries work elsewhere, or the test would not show the filter.
    expect(within.flat().length).toBeGreaterThan(0);
    expect(within.flat().length).toBeLessThan(all.bands.flat().length);
    expect(Array.from(relevance.scores)).toEqual(all.scores);
  });

  test('a question without known words matches nothing', () => {
    const { scores, bands } = search('qqqq zzzz');
    expect(bands.flat()).toEqual([]);
    expect(scores.every((score) => score === 0)).toBe(true);
  });
});

describe('coverage: one code per entry and place', () => {
  test('the table says what core/coverage.ts says, for every entry and several places', () => {
    const places = [...testPostcodes.values()];
    expect(places.length).toBeGreaterThan(1);
    for (const place of places) {
      const table = index.coverage(place);
      expect(table).toHaveLength(directory.length);
      directory.forEach((initiative, doc) => {
        expect(COVERAGE_CODES[table[doc]!]).toBe(coverage(initiative, place));
      });
    }
  });
});
