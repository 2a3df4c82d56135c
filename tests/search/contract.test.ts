/**
 * The SearchIndex contract, run against every implementation: the in-process index always, and
 * Meilisearch when MEILISEARCH_URL is set (MEILISEARCH_API_KEY optional). The Meilisearch run
 * uses its own index uid, so it never touches the one the API serves.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Initiative } from '../../content/schema.ts';
import { createInProcessIndex } from '../../functions/search/in-process.ts';
import { createMeilisearchIndex } from '../../functions/search/meilisearch.ts';
import type { SearchIndex, SearchQuery } from '../../functions/search/search-index.ts';
import { initiative, syntheticDirectory } from './synthetic-directory.ts';

const ENSCHEDE = { lat: 52.22015, lon: 6.90064 }; // centroid of PC4 7511
const ZWOLLE = { lat: 52.5125, lon: 6.0944 };

interface Implementation {
  name: string;
  create: () => SearchIndex;
}

const implementations: Implementation[] = [{ name: 'in-process', create: () => createInProcessIndex() }];
const meiliUrl = process.env.MEILISEARCH_URL;
if (meiliUrl) {
  implementations.push({
    name: 'meilisearch',
    create: () =>
      createMeilisearchIndex({
        url: meiliUrl,
        ...(process.env.MEILISEARCH_API_KEY ? { apiKey: process.env.MEILISEARCH_API_KEY } : {}),
        index: `contract-test-${process.pid}`,
      }),
  });
} else {
  console.log(
    '[search contract] MEILISEARCH_URL is not set: the Meilisearch run is skipped; only the in-process index is tested.',
  );
}

const directory = syntheticDirectory();
const byName = [...directory].sort((a, b) => (a.name < b.name ? -1 : 1)).map((i) => i.slug);
const all = (q: Partial<SearchQuery> = {}): SearchQuery => ({ page: 1, perPage: 100, ...q });

describe.each(implementations)('SearchIndex contract: $name', ({ create }) => {
  let index: SearchIndex;
  const slugs = async (q: Partial<SearchQuery>) => (await index.search(all(q))).hits.map((h) => h.slug);

  beforeAll(async () => {
    index = create();
    await index.replaceAll(directory);
  }, 120_000);

  describe('without q', () => {
    test('lists every initiative, ordered by name, with the total', async () => {
      const page = await index.search(all());
      expect(page.total).toBe(directory.length);
      expect(page.hits.map((h) => h.slug)).toEqual(byName);
      expect(page.hits.every((h) => h.distanceKm === null)).toBe(true);
    });
  });

  describe('filters', () => {
    test.each<[string, Partial<SearchQuery>, string[]]>([
      ['one kind', { kind: ['loket'] }, ['testloket-overijssel']],
      [
        'two kinds are either',
        { kind: ['loket', 'subsidie'] },
        ['testloket-overijssel', 'testsubsidie-gelderland'],
      ],
      ['a theme', { theme: ['data'] }, ['testwerkplaats-noord', 'testwerkplaats-twee-locaties']],
      [
        'a provincie: named whole, through one of its gemeenten, or landelijk',
        { provincie: ['Overijssel'] },
        [
          'testkenniscentrum-nederland',
          'testloket-overijssel',
          'testwerkplaats-oost',
          'testwerkplaats-twee-locaties',
        ],
      ],
      [
        'a gemeente: named, through its provincie, or landelijk',
        { gemeente: ['Hengelo (O.)'] },
        ['testkenniscentrum-nederland', 'testloket-overijssel', 'testwerkplaats-oost'],
      ],
      [
        'a gemeente no regional initiative covers: only landelijk',
        { gemeente: ["'s-Gravenhage"] },
        ['testkenniscentrum-nederland'],
      ],
      [
        'kind and provincie both apply',
        { kind: ['werkplaats'], provincie: ['Overijssel'] },
        ['testwerkplaats-oost', 'testwerkplaats-twee-locaties'],
      ],
      [
        'kind, theme and gemeente all apply',
        { kind: ['werkplaats'], theme: ['data'], gemeente: ['Zwolle'] },
        ['testwerkplaats-twee-locaties'],
      ],
      ['filters that exclude each other give nothing', { kind: ['subsidie'], provincie: ['Groningen'] }, []],
    ])('%s', async (_name, query, expected) => {
      const page = await index.search(all(query));
      expect(page.hits.map((h) => h.slug).sort()).toEqual([...expected].sort());
      expect(page.total).toBe(expected.length);
    });
  });

  describe('q', () => {
    test.each<[string, string, string]>([
      ['a word from the summary', 'webwinkel', 'testwerkplaats-oost'],
      ['a synonym of it (shared synonym list)', 'webshop', 'testwerkplaats-oost'],
      ['an English synonym', 'online store', 'testwerkplaats-oost'],
      ['a plural', 'webwinkels', 'testwerkplaats-oost'],
      ['a typo', 'webwinkle', 'testwerkplaats-oost'],
      ['a word being typed (prefix)', 'webwin', 'testwerkplaats-oost'],
      ['a Dutch inflection of a word in the text', 'ondernemer', 'testloket-overijssel'],
      ['a multi-word synonym', 'artificial intelligence', 'testwerkplaats-noord'],
      ['accents and case do not matter', 'FIELDLÀB', 'testhub-brabant'],
      ['a place in the werkgebied', 'Eindhoven', 'testhub-brabant'],
      ['the regio', 'Twente', 'testwerkplaats-oost'],
    ])('%s: "%s" finds %s first', async (_name, q, first) => {
      const hits = await slugs({ q });
      expect(hits[0]).toBe(first);
    });

    test('a word nothing contains finds nothing', async () => {
      expect(await index.search(all({ q: 'qwxzqwxz' }))).toEqual({ total: 0, hits: [] });
    });

    test('stop words alone do not match everything', async () => {
      expect((await index.search(all({ q: 'zqxv de het' }))).total).toBe(0);
    });

    test('when no initiative has every word, those with the first words still come', async () => {
      expect(await slugs({ q: 'ransomware qwxzqwxz' })).toEqual(['testkenniscentrum-nederland']);
    });

    test('matches of every word rank above matches of fewer', async () => {
      const hits = await slugs({ q: 'data maastricht' });
      expect(hits[0]).toBe('testwerkplaats-twee-locaties');
      expect(hits).toContain('testwerkplaats-noord');
    });

    test('combines with filters', async () => {
      expect(await slugs({ q: 'data', kind: ['werkplaats'], provincie: ['Groningen'] })).toEqual([
        'testwerkplaats-noord',
      ]);
      expect(await slugs({ q: 'webwinkel', kind: ['loket'] })).toEqual([]);
    });
  });

  describe('near', () => {
    test('sorts by distance to the nearest location, initiatives without locations last', async () => {
      const page = await index.search(all({ near: ENSCHEDE }));
      const order = page.hits.map((h) => h.slug);
      expect(order.slice(0, 4)).toEqual([
        'testwerkplaats-oost',
        // Zwolle (63 km) counts, not Maastricht (180 km).
        'testwerkplaats-twee-locaties',
        'testwerkplaats-noord',
        'testhub-brabant',
      ]);
      expect(order.slice(4).sort()).toEqual([
        'testkenniscentrum-nederland',
        'testloket-overijssel',
        'testsubsidie-gelderland',
      ]);
      expect(page.hits[0]!.distanceKm).toBeCloseTo(0.7, 0);
      expect(page.hits[1]!.distanceKm).toBeCloseTo(63, -1);
      expect(page.hits.slice(4).every((h) => h.distanceKm === null)).toBe(true);
    });

    test('the nearest location decides: from Zwolle the two-location werkplaats comes first', async () => {
      const page = await index.search(all({ near: ZWOLLE, kind: ['werkplaats'] }));
      expect(page.hits[0]).toEqual({
        slug: 'testwerkplaats-twee-locaties',
        distanceKm: expect.closeTo(0, 0),
      });
    });

    test('orders the matches of q by distance', async () => {
      expect(await slugs({ q: 'data', near: ENSCHEDE })).toEqual([
        'testwerkplaats-twee-locaties',
        'testwerkplaats-noord',
      ]);
    });
  });

  describe('pagination', () => {
    test('pages partition the result list and keep the total', async () => {
      const pages = await Promise.all([1, 2, 3, 4].map((page) => index.search({ page, perPage: 2 })));
      expect(pages.map((p) => p.total)).toEqual([7, 7, 7, 7]);
      expect(pages.map((p) => p.hits.length)).toEqual([2, 2, 2, 1]);
      expect(pages.flatMap((p) => p.hits.map((h) => h.slug))).toEqual(byName);
    });

    test('a page past the end is empty and still tells the total', async () => {
      expect(await index.search({ page: 9, perPage: 2 })).toEqual({ total: 7, hits: [] });
    });

    test('pages of a near search continue the distance order', async () => {
      const first = await index.search({ page: 1, perPage: 3, near: ENSCHEDE });
      const second = await index.search({ page: 2, perPage: 3, near: ENSCHEDE });
      const whole = await slugs({ near: ENSCHEDE });
      expect([...first.hits, ...second.hits].map((h) => h.slug)).toEqual(whole.slice(0, 6));
    });
  });

  describe('replaceAll', () => {
    test('replaces the documents', async () => {
      const other: Initiative[] = [
        initiative('testvervanger', {
          name: 'Testvervanger',
          werkgebied: { landelijk: true },
          summary: 'Alleen dit initiatief staat nog in de index.',
        }),
      ];
      await index.replaceAll(other);
      expect(await slugs({})).toEqual(['testvervanger']);
      expect(await slugs({ q: 'webwinkel' })).toEqual([]);
      await index.replaceAll(directory);
      expect(await slugs({})).toEqual(byName);
    }, 120_000);
  });
});
