/**
 * The finder against the real content/ and data/pc4.csv: every postcode gets an answer, and the
 * city centres of the first six werkplaatsen get their own werkplaats first.
 */
import { describe, expect, test } from 'vitest';
import { createFinderIndex, findNearby, type RankedWerkplaats } from '../functions/core/nearest.ts';
import { lookupPostcode } from '../functions/core/postcode.ts';
import { loadPostcodes } from '../functions/data.ts';
import { NearestResponseSchema } from '../functions/routes/werkplaatsen.ts';
import { realApp, realDirectory } from './helpers/app.ts';

const directory = realDirectory();
const postcodes = loadPostcodes();

describe('every postcode in data/pc4.csv', () => {
  const index = createFinderIndex(directory);
  const answers = [...postcodes.keys()].map((pc4) => {
    const found = lookupPostcode(postcodes, pc4);
    if (!found.ok) throw new Error(`${pc4}: ${found.detail}`);
    return { pc4, answer: findNearby(index, found.area, 3) };
  });

  test('there are 4,067 of them', () => {
    expect(answers).toHaveLength(4067);
  });

  test('resolves to at least one werkplaats with a known distance', () => {
    const without = answers
      .filter(({ answer }) => answer.werkplaatsen.length === 0 || answer.werkplaatsen[0]!.distanceKm === null)
      .map(({ pc4 }) => pc4);
    expect(without).toEqual([]);
  });

  test('lists covering werkplaatsen before the others, and says covered exactly when one covers', () => {
    const covering = (r: RankedWerkplaats) => r.scope !== null;
    const wrong = answers
      .filter(({ answer }) => {
        const flags = answer.werkplaatsen.map(covering);
        const firstOther = flags.indexOf(false);
        const ordered = firstOther === -1 || flags.slice(firstOther).every((f) => !f);
        return !ordered || answer.covered !== flags.some(Boolean);
      })
      .map(({ pc4 }) => pc4);
    expect(wrong).toEqual([]);
  });

  test('offers national options wherever no werkplaats covers the gemeente', () => {
    const empty = answers
      .filter(({ answer }) => !answer.covered && answer.national.length === 0)
      .map(({ pc4 }) => pc4);
    expect(empty).toEqual([]);
  });
});

describe('the city centres of the first six werkplaatsen', () => {
  const app = realApp(directory);

  test.each([
    ['1012', 'Amsterdam', 'mkb-digital-workspace'],
    ['9711', 'Groningen', 'werkplaats-online-ondernemen'],
    ['7511', 'Enschede', 'digitale-werkplaats-twente'],
    ['6211', 'Maastricht', 'mkb-datalab-limburg'],
    ['5211', "'s-Hertogenbosch", 'digitale-werkplaats-noordoost-brabant'],
    ['6511', 'Nijmegen', 'digitale-werkplaats-arnhem-nijmegen'],
  ])('%s (%s) gets %s first, because its werkgebied covers the gemeente', async (pc4, gemeente, slug) => {
    const res = await app.request(`/api/v1/werkplaatsen/nearest?postcode=${pc4}`);
    expect(res.status).toBe(200);
    const body = NearestResponseSchema.parse(await res.json());
    expect(body.postcode.gemeente).toBe(gemeente);
    expect(body.results[0]).toMatchObject({ slug, covers: true, url: `/initiatieven/${slug}` });
  });
});
