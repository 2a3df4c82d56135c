import { describe, expect, test } from 'vitest';
import { createApp } from '../../functions/app.ts';
import { loadPostcodes } from '../../functions/data.ts';
import { openApiDocument } from '../../functions/openapi.ts';
import { InitiativeDetailSchema, InitiativeListResponseSchema } from '../../functions/routes/initiatives.ts';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import { realApp, realDirectory } from '../helpers/app.ts';
import { syntheticDirectory } from '../search/synthetic-directory.ts';

const directory = syntheticDirectory();
const app = createApp({ directory, postcodes: loadPostcodes() });
const get = (query: string, headers: Record<string, string> = {}) =>
  app.request(`/api/v1/initiatives${query}`, { headers });
const list = async (query: string) => {
  const res = await get(query);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return InitiativeListResponseSchema.parse(await res.json());
};
const slugs = async (query: string) => (await list(query)).results.map((r) => r.slug);

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as {
    type: string;
    status: number;
    detail: string;
    errors?: Array<{ pointer: string; detail: string }>;
  };
}

describe('GET /api/v1/initiatives', () => {
  test('lists every initiative by name, with total, paging and links', async () => {
    const body = await list('');
    expect(body).toMatchObject({ total: 7, page: 1, per_page: 20, total_pages: 1 });
    expect(body.results.map((r) => r.name)).toEqual([
      'Testhub Brabant',
      'Testkenniscentrum Nederland',
      'Testloket Overijssel',
      'Testsubsidie Gelderland',
      'Testwerkplaats Noord',
      'Testwerkplaats Oost',
      'Testwerkplaats Twee Locaties',
    ]);
    expect(body.results[0]).toEqual({
      slug: 'testhub-brabant',
      name: 'Testhub Brabant',
      kind: 'smart-industry-hub',
      summary: 'Fieldlab waar maakbedrijven robots en sensoren in hun productie uitproberen.',
      themes: ['industrie-4-0', 'automatisering'],
      werkgebied: { landelijk: false, provincies: [], gemeenten: ['Eindhoven'], regio: 'Zuidoost-Brabant' },
      status: 'open',
      url: '/initiatieven/testhub-brabant',
      api_url: '/api/v1/initiatives/testhub-brabant',
    });
    expect(body.links).toEqual({
      self: '/api/v1/initiatives?page=1',
      first: '/api/v1/initiatives?page=1',
      last: '/api/v1/initiatives?page=1',
      prev: null,
      next: null,
    });
  });

  describe('filters', () => {
    test.each([
      ['?kind=werkplaats', ['testwerkplaats-noord', 'testwerkplaats-oost', 'testwerkplaats-twee-locaties']],
      ['?kind=loket&kind=subsidie', ['testloket-overijssel', 'testsubsidie-gelderland']],
      ['?theme=data', ['testwerkplaats-noord', 'testwerkplaats-twee-locaties']],
      [
        '?provincie=Overijssel',
        [
          'testkenniscentrum-nederland',
          'testloket-overijssel',
          'testwerkplaats-oost',
          'testwerkplaats-twee-locaties',
        ],
      ],
      ['?provincie=overijssel&kind=werkplaats', ['testwerkplaats-oost', 'testwerkplaats-twee-locaties']],
      [
        '?gemeente=Hengelo%20(O.)',
        ['testkenniscentrum-nederland', 'testloket-overijssel', 'testwerkplaats-oost'],
      ],
      ['?gemeente=hengelo%20(o.)&theme=e-commerce', ['testwerkplaats-oost']],
      ['?gemeente=Zwolle&kind=werkplaats&theme=data&provincie=Overijssel', ['testwerkplaats-twee-locaties']],
      ['?provincie=Groningen&kind=subsidie', []],
      [
        '?kind=&theme=',
        [
          'testhub-brabant',
          'testkenniscentrum-nederland',
          'testloket-overijssel',
          'testsubsidie-gelderland',
          'testwerkplaats-noord',
          'testwerkplaats-oost',
          'testwerkplaats-twee-locaties',
        ],
      ],
    ])('%s gives exactly the initiatives that pass every filter', async (query, expected) => {
      const body = await list(query);
      expect(body.results.map((r) => r.slug)).toEqual(expected);
      expect(body.total).toBe(expected.length);
    });

    test('a provincie may be written without accent or capitals', async () => {
      const real = realApp();
      const res = await real.request('/api/v1/initiatives?provincie=fryslan&per_page=100');
      const body = InitiativeListResponseSchema.parse(await res.json());
      expect(body.total).toBeGreaterThan(0);
      expect(body.results.some((r) => r.werkgebied.provincies.includes('Fryslân'))).toBe(true);
    });
  });

  describe('q', () => {
    test('searches in Dutch: a synonym finds the initiative that writes the other word', async () => {
      expect(await slugs('?q=webshop')).toEqual(['testwerkplaats-oost']);
    });

    test('combines with filters', async () => {
      expect(await slugs('?q=data&provincie=Groningen')).toEqual(['testwerkplaats-noord']);
      expect(await slugs('?q=webshop&kind=loket')).toEqual([]);
    });

    test('tolerates a typo', async () => {
      expect((await slugs('?q=fieldlba'))[0]).toBe('testhub-brabant');
    });
  });

  describe('near', () => {
    test('sorts by distance from the postcode to the nearest location, without locations last', async () => {
      const body = await list('?near=7511%20AB');
      expect(body.near).toEqual({
        pc4: '7511',
        gemeente: 'Enschede',
        provincie: 'Overijssel',
        lat: 52.22015,
        lon: 6.90064,
      });
      expect(
        body.results.map((r) => [r.slug, r.distance_km == null ? null : Math.round(r.distance_km)]),
      ).toEqual([
        ['testwerkplaats-oost', 1],
        ['testwerkplaats-twee-locaties', 64],
        ['testwerkplaats-noord', 113],
        ['testhub-brabant', 132],
        ['testkenniscentrum-nederland', null],
        ['testloket-overijssel', null],
        ['testsubsidie-gelderland', null],
      ]);
      expect(body.results[0]).toMatchObject({
        distance_km: 0.7,
        nearest_location: { name: 'Testhogeschool', gemeente: 'Enschede', precision: 'gemeente' },
      });
      expect(body.results[1]!.nearest_location).toEqual({
        name: 'Vestiging Zwolle',
        gemeente: 'Zwolle',
        precision: 'gemeente',
      });
      expect(body.results[4]).toMatchObject({ distance_km: null, nearest_location: null });
    });

    test('combines with filters and q', async () => {
      expect(await slugs('?near=8011&kind=werkplaats&q=data')).toEqual([
        'testwerkplaats-twee-locaties',
        'testwerkplaats-noord',
      ]);
    });

    test('without near, or with an empty one (a form left blank), results carry no distance', async () => {
      expect((await list('')).results[0]).not.toHaveProperty('distance_km');
      expect(await list('?near=')).toEqual({ ...(await list('')), links: expect.anything() });
    });

    test.each([
      ['abc', /vier cijfers/],
      ['0751', /niet beginnend met 0/],
      ['7511%20SS', /Typ alleen de vier cijfers/],
    ])('near=%s is a 400 problem pointing at #/near', async (pc, detail) => {
      const res = await get(`?near=${pc}`);
      expect(res.status).toBe(400);
      const body = await problemOf(res);
      expect(body.detail).toMatch(detail);
      expect(body.errors).toEqual([{ pointer: '#/near', detail: body.detail }]);
    });

    test('an unknown postcode is a 404 problem', async () => {
      const res = await get('?near=5028');
      expect(res.status).toBe(404);
      const body = await problemOf(res);
      expect(body).toMatchObject({ status: 404, type: '/api/problems/onbekende-postcode' });
      expect(body.detail).toMatch(/Postcode 5028 kennen we niet/);
    });
  });

  describe('pagination', () => {
    test('pages partition the list, with total, total_pages and links that keep the filters', async () => {
      const pages = await Promise.all([1, 2, 3].map((p) => list(`?per_page=3&page=${p}`)));
      expect(pages.map((p) => [p.total, p.total_pages, p.results.length])).toEqual([
        [7, 3, 3],
        [7, 3, 3],
        [7, 3, 1],
      ]);
      expect(pages.flatMap((p) => p.results.map((r) => r.slug))).toEqual(await slugs(''));
      const middle = await list('?kind=werkplaats&kind=loket&per_page=2&page=2');
      expect(middle.links).toEqual({
        self: '/api/v1/initiatives?kind=werkplaats&kind=loket&per_page=2&page=2',
        first: '/api/v1/initiatives?kind=werkplaats&kind=loket&per_page=2&page=1',
        last: '/api/v1/initiatives?kind=werkplaats&kind=loket&per_page=2&page=2',
        prev: '/api/v1/initiatives?kind=werkplaats&kind=loket&per_page=2&page=1',
        next: null,
      });
    });

    test('a page past the end is empty and still gives the total', async () => {
      const body = await list('?page=5&per_page=5');
      expect(body).toMatchObject({ total: 7, total_pages: 2, results: [] });
      expect(body.links.prev).toBe('/api/v1/initiatives?page=2&per_page=5');
    });

    test.each([
      ['?per_page=101', '#/per_page', 'Vul bij per_page een heel getal van 1 tot en met 100 in.'],
      ['?per_page=0', '#/per_page', 'Vul bij per_page een heel getal van 1 tot en met 100 in.'],
      ['?page=0', '#/page', 'Vul bij page een heel getal van 1 tot en met 10000 in.'],
      ['?page=twee', '#/page', 'Vul bij page een heel getal van 1 tot en met 10000 in.'],
    ])('%s is a 400 problem pointing at the field', async (query, pointer, detail) => {
      const res = await get(query);
      expect(res.status).toBe(400);
      expect((await problemOf(res)).errors).toEqual([{ pointer, detail }]);
    });
  });

  test.each([
    ['?kind=hackathon', '#/kind', /Kies bij kind een soort uit: werkplaats, mkb-deal/],
    ['?theme=blockchain', '#/theme', /Kies bij theme een onderwerp uit/],
    ['?provincie=Brabant', '#/provincie', /"Brabant" is geen provincie. Kies uit: Drenthe/],
    ['?gemeente=Den%20Haag', '#/gemeente', /"Den Haag" is geen gemeente .* "'s-Gravenhage"/],
    [`?q=${'a'.repeat(201)}`, '#/q', /te lang/],
  ])('%s is a 400 problem with a Dutch detail pointing at the field', async (query, pointer, detail) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = await problemOf(res);
    expect(body).toMatchObject({ status: 400, type: '/api/problems/ongeldige-vraag' });
    expect(body.errors?.[0]?.pointer).toBe(pointer);
    expect(body.errors?.[0]?.detail).toMatch(detail);
  });

  test('every invalid field is listed', async () => {
    const body = await problemOf(await get('?kind=x&per_page=500'));
    expect(body.errors?.map((e) => e.pointer)).toEqual(['#/kind', '#/per_page']);
  });
});

describe('GET /api/v1/initiatives/{slug}', () => {
  test('gives the whole initiative, with its page and API address', async () => {
    const res = await get('/testwerkplaats-oost');
    expect(res.status).toBe(200);
    const body = InitiativeDetailSchema.parse(await res.json());
    expect(body).toMatchObject({
      slug: 'testwerkplaats-oost',
      name: 'Testwerkplaats Oost',
      kvk: '12345678',
      body: 'In de **Testwerkplaats** werken studenten een paar weken aan je vraag.',
      url: '/initiatieven/testwerkplaats-oost',
      api_url: '/api/v1/initiatives/testwerkplaats-oost',
    });
  });

  test('an unknown slug is a 404 problem in Dutch', async () => {
    const res = await get('/bestaat-niet');
    expect(res.status).toBe(404);
    const body = await problemOf(res);
    expect(body).toMatchObject({ status: 404, type: '/api/problems/onbekend-initiatief' });
    expect(body.detail).toMatch(/staat niet in de gids/);
  });
});

describe('caching and CORS', () => {
  test.each(['', '?kind=werkplaats&near=7511', '/testwerkplaats-oost'])(
    '%s has an ETag, Last-Modified and Cache-Control, and answers 304 to a matching If-None-Match',
    async (path) => {
      const first = await get(path);
      const tag = first.headers.get('etag');
      expect(tag).toMatch(/^"[0-9a-f]{40}"$/);
      expect(first.headers.get('last-modified')).toBe('Sun, 01 Nov 2026 00:00:00 GMT');
      expect(first.headers.get('cache-control')).toBe('public, max-age=300');
      const again = await get(path, { 'If-None-Match': tag! });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(tag);
      expect(again.headers.get('access-control-allow-origin')).toBe('*');
      expect(again.headers.get('cache-control')).toBe('public, max-age=300');
    },
  );

  test('another question has another ETag; an old ETag gets the full answer', async () => {
    const a = (await get('?kind=werkplaats')).headers.get('etag');
    const b = (await get('?kind=loket')).headers.get('etag');
    expect(a).not.toBe(b);
    const res = await get('?kind=loket', { 'If-None-Match': a! });
    expect(res.status).toBe(200);
  });

  test('Last-Modified is the newest last_checked of the directory', async () => {
    const newer = syntheticDirectory().map((i, n) => (n === 2 ? { ...i, last_checked: '2026-11-20' } : i));
    const res = await createApp({ directory: newer, postcodes: loadPostcodes() }).request(
      '/api/v1/initiatives',
    );
    expect(res.headers.get('last-modified')).toBe('Fri, 20 Nov 2026 00:00:00 GMT');
  });

  test('errors are not cached but may be read cross-origin', async () => {
    const res = await get('?kind=x');
    expect(res.headers.get('cache-control')).toBeNull();
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  test('answers a CORS preflight from any origin, for reading only', async () => {
    const res = await app.request('/api/v1/initiatives', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS');
  });

  test('endpoints outside the open directory get no CORS header', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    const withStore = createApp({ directory, postcodes: loadPostcodes(), store });
    for (const path of ['/api/v1/referrals', '/api/v1/health']) {
      const res = await withStore.request(path, { headers: { Origin: 'https://www.example.org' } });
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
    }
    const ok = await withStore.request('/api/v1/initiatives', {
      headers: { Origin: 'https://www.example.org' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    await store.close();
  });
});

describe('on the real directory', () => {
  const real = realApp();
  const realList = async (query: string) =>
    InitiativeListResponseSchema.parse(await (await real.request(`/api/v1/initiatives${query}`)).json());

  test('pages through every initiative exactly once', async () => {
    const count = realDirectory().length;
    const first = await realList('?per_page=100');
    expect(first.total).toBe(count);
    expect(new Set(first.results.map((r) => r.slug)).size).toBe(Math.min(count, 100));
  });

  test('near a postcode in Twente, the werkplaats in Enschede comes first among werkplaatsen', async () => {
    const body = await realList('?kind=werkplaats&near=7511');
    expect(body.results[0]?.slug).toBe('digitale-werkplaats-twente');
    const distances = body.results.map((r) => r.distance_km).filter((d): d is number => d !== null);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});

test('both operations are in the OpenAPI document', () => {
  const paths = openApiDocument().paths ?? {};
  expect(paths['/v1/initiatives']?.get?.summary).toBeTruthy();
  expect(paths['/v1/initiatives/{slug}']?.get?.summary).toBeTruthy();
});
