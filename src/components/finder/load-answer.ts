/**
 * Server side of the finder page: the no-JS answer for ?postcode=, and the data the browser script
 * needs (strings, marker positions). Uses the same pure functions and response shape as the API.
 */
import { PROVINCIES } from '../../../content/places.ts';
import type { Initiative } from '../../../content/schema.ts';
import { createFinderIndex, findNearby, type FinderIndex } from '../../../functions/core/nearest.ts';
import { lookupPostcode, parsePostcode } from '../../../functions/core/postcode.ts';
import { loadPostcodes } from '../../../functions/data.ts';
import { toNearestResponse, type NearestResponse } from '../../../functions/routes/werkplaatsen.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { provinceSlug } from '../../lib/site.ts';
import type { FinderContext, FinderError } from './render.ts';

/** How many werkplaatsen the page lists. */
export const FINDER_LIMIT = 3;

const indexes = new WeakMap<readonly Initiative[], FinderIndex>();

/** The finder index for a directory, built once. */
export function finderIndex(directory: readonly Initiative[]): FinderIndex {
  let index = indexes.get(directory);
  if (!index) {
    index = createFinderIndex(directory);
    indexes.set(directory, index);
  }
  return index;
}

export type PageState =
  | { kind: 'empty' }
  | { kind: 'answer'; input: string; answer: NearestResponse }
  | { kind: 'error'; input: string; error: FinderError };

/** What the page shows for its query string: nothing yet, an answer, or an error for the field. */
export function pageState(directory: readonly Initiative[], params: URLSearchParams): PageState {
  const input = params.get('postcode');
  if (input === null) return { kind: 'empty' };
  const found = lookupPostcode(loadPostcodes(), input);
  if (found.ok) {
    const answer = toNearestResponse(
      found.area,
      findNearby(finderIndex(directory), found.area, FINDER_LIMIT),
    );
    return { kind: 'answer', input, answer };
  }
  if (found.reason === 'unknown') {
    const parsed = parsePostcode(input);
    const pc4 = parsed.ok ? parsed.pc4 : input.trim();
    return { kind: 'error', input, error: { kind: 'unknown', pc4, detail: found.detail } };
  }
  return {
    kind: 'error',
    input,
    error: { kind: input.trim() === '' ? 'empty' : 'invalid', detail: found.detail },
  };
}

/** Strings and links the renderer needs, for one language. */
export function finderContext(lang: Lang): FinderContext {
  const m = t(lang);
  return {
    lang,
    s: m.finder,
    kinds: m.labels.kinds,
    status: m.labels.status,
    // The province landscape exists in Dutch only.
    provinceUrls: Object.fromEntries(PROVINCIES.map((p) => [p, `/provincie/${provinceSlug(p)}`])),
  };
}

/** A werkplaats as the map draws it. */
export interface MapWerkplaats {
  slug: string;
  name: string;
  locations: Array<{ lat: number; lon: number }>;
  werkgebied: { landelijk: boolean; provincies: string[]; gemeenten: string[] };
}

/** Every active werkplaats with its locations, for the map's markers. */
export function mapWerkplaatsen(directory: readonly Initiative[]): MapWerkplaats[] {
  return finderIndex(directory).werkplaatsen.map((w) => ({
    slug: w.slug,
    name: w.name,
    locations: w.locations.map((l) => ({ lat: l.lat, lon: l.lon })),
    werkgebied: {
      landelijk: w.werkgebied.landelijk,
      provincies: [...w.werkgebied.provincies],
      gemeenten: w.werkgebied.gemeenten,
    },
  }));
}

/** JSON for a <script type="application/json">, safe against "</script>" in content. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
