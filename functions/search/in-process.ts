/**
 * The embedded SearchIndex: MiniSearch in memory.
 *
 * Why MiniSearch (7.x) and not Orama: MiniSearch is small, has no dependencies, searches
 * synchronously and lets us plug in our own tokenizer, so the index uses exactly the router's Dutch
 * Snowball stemmer (@orama/stemmers via core/stem.ts) and the shared synonym list, with fuzzy and
 * prefix search per term. Orama would bring the same stemmer but its own tokenizer and an async
 * API, and its geosearch holds one point per document, while we sort by the nearest of several
 * locations, which is a few lines here.
 */
import MiniSearch from 'minisearch';
import type { Initiative } from '../../content/schema.ts';
import { distanceKm } from '../core/postcode.ts';
import { documentTerms, queryTerms, typoBudget } from './analyze.ts';
import {
  matchesFilters,
  toSearchDocument,
  type SearchDocument,
  type SearchHit,
  type SearchIndex,
  type SearchPage,
  type SearchQuery,
} from './search-index.ts';
import { synonymLookup } from './synonyms.ts';

const FIELDS = ['name', 'summary', 'tags', 'places', 'people', 'body'] as const;
const BOOST = { name: 4, tags: 2, summary: 2, places: 2, people: 1, body: 1 };
const KEYS = new Set(synonymLookup().words.values());

interface Ranked {
  doc: SearchDocument;
  /** How many leading query words it matches (all words first). */
  tier: number;
  score: number;
  distance: number | null;
}

/** Nearest location in km, or null without locations. */
function nearest(doc: SearchDocument, point: { lat: number; lon: number }): number | null {
  let best: number | null = null;
  for (const l of doc.locations) {
    const d = distanceKm(point, l);
    if (best === null || d < best) best = d;
  }
  return best;
}

const byName = (a: Ranked, b: Ranked) =>
  a.doc.sort_name < b.doc.sort_name ? -1 : a.doc.sort_name > b.doc.sort_name ? 1 : 0;

export function createInProcessIndex(directory: readonly Initiative[] = []): SearchIndex & {
  /** The same as search(), without the Promise: the benchmark and the routes use it directly. */
  searchSync(query: SearchQuery): SearchPage;
} {
  let docs = new Map<string, SearchDocument>();
  let sorted: SearchDocument[] = [];
  let mini: MiniSearch<SearchDocument> | undefined;
  // Indexed on the first search: apps that never search (most tests) do not pay for it.
  let pending: readonly Initiative[] | undefined = directory;

  function build(list: readonly SearchDocument[]): MiniSearch<SearchDocument> {
    const m = new MiniSearch<SearchDocument>({
      idField: 'slug',
      fields: [...FIELDS],
      storeFields: [],
      tokenize: (text) => documentTerms(text),
      processTerm: (term) => term,
      searchOptions: {
        // Queries arrive already analysed (queryTerms), joined by spaces.
        tokenize: (text) => text.split(' ').filter(Boolean),
        processTerm: (term) => term,
        boost: BOOST,
        fuzzy: (term) => typoBudget(term) || false,
      },
    });
    m.addAll(list);
    return m;
  }

  function load(list: readonly Initiative[]) {
    const next = list.map(toSearchDocument);
    docs = new Map(next.map((d) => [d.slug, d]));
    sorted = [...next].sort((a, b) => (a.sort_name < b.sort_name ? -1 : a.sort_name > b.sort_name ? 1 : 0));
    mini = build(next);
  }

  function searchSync(query: SearchQuery): SearchPage {
    if (pending) {
      load(pending);
      pending = undefined;
    }
    const terms = queryTerms(query.q ?? '');
    const pass = (d: SearchDocument) => matchesFilters(d, query);
    let ranked: Ranked[];
    if (terms.length === 0) {
      ranked = sorted.filter(pass).map((doc) => ({ doc, tier: 0, score: 0, distance: null }));
    } else {
      // One OR search; a result's tier is how many leading query words it matches, and only
      // results matching the first word count (Meilisearch's "last" matching strategy).
      const results = mini!.search(terms.join(' '), {
        combineWith: 'OR',
        // Only the word being typed, the last one, is completed as a prefix.
        prefix: (term, i, all) => i === all.length - 1 && !KEYS.has(term),
        filter: (r) => pass(docs.get(r.id as string)!),
      });
      const seen: Ranked[] = [];
      for (const r of results) {
        const matched = new Set(r.queryTerms);
        let tier = 0;
        while (tier < terms.length && matched.has(terms[tier]!)) tier++;
        if (tier > 0) seen.push({ doc: docs.get(r.id as string)!, tier, score: r.score, distance: null });
      }
      ranked = seen.sort((a, b) => b.tier - a.tier || b.score - a.score || byName(a, b));
    }
    if (query.near) {
      const point = query.near;
      for (const r of ranked) r.distance = nearest(r.doc, point);
      // Stable sort: equal distances keep the relevance (or name) order.
      ranked.sort((a, b) => {
        if (a.distance === null || b.distance === null)
          return a.distance === b.distance ? 0 : a.distance === null ? 1 : -1;
        return a.distance - b.distance;
      });
    }
    const start = (query.page - 1) * query.perPage;
    const hits: SearchHit[] = ranked
      .slice(start, start + query.perPage)
      .map((r) => ({ slug: r.doc.slug, distanceKm: r.distance }));
    return { total: ranked.length, hits };
  }

  return {
    engine: 'in-process',
    replaceAll(list) {
      pending = undefined;
      load(list);
      return Promise.resolve();
    },
    search(query) {
      return Promise.resolve(searchSync(query));
    },
    searchSync,
  };
}
