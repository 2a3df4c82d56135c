/**
 * SearchIndex: full-text search with filters and distance sort over the directory. Two
 * implementations keep one contract (tests/search/contract.test.ts):
 * - in-process.ts — the embedded default, MiniSearch in memory;
 * - meilisearch.ts — a Meilisearch server, chosen by server.ts when MEILISEARCH_URL is set.
 *
 * Semantics both honour:
 * - Filters combine with AND; the values of one filter with OR (kind=werkplaats&kind=loket).
 * - provincie: the werkgebied reaches into the provincie (landelijk initiatives count everywhere).
 * - gemeente: the werkgebied covers the gemeente, by naming it, its provincie, or the whole country
 *   (the same rule as core/coverage.ts).
 * - q: every word should match (Dutch stemming, synonyms, typos, the last word as a prefix); when
 *   none match all words, results matching the first words follow (Meilisearch's "last" strategy).
 * - Order: with `near`, by distance from that point to the nearest location, initiatives without
 *   locations last; otherwise by relevance when there is a q, and by name when there is not.
 */
import { GEMEENTEN, type Provincie } from '../../content/places.ts';
import { activeProvinces, type Initiative, type Kind, type Theme } from '../../content/schema.ts';
import { fold } from '../core/text.ts';

export interface SearchFilters {
  kind?: readonly Kind[];
  theme?: readonly Theme[];
  provincie?: readonly Provincie[];
  /** 2025 CBS names. */
  gemeente?: readonly string[];
}

export interface SearchQuery extends SearchFilters {
  /** Free text; empty or absent lists everything that passes the filters. */
  q?: string;
  /** Sort by distance from this point (WGS84). */
  near?: { lat: number; lon: number };
  /** 1-based. */
  page: number;
  perPage: number;
}

export interface SearchHit {
  slug: string;
  /** km to the nearest location when `near` was given and the initiative has locations. */
  distanceKm: number | null;
}

export interface SearchPage {
  /** Every match, over all pages. */
  total: number;
  hits: SearchHit[];
}

export interface SearchIndex {
  /** 'in-process' or 'meilisearch', for logs and the benchmark. */
  readonly engine: string;
  /** Replaces every document with this directory; resolves when searchable. */
  replaceAll(directory: readonly Initiative[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchPage>;
}

/** What both engines index of an initiative: the text to search and the fields to filter on. */
export interface SearchDocument {
  slug: string;
  name: string;
  /** Folded name: the order when there is no q and no near (plain code-unit comparison). */
  sort_name: string;
  summary: string;
  body: string;
  /** Kind, themes and offer as words ("smart industry hub"). */
  tags: string;
  /** Regio, gemeenten, provincies and location names. */
  places: string;
  /** Partners and schools. */
  people: string;
  kind: Kind;
  themes: Theme[];
  /** Every provincie the werkgebied reaches into (all twelve for landelijk). */
  provincies: Provincie[];
  /** The provincies the werkgebied names as a whole. */
  werkgebied_provincies: Provincie[];
  gemeenten: string[];
  landelijk: boolean;
  locations: Array<{ lat: number; lon: number }>;
}

const words = (s: string) => s.replace(/-/g, ' ');

export function toSearchDocument(i: Initiative): SearchDocument {
  return {
    slug: i.slug,
    name: i.name,
    sort_name: fold(i.name),
    summary: i.summary,
    body: i.body,
    tags: [i.kind, ...i.themes, ...i.offer].map(words).join(' '),
    places: [
      i.werkgebied.regio ?? '',
      ...i.werkgebied.provincies,
      ...i.werkgebied.gemeenten,
      ...i.locations.flatMap((l) => [l.name ?? '', l.gemeente]),
    ]
      .filter(Boolean)
      .join(', '),
    people: [...i.partners, ...i.education.map((e) => e.name)].join(', '),
    kind: i.kind,
    themes: [...i.themes],
    provincies: activeProvinces(i),
    werkgebied_provincies: [...i.werkgebied.provincies],
    gemeenten: [...i.werkgebied.gemeenten],
    landelijk: i.werkgebied.landelijk,
    locations: i.locations.map((l) => ({ lat: l.lat, lon: l.lon })),
  };
}

const PROVINCIE_OF = new Map<string, Provincie>(GEMEENTEN.map(([naam, provincie]) => [naam, provincie]));

/** The provincie of a 2025 gemeente. */
export function provincieOf(gemeente: string): Provincie | undefined {
  return PROVINCIE_OF.get(gemeente);
}

/** Whether a document passes the filters (the in-process meaning of every filter). */
export function matchesFilters(doc: SearchDocument, f: SearchFilters): boolean {
  if (f.kind?.length && !f.kind.includes(doc.kind)) return false;
  if (f.theme?.length && !f.theme.some((t) => doc.themes.includes(t))) return false;
  if (f.provincie?.length && !f.provincie.some((p) => doc.provincies.includes(p))) return false;
  if (f.gemeente?.length) {
    const covered = f.gemeente.some((g) => {
      const p = provincieOf(g);
      return (
        doc.landelijk ||
        doc.gemeenten.includes(g) ||
        (p !== undefined && doc.werkgebied_provincies.includes(p))
      );
    });
    if (!covered) return false;
  }
  return true;
}
