import { describe, expect, test } from 'vitest';
import { InitiativeFileSchema, type Initiative } from '../../content/schema.ts';
import { createApp } from '../../functions/app.ts';
import { loadPostcodes } from '../../functions/data.ts';
import { NearestResponseSchema } from '../../functions/routes/werkplaatsen.ts';

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

const directory = [
  initiative('testwerkplaats-oost', {
    name: 'Testwerkplaats Oost',
    werkgebied: { gemeenten: ['Enschede', 'Hengelo (O.)'], regio: 'Testregio Oost' },
    locations: [
      { name: 'Testhogeschool', gemeente: 'Enschede', lat: 52.22, lon: 6.89, precision: 'gemeente' },
    ],
  }),
  initiative('testwerkplaats-noord', {
    name: 'Testwerkplaats Noord',
    werkgebied: { provincies: ['Groningen'] },
    locations: [{ gemeente: 'Groningen', lat: 53.216, lon: 6.569, precision: 'adres' }],
  }),
  initiative('testwerkplaats-west', {
    name: 'Testwerkplaats West',
    werkgebied: { gemeenten: ['Amsterdam'] },
    locations: [{ gemeente: 'Amsterdam', lat: 52.37, lon: 4.9, precision: 'gemeente' }],
  }),
  initiative('testloket-overijssel', {
    name: 'Testloket Overijssel',
    kind: 'loket',
    werkgebied: { provincies: ['Overijssel'] },
  }),
  initiative('testkenniscentrum-nederland', {
    name: 'Testkenniscentrum Nederland',
    kind: 'kenniscentrum',
    werkgebied: { landelijk: true },
  }),
];

const app = createApp({ directory, postcodes: loadPostcodes() });
const get = (query: string) => app.request(`/api/v1/werkplaatsen/nearest${query}`);

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    errors?: Array<{ pointer: string; detail: string }>;
  };
}

describe('GET /api/v1/werkplaatsen/nearest', () => {
  test.each(['7511', '7511 AB', '7511ab', ' 7511  ab '])(
    'postcode "%s" answers for PC4 7511 in Enschede',
    async (pc) => {
      const res = await get(`?postcode=${encodeURIComponent(pc)}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = NearestResponseSchema.parse(await res.json());
      expect(body.postcode).toEqual({
        pc4: '7511',
        gemeente: 'Enschede',
        provincie: 'Overijssel',
        lat: 52.22015,
        lon: 6.90064,
      });
    },
  );

  test('gives postcode, then results with slug, name, covers, distance_km and url first, covering ones first', async () => {
    const raw = (await (await get('?postcode=7511')).json()) as Record<string, unknown> & {
      results: Array<Record<string, unknown>>;
    };
    expect(Object.keys(raw).slice(0, 2)).toEqual(['postcode', 'results']);
    expect(Object.keys(raw.results[0]!).slice(0, 5)).toEqual([
      'slug',
      'name',
      'covers',
      'distance_km',
      'url',
    ]);
    const body = NearestResponseSchema.parse(raw);
    expect(body.results.map((r) => [r.slug, r.covers, r.reason])).toEqual([
      ['testwerkplaats-oost', true, 'werkgebied omvat Enschede'],
      ['testwerkplaats-noord', false, `${Math.round(body.results[1]!.distance_km!)} km`],
      ['testwerkplaats-west', false, `${Math.round(body.results[2]!.distance_km!)} km`],
    ]);
    // Groningen is nearer to Enschede than Amsterdam is (about 113 and 137 km).
    expect(body.results[1]!.distance_km).toBeCloseTo(113, -1);
    expect(body.results[2]!.distance_km).toBeCloseTo(137, -1);
    expect(body.results[0]).toMatchObject({
      distance_km: 0.7, // 0.0106° of longitude at 52.2° N
      url: '/initiatieven/testwerkplaats-oost',
      scope: 'gemeente',
      status: 'open',
      location: { name: 'Testhogeschool', gemeente: 'Enschede', precision: 'gemeente' },
      werkgebied: { landelijk: false, gemeenten: ['Enschede', 'Hengelo (O.)'], regio: 'Testregio Oost' },
    });
    expect(body.covered).toBe(true);
    expect(body.nearby.map((n) => [n.slug, n.scope, n.url])).toEqual([
      ['testloket-overijssel', 'provincie', '/initiatieven/testloket-overijssel'],
    ]);
    expect(body.national.map((n) => n.slug)).toEqual(['testkenniscentrum-nederland']);
  });

  test('where no werkplaats covers the gemeente, covered is false and the nearest werkplaatsen still come', async () => {
    const body = NearestResponseSchema.parse(await (await get('?postcode=6211')).json());
    expect(body.covered).toBe(false);
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.every((r) => !r.covers && r.distance_km !== null)).toBe(true);
    expect(body.national).not.toHaveLength(0);
  });

  test.each([
    ['', 3],
    ['&limit=1', 1],
    ['&limit=20', 3],
  ])('limit "%s" gives at most that many results (default 3)', async (limit, count) => {
    const body = NearestResponseSchema.parse(await (await get(`?postcode=7511${limit}`)).json());
    expect(body.results).toHaveLength(count);
  });

  test('is a public read: cacheable for a few minutes, with an ETag, open to other origins', async () => {
    const res = await get('?postcode=7511');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const again = await app.request('/api/v1/werkplaatsen/nearest?postcode=7511', {
      headers: { 'If-None-Match': res.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  test.each([
    ['?postcode=abc', /vier cijfers/],
    ['?postcode=0751', /niet beginnend met 0/],
    ['?postcode=7511%20SS', /Typ alleen de vier cijfers/],
    ['?postcode=', /Vul een postcode in/],
    ['', /Vul een postcode in/],
  ])('%s is a 400 problem pointing at #/postcode that says what to type', async (query, detail) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = await problemOf(res);
    expect(body).toMatchObject({
      status: 400,
      title: 'Ongeldig verzoek',
      type: '/api/problems/ongeldige-postcode',
    });
    expect(body.detail).toMatch(detail);
    expect(body.errors).toEqual([{ pointer: '#/postcode', detail: body.detail }]);
  });

  test.each(['0', '21', '2.5', 'drie'])('limit=%s is a 400 problem pointing at #/limit', async (limit) => {
    const res = await get(`?postcode=7511&limit=${limit}`);
    expect(res.status).toBe(400);
    const body = await problemOf(res);
    expect(body.errors).toEqual([
      { pointer: '#/limit', detail: 'Vul bij limit een heel getal van 1 tot en met 20 in.' },
    ]);
  });

  test('an unknown postcode is a 404 problem that suggests a nearby address', async () => {
    const res = await get('?postcode=5028');
    expect(res.status).toBe(404);
    const body = await problemOf(res);
    expect(body).toMatchObject({ status: 404, type: '/api/problems/onbekende-postcode' });
    expect(body.detail).toMatch(/Postcode 5028 kennen we niet.*postcode van een adres in de buurt/);
  });

  describe('with a position instead of a postcode', () => {
    test('answers for the PC4 area whose centroid is nearest', async () => {
      const res = await get('?lat=52.2208&lon=6.8963');
      expect(res.status).toBe(200);
      const body = NearestResponseSchema.parse(await res.json());
      expect(body.postcode.gemeente).toBe('Enschede');
      expect(body.results[0]!.slug).toBe('testwerkplaats-oost');
    });

    test('an answer for a position is kept out of shared caches', async () => {
      expect((await get('?lat=52.221&lon=6.896')).headers.get('cache-control')).toBe('private, no-store');
    });

    test('a position abroad is a 404 problem that asks for the postcode', async () => {
      const res = await get('?lat=48.8566&lon=2.3522');
      expect(res.status).toBe(404);
      expect((await problemOf(res)).detail).toMatch(/niet in Nederland.*Typ je postcode/);
    });

    test('a coordinate that is not a number is a 400 problem pointing at it', async () => {
      const res = await get('?lat=noord&lon=6.9');
      expect(res.status).toBe(400);
      expect((await problemOf(res)).errors?.[0]?.pointer).toBe('#/lat');
    });

    test('a postcode given as well wins over the position', async () => {
      const body = NearestResponseSchema.parse(await (await get('?postcode=1012&lat=52.22&lon=6.89')).json());
      expect(body.postcode.pc4).toBe('1012');
    });
  });
});
