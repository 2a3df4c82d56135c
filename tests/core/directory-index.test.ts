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

  test('with a place, only the entries that work there match, relative to the best of them', () => {
    const question = 'studenten dashboards automatisering prototypes';
    const all = search(question);
    for (const place of [...testPostcodes.values()]) {
      const table = index.coverage(place);
      const relevance = index.search(index.analyzer.analyze(question), place);
      const scores = Array.from(relevance.scores);
      const there = all.scores.flatMap((score, doc) => (score > 0 && table[doc] !== 0 ? [doc] : []));
      // Some matching entries work elsewhere, or the test would not show the filter.
      expect(there.length).toBeGreaterThan(0);
      expect(there.length).toBeLessThan(all.bands.flat().length);
      expect(relevance.bands.flatMap((band) => Array.from(band)).sort((a, b) => a - b)).toEqual(there);
      const best = Math.max(...there.map((doc) => all.scores[doc]!));
      scores.forEach((score, doc) => {
        if (there.includes(doc)) expect(score).toBeCloseTo(all.scores[doc]! / best, 12);
        else expect(score).toBe(0);
      });
      // An entry elsewhere (the nearest werkplaats) is weighed against the same best, at most 1.
      const elsewhere = all.scores.flatMap((score, doc) => (score > 0 && table[doc] === 0 ? [doc] : []));
      expect(elsewhere.length).toBeGreaterThan(0);
      for (const doc of elsewhere)
        expect(relevance.elsewhere(doc)).toBeCloseTo(Math.min(1, all.scores[doc]! / best), 12);
      expect(relevance.elsewhere(there[0]!)).toBeCloseTo(scores[there[0]!]!, 12);
    }
  });

  test("'landelijk' reads the national entries only", () => {
    const question = 'studenten dashboards automatisering prototypes';
    const all = search(question);
    const relevance = index.search(index.analyzer.analyze(question), 'landelijk');
    const national = all.scores.flatMap((score, doc) =>
      score > 0 && index.national[doc] === 1 ? [doc] : [],
    );
    expect(national.length).toBeGreaterThan(0);
    expect(relevance.bands.flatMap((band) => Array.from(band)).sort((a, b) => a - b)).toEqual(national);
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
