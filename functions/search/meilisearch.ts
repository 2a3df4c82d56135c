/**
 * SearchIndex on a Meilisearch server (the official `meilisearch` client). server.ts uses it when
 * MEILISEARCH_URL is set; otherwise the in-process index serves.
 *
 * One document per location (id "<slug>--<n>", with `_geo`) and `distinctAttribute: slug`: sorted
 * by `_geoPoint`, the first document of each initiative is its nearest location, which is how the
 * in-process index orders `near` too. Initiatives without locations are one document without
 * `_geo`, which Meilisearch sorts last.
 *
 * Dutch settings: the shared synonym list, the router's Dutch stop words, Dutch tokenisation
 * (localizedAttributes "nld"), the same typo budget as the in-process index (one typo from 4
 * letters, two from 8) and `sort` as the first ranking rule so that distance beats relevance.
 * Meilisearch has no Dutch stemmer: typos and prefixes cover most plural and verb forms.
 */
import { Meilisearch, type SearchParams, type Settings } from 'meilisearch';
import type { Initiative } from '../../content/schema.ts';
import { STOPWORDS_NL } from '../core/text.ts';
import {
  provincieOf,
  toSearchDocument,
  type SearchDocument,
  type SearchFilters,
  type SearchIndex,
  type SearchQuery,
} from './search-index.ts';
import { meilisearchSynonyms } from './synonyms.ts';

export interface MeilisearchConfig {
  /** e.g. http://127.0.0.1:7700 */
  url: string;
  apiKey?: string;
  /** Index uid; default "initiatives". */
  index?: string;
  /** How long to wait for indexing at start-up, in ms. */
  timeoutMs?: number;
}

/** A Meilisearch document: the shared projection minus the locations, plus one `_geo`. */
export type MeilisearchDocument = Omit<SearchDocument, 'locations'> & {
  id: string;
  _geo?: { lat: number; lng: number };
};

type MeilisearchHit = MeilisearchDocument & { _geoDistance?: number };

export function toMeilisearchDocuments(i: Initiative): MeilisearchDocument[] {
  const { locations, ...doc } = toSearchDocument(i);
  if (locations.length === 0) return [{ id: `${i.slug}--0`, ...doc }];
  return locations.map((l, n) => ({ id: `${i.slug}--${n}`, ...doc, _geo: { lat: l.lat, lng: l.lon } }));
}

/** The index settings (exported for the tests and for operators who configure by hand). */
export function meilisearchSettings(): Settings {
  return {
    searchableAttributes: ['name', 'tags', 'summary', 'places', 'people', 'body'],
    filterableAttributes: [
      'kind',
      'themes',
      'provincies',
      'werkgebied_provincies',
      'gemeenten',
      'landelijk',
      '_geo',
    ],
    sortableAttributes: ['sort_name', '_geo'],
    distinctAttribute: 'slug',
    displayedAttributes: ['slug'],
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    synonyms: meilisearchSynonyms(),
    stopWords: [...STOPWORDS_NL],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld'] }],
    pagination: { maxTotalHits: 100_000 },
  };
}

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const list = (values: readonly string[]) => `[${values.map(quote).join(', ')}]`;

/** The filters as Meilisearch filter expressions (an array means AND). */
export function meilisearchFilter(f: SearchFilters): string[] {
  const out: string[] = [];
  if (f.kind?.length) out.push(`kind IN ${list(f.kind)}`);
  if (f.theme?.length) out.push(`themes IN ${list(f.theme)}`);
  if (f.provincie?.length) out.push(`provincies IN ${list(f.provincie)}`);
  if (f.gemeente?.length) {
    const provincies = [...new Set(f.gemeente.map(provincieOf).filter((p) => p !== undefined))];
    const any = ['landelijk = true', `gemeenten IN ${list(f.gemeente)}`];
    if (provincies.length) any.push(`werkgebied_provincies IN ${list(provincies)}`);
    out.push(`(${any.join(' OR ')})`);
  }
  return out;
}

export function createMeilisearchIndex(config: MeilisearchConfig): SearchIndex {
  const client = new Meilisearch({ host: config.url, ...(config.apiKey ? { apiKey: config.apiKey } : {}) });
  const uid = config.index ?? 'initiatives';
  const index = client.index<MeilisearchDocument>(uid);
  const timeout = config.timeoutMs ?? 60_000;

  async function done(task: ReturnType<typeof index.addDocuments>): Promise<void> {
    const result = await task.waitTask({ timeout });
    if (result.status !== 'succeeded') {
      throw new Error(`Meilisearch task ${result.type} ${result.status}: ${result.error?.code ?? 'unknown'}`);
    }
  }

  return {
    engine: 'meilisearch',
    async replaceAll(directory) {
      const exists = await client
        .getIndex(uid)
        .then(() => true)
        .catch(() => false);
      if (!exists) await done(client.createIndex(uid, { primaryKey: 'id' }));
      await done(index.updateSettings(meilisearchSettings()));
      // Meilisearch runs tasks in order (and may batch these two), so searches never see a mix.
      await done(index.deleteAllDocuments());
      await done(index.addDocuments(directory.flatMap(toMeilisearchDocuments), { primaryKey: 'id' }));
    },
    async search(query: SearchQuery) {
      const q = query.q?.trim() ?? '';
      const sort = query.near
        ? [`_geoPoint(${query.near.lat}, ${query.near.lon}):asc`]
        : q === ''
          ? ['sort_name:asc']
          : undefined;
      const params = {
        filter: meilisearchFilter(query),
        page: query.page,
        hitsPerPage: query.perPage,
        matchingStrategy: 'last',
        attributesToRetrieve: ['slug'],
        ...(sort ? { sort } : {}),
      } satisfies SearchParams;
      const res = await index.search<MeilisearchHit, typeof params>(q, params);
      return {
        total: res.totalHits,
        hits: res.hits.map((h) => ({
          slug: h.slug,
          distanceKm: typeof h._geoDistance === 'number' ? h._geoDistance / 1000 : null,
        })),
      };
    },
  };
}
