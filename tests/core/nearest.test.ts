import { describe, expect, test } from 'vitest';
import { InitiativeFileSchema, type Initiative } from '../../content/schema.ts';
import {
  MAX_KM_TO_CENTROID,
  NATIONAL_LIMIT,
  createFinderIndex,
  findNearby,
  formatKmNl,
  nearestArea,
  rankWerkplaatsen,
  reasonNl,
  roundKm,
  type Place,
} from '../../functions/core/nearest.ts';
import { distanceKm, parsePc4Csv } from '../../functions/core/postcode.ts';
import { loadPostcodes } from '../../functions/data.ts';

/** Real PC4 centroids (data/pc4.csv) of the places the synthetic directory uses. */
const ENSCHEDE = { gemeente: 'Enschede', provincie: 'Overijssel', lat: 52.22015, lon: 6.90064 };
const HENGELO = { gemeente: 'Hengelo (O.)', provincie: 'Overijssel', lat: 52.26538, lon: 6.79261 };
const ZWOLLE = { gemeente: 'Zwolle', provincie: 'Overijssel', lat: 52.51124, lon: 6.09074 };
const GRONINGEN = { gemeente: 'Groningen', provincie: 'Groningen', lat: 53.21627, lon: 6.56934 };
const MAASTRICHT = { gemeente: 'Maastricht', provincie: 'Limburg', lat: 50.85035, lon: 5.68967 };

const at = (p: Place) => ({ gemeente: p.gemeente, lat: p.lat, lon: p.lon, precision: 'gemeente' });

/** A valid initiative (a werkplaats unless `kind` says otherwise), through the real schema. */
function initiative(slug: string, fields: Record<string, unknown>): Initiative {
  const data = InitiativeFileSchema.parse({
    kind: 'werkplaats',
    summary: 'Studenten helpen mkb-ondernemers met een digitale vraag, in een paar weken.',
    themes: ['online-sales-marketing'],
    availability: { status: 'open' },
    curated_by: 'landelijk',
    last_checked: '2026-11-01',
    checked_by: 'testteam',
    sources: [{ url: 'https://example.org/bron', supports: 'alles in deze test' }],
    ...fields,
  });
  return { ...data, slug, body: '' };
}

const oost = initiative('testwerkplaats-oost', {
  name: 'Testwerkplaats Oost',
  werkgebied: { gemeenten: ['Enschede', 'Hengelo (O.)'], regio: 'Testregio Oost' },
  locations: [at(HENGELO)],
});
// Covers only Zwolle but has a desk in Enschede: nearest to 7511, yet not its werkplaats.
const gastvrij = initiative('testwerkplaats-gastvrij', {
  name: 'Testwerkplaats Gastvrij',
  werkgebied: { gemeenten: ['Zwolle'] },
  locations: [at(ENSCHEDE)],
});
const provincie = initiative('testwerkplaats-provincie', {
  name: 'Testwerkplaats Provincie',
  werkgebied: { provincies: ['Overijssel'] },
  locations: [at(ZWOLLE)],
});
const noord = initiative('testwerkplaats-noord', {
  name: 'Testwerkplaats Noord',
  werkgebied: { provincies: ['Groningen'] },
  locations: [at(GRONINGEN)],
});
const landelijk = initiative('testwerkplaats-landelijk', {
  name: 'Testwerkplaats Landelijk',
  werkgebied: { landelijk: true },
  locations: [at(MAASTRICHT)],
});
const gestopt = initiative('testwerkplaats-gestopt', {
  name: 'Testwerkplaats Gestopt',
  werkgebied: { gemeenten: ['Enschede'] },
  locations: [at(ENSCHEDE)],
  availability: { status: 'beeindigd' },
});
const loket = initiative('testloket-overijssel', {
  name: 'Testloket Overijssel',
  kind: 'loket',
  werkgebied: { provincies: ['Overijssel'] },
});
const subsidieEnschede = initiative('testsubsidie-enschede', {
  name: 'Testsubsidie Enschede',
  kind: 'subsidie',
  werkgebied: { gemeenten: ['Enschede'] },
});
const kenniscentrum = initiative('testkenniscentrum-nederland', {
  name: 'Testkenniscentrum Nederland',
  kind: 'kenniscentrum',
  werkgebied: { landelijk: true },
});
const subsidieNederland = initiative('testsubsidie-nederland', {
  name: 'Testsubsidie Nederland',
  kind: 'subsidie',
  werkgebied: { landelijk: true },
});

const directory = [
  subsidieNederland,
  noord,
  gestopt,
  gastvrij,
  landelijk,
  kenniscentrum,
  oost,
  loket,
  provincie,
  subsidieEnschede,
];
const index = createFinderIndex(directory);
const slugs = (place: Place, limit = Infinity) =>
  rankWerkplaatsen(index, place, limit).map((r) => r.initiative.slug);

describe('rankWerkplaatsen', () => {
  test.each([
    ['Enschede', ENSCHEDE, ['oost', 'provincie', 'landelijk', 'gastvrij', 'noord']],
    ['Zwolle', ZWOLLE, ['gastvrij', 'provincie', 'landelijk', 'oost', 'noord']],
    ['Groningen', GRONINGEN, ['noord', 'landelijk', 'provincie', 'oost', 'gastvrij']],
    ['Maastricht', MAASTRICHT, ['landelijk', 'gastvrij', 'oost', 'provincie', 'noord']],
  ])(
    'for %s the werkplaatsen covering the gemeente come first, the one naming it before wider ones, then by distance',
    (_, place, expected) => {
      expect(slugs(place)).toEqual(expected.map((s) => `testwerkplaats-${s}`));
    },
  );

  test('a covering werkplaats beats a nearer one that does not cover the gemeente', () => {
    const [first, ...rest] = rankWerkplaatsen(index, ENSCHEDE);
    const nearest = rest.find((r) => r.initiative.slug === 'testwerkplaats-gastvrij')!;
    expect(first!.initiative.slug).toBe('testwerkplaats-oost');
    expect(nearest.distanceKm!).toBeLessThan(first!.distanceKm!);
  });

  test('a beëindigde werkplaats and initiatives of other kinds are never ranked', () => {
    const all = rankWerkplaatsen(index, ENSCHEDE).map((r) => r.initiative.slug);
    expect(all).not.toContain('testwerkplaats-gestopt');
    expect(all.every((s) => s.startsWith('testwerkplaats-'))).toBe(true);
    expect(all).toHaveLength(5);
  });

  test('the distance is measured to the nearest of several locations', () => {
    const twee = initiative('testwerkplaats-twee', {
      name: 'Testwerkplaats Twee Vestigingen',
      werkgebied: { provincies: ['Groningen'] },
      locations: [at(GRONINGEN), at(ENSCHEDE)],
    });
    const [r] = rankWerkplaatsen(createFinderIndex([twee]), HENGELO);
    expect(r!.location!.gemeente).toBe('Enschede');
    expect(r!.distanceKm).toBeCloseTo(distanceKm(HENGELO, ENSCHEDE), 6);
  });

  test('a werkplaats without locations has no distance and comes last in its group', () => {
    const zonder = initiative('testwerkplaats-zonder', {
      name: 'Testwerkplaats Zonder Adres',
      werkgebied: { provincies: ['Overijssel'] },
    });
    const ranked = rankWerkplaatsen(createFinderIndex([zonder, provincie, noord]), ENSCHEDE);
    expect(ranked.map((r) => [r.initiative.slug, r.distanceKm === null])).toEqual([
      ['testwerkplaats-provincie', false],
      ['testwerkplaats-zonder', true],
      ['testwerkplaats-noord', false],
    ]);
  });

  test('limit cuts the list after ranking', () => {
    expect(slugs(ENSCHEDE, 2)).toEqual(['testwerkplaats-oost', 'testwerkplaats-provincie']);
  });

  test('a gemeente missing from the 2025 list still gets coverage by provincie', () => {
    const oud = { gemeente: 'Weesp', provincie: 'Overijssel', lat: ENSCHEDE.lat, lon: ENSCHEDE.lon };
    expect(rankWerkplaatsen(index, oud)[0]!.initiative.slug).toBe('testwerkplaats-provincie');
  });
});

describe('findNearby', () => {
  test('says the gemeente is covered and lists the other initiatives of gemeente and provincie', () => {
    const answer = findNearby(index, ENSCHEDE);
    expect(answer.covered).toBe(true);
    expect(answer.werkplaatsen).toHaveLength(3);
    expect(answer.local.map((l) => [l.initiative.slug, l.scope])).toEqual([
      ['testsubsidie-enschede', 'gemeente'],
      ['testloket-overijssel', 'provincie'],
    ]);
  });

  test('offers national initiatives other than werkplaatsen, the loket and knowledge centres before subsidies', () => {
    expect(findNearby(index, ENSCHEDE).national.map((i) => i.slug)).toEqual([
      'testkenniscentrum-nederland',
      'testsubsidie-nederland',
    ]);
  });

  test('where no werkplaats covers the gemeente it says so and still gives the nearest ones', () => {
    const answer = findNearby(createFinderIndex([oost, noord, kenniscentrum]), MAASTRICHT, 3);
    expect(answer.covered).toBe(false);
    expect(answer.werkplaatsen.map((r) => r.initiative.slug)).toEqual([
      'testwerkplaats-oost',
      'testwerkplaats-noord',
    ]);
    expect(answer.werkplaatsen.every((r) => r.scope === null)).toBe(true);
    expect(answer.national.map((i) => i.slug)).toEqual(['testkenniscentrum-nederland']);
  });

  test(`offers at most ${NATIONAL_LIMIT} national initiatives`, () => {
    const many = Array.from({ length: NATIONAL_LIMIT + 3 }, (_, n) =>
      initiative(`testsubsidie-${n}`, {
        name: `Testsubsidie ${n}`,
        kind: 'subsidie',
        werkgebied: { landelijk: true },
      }),
    );
    expect(findNearby(createFinderIndex(many), ENSCHEDE).national).toHaveLength(NATIONAL_LIMIT);
  });

  test('an empty directory gives an empty but well-formed answer', () => {
    expect(findNearby(createFinderIndex([]), ENSCHEDE)).toEqual({
      covered: false,
      werkplaatsen: [],
      local: [],
      national: [],
    });
  });
});

describe('reasonNl', () => {
  test.each([
    ['gemeente', 3, 'werkgebied omvat Enschede'],
    ['provincie', 40, 'werkgebied omvat heel Overijssel'],
    ['landelijk', 200, 'werkt in heel Nederland'],
    [null, 12.4, '12 km'],
    [null, 0.3, 'minder dan 1 km'],
    [null, null, 'afstand onbekend'],
  ] as const)('scope %s at %s km reads "%s"', (scope, distanceKm, expected) => {
    expect(reasonNl({ scope, distanceKm }, ENSCHEDE)).toBe(expected);
  });
});

describe('formatKmNl and roundKm', () => {
  test.each([
    [0, 'minder dan 1 km', 0],
    [0.99, 'minder dan 1 km', 1],
    [1.04, '1 km', 1],
    [12.46, '12 km', 12.5],
    [12.5, '13 km', 12.5],
  ])('%s km is shown as "%s" and returned as %s', (km, text, rounded) => {
    expect(formatKmNl(km)).toBe(text);
    expect(roundKm(km)).toBe(rounded);
  });
});

describe('nearestArea', () => {
  const table = parsePc4Csv(
    [
      'postcode,lat,lon,gemeente,provincie',
      '7511,52.22015,6.90064,Enschede,Overijssel',
      '7551,52.26538,6.79261,Hengelo (O.),Overijssel',
      '8011,52.51124,6.09074,Zwolle,Overijssel',
    ].join('\n'),
  );

  test.each([
    ['a position in Enschede', { lat: 52.23, lon: 6.9 }, '7511'],
    ['a position just outside Hengelo', { lat: 52.28, lon: 6.76 }, '7551'],
    ['a position near Zwolle', { lat: 52.5, lon: 6.1 }, '8011'],
  ])('%s maps to its nearest PC4 centroid', (_, point, pc4) => {
    expect(nearestArea(table, point)?.pc4).toBe(pc4);
  });

  test(`a position more than ${MAX_KM_TO_CENTROID} km from every centroid (abroad) gives null`, () => {
    expect(nearestArea(table, { lat: 52.52, lon: 13.405 })).toBeNull(); // Berlin
    expect(nearestArea(table, { lat: 52.22, lon: 7.2 })).toBeNull(); // ~20 km east of 7511
  });

  test('every centroid in pc4.csv finds its own PC4', () => {
    const real = loadPostcodes();
    const wrong = [...real.values()].filter((a) => nearestArea(real, a)?.pc4 !== a.pc4).map((a) => a.pc4);
    expect(wrong).toEqual([]);
  });
});
