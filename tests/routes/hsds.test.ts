import { describe, expect, test } from 'vitest';
import type { Initiative } from '../../content/schema.ts';
import { createApp } from '../../functions/app.ts';
import { loadPostcodes } from '../../functions/data.ts';
import { loadBoundaries } from '../../functions/hsds/boundaries.ts';
import { buildHsdsDataset, hsdsExport } from '../../functions/hsds/dataset.ts';
import { plainText } from '../../functions/hsds/map.ts';
import { KIND_TAXONOMY_ID, THEME_TAXONOMY_ID, kindTermId } from '../../functions/hsds/taxonomy.ts';
import { hsdsId, uuidV5 } from '../../functions/hsds/uuid.ts';
import { openApiDocument } from '../../functions/openapi.ts';
import { hsds, type Validator } from '../fixtures/hsds-3.0/validate.ts';
import { realDirectory } from '../helpers/app.ts';
import { syntheticDirectory } from '../search/synthetic-directory.ts';

const ORIGIN = 'https://loket.test';
type Json = Record<string, unknown> & { id: string };
interface Page<T = Json> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

function hsdsApp(directory: readonly Initiative[]) {
  const app = createApp({ directory, postcodes: loadPostcodes() });
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}/api/hsds${path}`, { headers });
  const json = async <T = Json>(path: string): Promise<T> => {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
    return (await res.json()) as T;
  };
  /** Every page of a list, checked against the HSDS page schema. */
  const pages = async (path: string, items: string): Promise<Json[]> => {
    const validate = hsds.page(items);
    const all: Json[] = [];
    for (let page = 1; ; page++) {
      const body = await json<Page>(`${path}${path.includes('?') ? '&' : '?'}per_page=20&page=${page}`);
      expect(validate(body), `${path} page ${page}`).toEqual([]);
      all.push(...body.contents);
      if (body.last_page) return all;
    }
  };
  return { app, get, json, pages };
}

const expectValid = (validate: Validator, data: unknown, what: string) =>
  expect(validate(data), what).toEqual([]);

describe('stable UUIDs', () => {
  test('uuidV5 follows RFC 9562 (the DNS example)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  test('an id depends only on the slug: this one is published and must never change', () => {
    expect(hsdsId('service', 'digitale-werkplaats-twente')).toBe('06cd2fdb-de2b-50df-911a-d194113a1235');
  });

  test('two builds from separately loaded content, on other origins, give the same ids', () => {
    const ids = (origin: string) => {
      const ds = buildHsdsDataset(realDirectory(), { baseUrl: origin, boundaries: loadBoundaries() });
      return ds.initiatives.flatMap((m) => [
        m.organization.id,
        m.service.id,
        ...m.service.service_areas.map((a) => a.id),
        ...m.service.service_at_locations.map((s) => [s.id, s.location_id].join()),
        ...m.service.attributes.map((a) => a.id),
      ]);
    };
    expect(ids('https://a.test')).toEqual(ids('http://localhost:4321'));
  });

  test('no two records share an id', () => {
    const ds = buildHsdsDataset([...realDirectory(), ...syntheticDirectory()], {
      baseUrl: ORIGIN,
      boundaries: loadBoundaries(),
    });
    const exported = JSON.stringify(hsdsExport(ds));
    const ids = [...exported.matchAll(/"id":"([0-9a-f-]{36})"/g)].map((m) => m[1]);
    const records = new Map<string, string>();
    // The same record nested twice (a term inside an attribute) is fine; two records on one id are not.
    for (const m of exported.matchAll(/\{"id":"([0-9a-f-]{36})",("[a-z_]+")/g)) {
      const other = records.get(m[1]!);
      if (other !== undefined) expect(other, m[1]).toBe(m[2]);
      records.set(m[1]!, m[2]!);
    }
    expect(ids.length).toBeGreaterThan(500);
  });
});

test('the schema checks reject what HSDS forbids (so the checks below can fail)', () => {
  const id = hsdsId('service', 'x');
  expect(hsds.fullService({ id, name: 'Test', status: 'open' })).not.toEqual([]);
  expect(hsds.fullService({ id: 'geen-uuid', name: 'Test', status: 'active' })).not.toEqual([]);
  expect(hsds.fullService({ id, name: 'Test', status: 'active', service_areas: [{ id: 'x' }] })).not.toEqual(
    [],
  );
  expect(hsds.fullService({ id, name: 'Test', status: 'active', url: 'geen adres' })).not.toEqual([]);
  expect(
    hsds.fullOrganization({ id, name: 'Test', description: 'Test', services: [{ id, name: 'Test' }] }),
  ).not.toEqual([]);
  expect(
    hsds.fullServiceAtLocation({ id, location: { id, location_type: 'physical', addresses: [{ id }] } }),
  ).not.toEqual([]);
  expect(
    hsds.page('service.json')({ total_items: 1, contents: [{ id, name: 'Test', status: 'active' }] }),
  ).not.toEqual([]);
  expect(hsds.fullService({ id, name: 'Test', status: 'active' })).toEqual([]);
});

describe.each([
  ['the real directory', realDirectory],
  ['the synthetic directory', syntheticDirectory],
])('every response validates against the HSDS 3.0 schemas, for %s', (_name, load) => {
  const directory = load();
  const { json, pages } = hsdsApp(directory);

  test('GET / gives version 3.0 and the profile', async () => {
    for (const path of ['', '/']) {
      const body = await json(path);
      expectValid(hsds.info, body, 'info');
      expect(body).toMatchObject({ version: '3.0', export_url: `${ORIGIN}/api/hsds/export.json` });
    }
  });

  test('every service, in the list and alone, fully nested', async () => {
    const list = await pages('/services', 'service.json');
    expect(list).toHaveLength(directory.length);
    const full = await pages('/services?full=true', 'compiled/service.json');
    expect(full.map((s) => s.id)).toEqual(list.map((s) => s.id));
    for (const s of list) {
      expect(s).not.toHaveProperty('service_areas');
      const one = await json(`/services/${s.id}`);
      expectValid(hsds.fullService, one, `service ${String(s.name)}`);
      expect(one).toMatchObject(s);
      expect((one.service_areas as unknown[]).length, String(s.name)).toBeGreaterThan(0);
    }
  });

  test('every organization, in the list and alone, with its services summarised or in full', async () => {
    const list = await pages('/organizations', 'organization.json');
    expect(list).toHaveLength(directory.length);
    await pages('/organizations?full=true&full_service=true', 'compiled/organization.json');
    for (const o of list) {
      for (const query of ['', '?full_service=true']) {
        const one = await json<Json & { services: Json[] }>(`/organizations/${o.id}${query}`);
        expectValid(hsds.fullOrganization, one, `organization ${String(o.name)}${query}`);
        expect(one.services).toHaveLength(1);
        expect('service_areas' in one.services[0]!).toBe(query !== '');
      }
    }
  });

  test('every service_at_location, in the list and alone', async () => {
    const list = await pages('/service_at_locations', 'service_at_location.json');
    expect(list).toHaveLength(directory.reduce((n, i) => n + i.locations.length, 0));
    await pages('/service_at_locations?full=true', 'compiled/service_at_location.json');
    for (const s of list)
      expectValid(
        hsds.fullServiceAtLocation,
        await json(`/service_at_locations/${s.id}`),
        `service_at_location ${s.id}`,
      );
  });

  test('the taxonomies and every term', async () => {
    const taxonomies = await pages('/taxonomies', 'taxonomy.json');
    expect(taxonomies.map((t) => t.id)).toEqual([KIND_TAXONOMY_ID, THEME_TAXONOMY_ID]);
    for (const t of taxonomies) expectValid(hsds.taxonomy, await json(`/taxonomies/${t.id}`), 'taxonomy');
    const terms = await pages('/taxonomy_terms', 'taxonomy_term.json');
    expect(terms).toHaveLength(21);
    for (const t of terms) expectValid(hsds.taxonomyTerm, await json(`/taxonomy_terms/${t.id}`), 'term');
  });

  test('the export holds every service in full, the same as the API', async () => {
    const body = await json<{ services: Json[]; taxonomies: Json[]; taxonomy_terms: Json[] }>('/export.json');
    expect(body.services).toHaveLength(directory.length);
    expectValid(hsds.info, body, 'export head');
    for (const s of body.services) {
      expectValid(hsds.fullService, s, `export ${String(s.name)}`);
      expect(s).toEqual(await json(`/services/${s.id}`));
    }
    for (const t of body.taxonomies) expectValid(hsds.taxonomy, t, 'export taxonomy');
    for (const t of body.taxonomy_terms) expectValid(hsds.taxonomyTerm, t, 'export term');
  });
});

describe('the mapping', () => {
  const directory = syntheticDirectory();
  const { get, json } = hsdsApp(directory);
  const service = (slug: string) =>
    json<Json & Record<string, never>>(`/services/${hsdsId('service', slug)}`);

  test('an initiative is an organization with its KVK number and one service', async () => {
    const org = await json(`/organizations/${hsdsId('organization', 'testwerkplaats-oost')}`);
    expect(org).toMatchObject({
      name: 'Testwerkplaats Oost',
      description: 'Studenten bouwen met ondernemers aan een betere webwinkel en online marketing.',
      website: 'https://testwerkplaats-oost.example/',
      email: 'info@testwerkplaats-oost.example',
      uri: `${ORIGIN}/initiatieven/testwerkplaats-oost`,
      organization_identifiers: [
        {
          identifier_scheme: 'NL-KVK',
          identifier_type: 'KVK-nummer',
          identifier: '12345678',
          organization_id: org.id,
        },
      ],
      services: [{ id: hsdsId('service', 'testwerkplaats-oost'), organization_id: org.id }],
    });
  });

  test('availability, cost, size and contact of a full werkplaats', async () => {
    const s = await service('testwerkplaats-oost');
    expect(s).toMatchObject({
      status: 'active',
      alert:
        'Op dit moment vol: er worden geen nieuwe aanvragen aangenomen. Geen intake van 2026-07-11 tot en met 2026-08-23 (zomervakantie).',
      schedules: [
        {
          valid_from: '2026-09-01',
          description: 'Nieuwe aanvragen worden weer aangenomen vanaf 2026-09-01.',
        },
      ],
      fees_description: 'Gratis.',
      cost_options: [{ option: 'Gratis', amount: 0, currency: 'EUR' }],
      eligibility_description: 'Voor bedrijven met 2 tot en met 50 medewerkers.',
      phones: [{ number: '053 123 45 67' }],
      assured_date: '2026-11-01',
      description:
        'Studenten bouwen met ondernemers aan een betere webwinkel en online marketing.\n\nIn de Testwerkplaats werken studenten een paar weken aan je vraag.',
    });
  });

  test.each([
    ['testkenniscentrum-nederland', 'temporarily closed', 'Tijdelijk dicht wegens een verhuizing.'],
    ['testsubsidie-gelderland', 'defunct', undefined],
    ['testloket-overijssel', 'active', undefined],
  ])('%s has status %s', async (slug, status, alert) => {
    const s = await service(slug);
    expect(s.status).toBe(status);
    expect(s.alert).toBe(alert);
  });

  test('kind and themes are attributes linking to the published terms', async () => {
    const s = await service('testhub-brabant');
    const attrs = s.attributes as unknown as Array<{
      link_type: string;
      taxonomy_term: { code: string; taxonomy_id: string };
    }>;
    expect(attrs.map((a) => [a.link_type, a.taxonomy_term.code, a.taxonomy_term.taxonomy_id])).toEqual([
      ['service_type', 'smart-industry-hub', KIND_TAXONOMY_ID],
      ['topic', 'industrie-4-0', THEME_TAXONOMY_ID],
      ['topic', 'automatisering', THEME_TAXONOMY_ID],
    ]);
    expect(await json(`/taxonomy_terms/${kindTermId('smart-industry-hub')}`)).toMatchObject({
      name: 'Smart Industry hub of fieldlab',
      term_uri: `${ORIGIN}/soort/smart-industry-hub`,
    });
  });

  test('a werkgebied of gemeenten is one service_area each, with the CBS boundary as GeoJSON', async () => {
    const areas = (await service('testwerkplaats-oost')).service_areas as unknown as Array<
      Record<string, string>
    >;
    expect(areas.map((a) => a.name)).toEqual(['Enschede', 'Hengelo (O.)']);
    expect(areas[0]).toMatchObject({
      extent_type: 'geojson',
      description: expect.stringMatching(/^Gemeente Enschede \(CBS GM0153\).*Regio: Testregio Twente\.$/),
    });
    const geometry = JSON.parse(areas[0]!.extent!) as { type: string; coordinates: number[][][] };
    expect(geometry.type).toBe('Polygon');
    // Enschede's boundary holds the city centre's longitude and latitude.
    const ring = geometry.coordinates[0]!;
    expect(Math.min(...ring.map((p) => p[0]!))).toBeLessThan(6.89);
    expect(Math.max(...ring.map((p) => p[1]!))).toBeGreaterThan(52.22);
  });

  test('a provincie is one service_area with the provincie boundary', async () => {
    const areas = (await service('testwerkplaats-noord')).service_areas as unknown as Array<
      Record<string, string>
    >;
    expect(areas.map((a) => [a.name, JSON.parse(a.extent!).type])).toEqual([['Groningen', 'MultiPolygon']]);
  });

  test('landelijk is one service_area "Nederland" with the bounding box of the country', async () => {
    const areas = (await service('testkenniscentrum-nederland')).service_areas as unknown as Array<
      Record<string, string>
    >;
    expect(areas).toHaveLength(1);
    const box = JSON.parse(areas[0]!.extent!) as { coordinates: number[][][] };
    expect(areas[0]!.name).toBe('Nederland');
    expect(box.coordinates[0]).toHaveLength(5);
    const [west, south] = box.coordinates[0]![0]!;
    const [east, north] = box.coordinates[0]![2]!;
    expect([west, south, east, north].map((v) => Math.round(v!))).toEqual([3, 51, 7, 54]);
  });

  test('a location known to the gemeente only has no coordinates and no address', async () => {
    const [sal] = (await service('testwerkplaats-oost')).service_at_locations as unknown as Array<{
      location: Record<string, unknown>;
    }>;
    expect(sal!.location).toEqual({
      id: expect.any(String),
      location_type: 'physical',
      organization_id: hsdsId('organization', 'testwerkplaats-oost'),
      name: 'Testhogeschool',
      description: 'In de gemeente Enschede (Overijssel). Het precieze adres is nog niet bevestigd.',
      addresses: [],
    });
  });

  test('a confirmed address gives coordinates and an address', async () => {
    const [sal] = (await service('testwerkplaats-noord')).service_at_locations as unknown as Array<{
      location: Record<string, unknown>;
    }>;
    expect(sal!.location).toMatchObject({
      latitude: 53.216,
      longitude: 6.569,
      addresses: [
        {
          address_1: 'Teststraat 1',
          postal_code: '9712 AB',
          city: 'Groningen',
          state_province: 'Groningen',
          country: 'NL',
          address_type: 'physical',
        },
      ],
    });
  });

  test('Markdown in the body becomes plain text', () => {
    expect(plainText('Zie **de site** en [de regeling](https://example.org/r).\n\n## Kop\n* punt')).toBe(
      'Zie de site en de regeling (https://example.org/r).\n\nKop\n- punt',
    );
  });

  describe('lists', () => {
    test('paginate as HSDS specifies', async () => {
      const pages = await Promise.all([1, 3, 4].map((p) => json<Page>(`/services?per_page=3&page=${p}`)));
      expect(pages.map(({ contents: _c, ...page }) => page)).toEqual([
        {
          total_items: 7,
          total_pages: 3,
          page_number: 1,
          size: 3,
          first_page: true,
          last_page: false,
          empty: false,
        },
        {
          total_items: 7,
          total_pages: 3,
          page_number: 3,
          size: 1,
          first_page: false,
          last_page: true,
          empty: false,
        },
        {
          total_items: 7,
          total_pages: 3,
          page_number: 4,
          size: 0,
          first_page: false,
          last_page: true,
          empty: true,
        },
      ]);
    });

    test.each([
      [
        `?taxonomy_term_id=${kindTermId('werkplaats')}`,
        ['Testwerkplaats Noord', 'Testwerkplaats Oost', 'Testwerkplaats Twee Locaties'],
      ],
      [
        `?taxonomy_id=${KIND_TAXONOMY_ID}`,
        syntheticDirectory()
          .map((i) => i.name)
          .sort(),
      ],
      [`?organization_id=${hsdsId('organization', 'testhub-brabant')}`, ['Testhub Brabant']],
      ['?search=webshop', ['Testwerkplaats Oost']],
      [
        `?search=data&taxonomy_term_id=${kindTermId('werkplaats')}`,
        ['Testwerkplaats Noord', 'Testwerkplaats Twee Locaties'],
      ],
    ])('/services%s filters', async (query, names) => {
      const body = await json<Page>(`/services${query}`);
      expect(body.contents.map((s) => s.name).sort()).toEqual(names);
    });

    test('/service_at_locations?postcode= gives the locations of services whose werkgebied covers it', async () => {
      const body = await json<Page>('/service_at_locations?postcode=7511AB');
      expect(body.contents.map((s) => s.service_id)).toEqual([hsdsId('service', 'testwerkplaats-oost')]);
    });

    test.each([
      ['/services?per_page=101', 400, '#/per_page'],
      ['/services?format=ndjson', 400, '#/format'],
      ['/services?full=ja', 400, '#/full'],
      ['/service_at_locations?postcode=abc', 400, '#/postcode'],
      ['/service_at_locations?postcode=5028', 404, undefined],
      [`/services/${hsdsId('service', 'bestaat-niet')}`, 404, undefined],
      ['/organizations/geen-uuid', 404, undefined],
      ['/taxonomy_terms/geen-uuid', 404, undefined],
    ])('%s is a %i problem in Dutch', async (path, status, pointer) => {
      const res = await get(path);
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const body = (await res.json()) as { detail: string; errors?: Array<{ pointer: string }> };
      expect(body.detail).toMatch(/[a-z]{3,} .*[.]$/);
      expect(body.errors?.[0]?.pointer).toBe(pointer);
    });
  });

  describe('caching, CORS and the download', () => {
    test('lists and records have an ETag, a 304 for it, CORS and Last-Modified', async () => {
      for (const path of [
        '/services',
        `/services/${hsdsId('service', 'testhub-brabant')}`,
        '/export.json',
        '/',
      ]) {
        const first = await get(path);
        expect(first.headers.get('access-control-allow-origin'), path).toBe('*');
        expect(first.headers.get('last-modified'), path).toBe('Sun, 01 Nov 2026 00:00:00 GMT');
        expect(first.headers.get('cache-control'), path).toBe('public, max-age=300');
        const again = await get(path, { 'If-None-Match': first.headers.get('etag')! });
        expect(again.status, path).toBe(304);
      }
    });

    test('the export downloads as a file', async () => {
      const res = await get('/export.json');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="digitaal-ondernemersloket-hsds.json"',
      );
    });
  });
});

test('the export of the real directory stays small enough to download and poll', async () => {
  const { get } = hsdsApp(realDirectory());
  const bytes = (await (await get('/export.json')).arrayBuffer()).byteLength;
  expect(bytes).toBeLessThan(2_000_000);
});

test('the HSDS operations are in the OpenAPI document', () => {
  const paths = openApiDocument().paths ?? {};
  for (const p of [
    '/hsds/',
    '/hsds/services',
    '/hsds/services/{id}',
    '/hsds/organizations/{id}',
    '/hsds/service_at_locations',
    '/hsds/taxonomy_terms',
    '/hsds/export.json',
  ]) {
    expect(paths[p]?.get, p).toBeTruthy();
  }
});
