/**
 * The "werkplaats in de buurt" finder: which Digitale Werkplaats serves a postcode area, how far
 * away each werkplaats is, and which other initiatives work in the same gemeente and provincie.
 * Pure: the directory and the postcode table are passed in. Everything that depends only on the
 * directory is prepared once by createFinderIndex(); a query then only measures distances.
 */
import { GEMEENTEN } from '../../content/places.ts';
import type { Initiative, Kind } from '../../content/schema.ts';
import { coverage, type CoverageScope } from './coverage.ts';
import { distanceKm, type Pc4Area, type PostcodeTable } from './postcode.ts';

/** A physical location of an initiative (lat/lon may be the gemeente's centre; see `precision`). */
export type InitiativeLocation = Initiative['locations'][number];

/** The part of a postcode area the finder needs: where it is and which gemeente and provincie. */
export type Place = Pick<Pc4Area, 'gemeente' | 'provincie' | 'lat' | 'lon'>;

/** One werkplaats in the answer, with the reason for its place in the ranking. */
export interface RankedWerkplaats {
  initiative: Initiative;
  /** How its werkgebied covers the owner's gemeente; null when it does not. */
  scope: CoverageScope | null;
  /** Great-circle km from the postcode centroid to its nearest location; null without locations. */
  distanceKm: number | null;
  /** The location distanceKm was measured to. */
  location: InitiativeLocation | null;
}

/** Another initiative active where the owner is (not a werkplaats; those are ranked). */
export interface LocalInitiative {
  initiative: Initiative;
  /** 'gemeente' when the werkgebied names the gemeente, 'provincie' when it covers the whole province. */
  scope: Exclude<CoverageScope, 'landelijk'>;
}

/** The complete answer for one place. */
export interface FinderAnswer {
  /** true when at least one werkplaats's werkgebied covers the gemeente. */
  covered: boolean;
  /** Werkplaatsen, covering ones first, then by distance; at most `limit`. */
  werkplaatsen: RankedWerkplaats[];
  /** Other initiatives active in the gemeente or provincie: gemeente first, then by name. */
  local: LocalInitiative[];
  /** National initiatives to offer when no werkplaats covers the gemeente, most relevant first. */
  national: Initiative[];
}

/** Everything the finder derives from one directory, built once. */
export interface FinderIndex {
  /** Active werkplaatsen (kind 'werkplaats', not beëindigd), in directory order. */
  readonly werkplaatsen: readonly Initiative[];
  /** For every 2025 gemeente: how each werkplaats (same order as `werkplaatsen`) covers it. */
  readonly scopesByGemeente: ReadonlyMap<string, ReadonlyArray<CoverageScope | null>>;
  /** For every 2025 gemeente: the other initiatives active there, already sorted. */
  readonly localByGemeente: ReadonlyMap<string, readonly LocalInitiative[]>;
  /** Active national initiatives other than werkplaatsen, most relevant first. */
  readonly national: readonly Initiative[];
  /** Active initiatives of every other kind. */
  readonly others: readonly Initiative[];
}

/** How many national initiatives are offered when no werkplaats covers the gemeente. */
export const NATIONAL_LIMIT = 6;

const SCOPE_ORDER: Record<CoverageScope, number> = { gemeente: 0, provincie: 1, landelijk: 2 };

// Order of the national options: the loket and knowledge centres answer any question, a subsidy only some.
const NATIONAL_KIND_RANK: Record<Kind, number> = {
  loket: 0,
  kenniscentrum: 1,
  cybersecurity: 2,
  opleiding: 3,
  'mkb-deal': 4,
  'smart-industry-hub': 5,
  subsidie: 6,
  financiering: 7,
  'ict-dienstverlener': 8,
  werkplaats: 9, // ranked separately; never among `others`
};

const byName = (a: Initiative, b: Initiative) => a.name.localeCompare(b.name, 'nl');

function isActive(i: Initiative): boolean {
  return i.availability.status !== 'beeindigd';
}

/** Prepares a directory for the finder. Call once per directory; queries are then cheap. */
export function createFinderIndex(directory: readonly Initiative[]): FinderIndex {
  const active = directory.filter(isActive);
  const werkplaatsen = active.filter((i) => i.kind === 'werkplaats');
  const others = active.filter((i) => i.kind !== 'werkplaats');

  const scopesByGemeente = new Map<string, Array<CoverageScope | null>>();
  const localByGemeente = new Map<string, LocalInitiative[]>();
  for (const [gemeente, provincie] of GEMEENTEN) {
    const place = { gemeente, provincie };
    scopesByGemeente.set(
      gemeente,
      werkplaatsen.map((w) => coverage(w, place)),
    );

    localByGemeente.set(gemeente, localInitiatives(others, place));
  }

  const national = others
    .filter((i) => i.werkgebied.landelijk)
    .sort((a, b) => NATIONAL_KIND_RANK[a.kind] - NATIONAL_KIND_RANK[b.kind] || byName(a, b));

  return { werkplaatsen, others, scopesByGemeente, localByGemeente, national };
}

function localInitiatives(
  others: readonly Initiative[],
  place: Pick<Place, 'gemeente' | 'provincie'>,
): LocalInitiative[] {
  const local: LocalInitiative[] = [];
  for (const initiative of others) {
    const scope = coverage(initiative, place);
    if (scope === 'gemeente' || scope === 'provincie') local.push({ initiative, scope });
  }
  return local.sort(
    (a, b) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] || byName(a.initiative, b.initiative),
  );
}

function nearestLocation(
  locations: readonly InitiativeLocation[],
  from: Place,
): { location: InitiativeLocation; km: number } | null {
  let best: { location: InitiativeLocation; km: number } | null = null;
  for (const location of locations) {
    const km = distanceKm(from, location);
    if (!best || km < best.km) best = { location, km };
  }
  return best;
}

/**
 * Ranks every active werkplaats for a place: those whose werkgebied covers the gemeente first (the
 * one naming the gemeente before a province-wide or national one, since it is the regional
 * werkplaats), then by great-circle distance to the nearest location. Werkplaatsen without
 * locations come last within their group.
 */
export function rankWerkplaatsen(index: FinderIndex, place: Place, limit = Infinity): RankedWerkplaats[] {
  // A gemeente outside the 2025 list (pc4.csv has none) falls back to coverage() per query.
  const scopes =
    index.scopesByGemeente.get(place.gemeente) ?? index.werkplaatsen.map((w) => coverage(w, place));
  const ranked = index.werkplaatsen.map((initiative, i): RankedWerkplaats => {
    const near = nearestLocation(initiative.locations, place);
    return {
      initiative,
      scope: scopes[i] ?? null,
      distanceKm: near ? near.km : null,
      location: near ? near.location : null,
    };
  });
  ranked.sort(compareRanked);
  return ranked.slice(0, limit);
}

function compareRanked(a: RankedWerkplaats, b: RankedWerkplaats): number {
  const group = (r: RankedWerkplaats) => (r.scope === null ? 3 : SCOPE_ORDER[r.scope]);
  return (
    group(a) - group(b) ||
    (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
    byName(a.initiative, b.initiative)
  );
}

/** The whole answer for a place: ranked werkplaatsen, local initiatives and national options. */
export function findNearby(index: FinderIndex, place: Place, limit = 3): FinderAnswer {
  const werkplaatsen = rankWerkplaatsen(index, place, limit);
  const local = index.localByGemeente.get(place.gemeente) ?? localInitiatives(index.others, place);
  return {
    covered: werkplaatsen.some((w) => w.scope !== null),
    werkplaatsen,
    local: [...local],
    national: index.national.slice(0, NATIONAL_LIMIT),
  };
}

/**
 * Why a werkplaats is in the list, in Dutch, as the API and the Dutch page say it:
 * "werkgebied omvat Enschede", "werkgebied omvat heel Overijssel", "werkt in heel Nederland",
 * or the distance ("12 km").
 */
export function reasonNl(r: Pick<RankedWerkplaats, 'scope' | 'distanceKm'>, place: Place): string {
  switch (r.scope) {
    case 'gemeente':
      return `werkgebied omvat ${place.gemeente}`;
    case 'provincie':
      return `werkgebied omvat heel ${place.provincie}`;
    case 'landelijk':
      return 'werkt in heel Nederland';
    default:
      return r.distanceKm === null ? 'afstand onbekend' : formatKmNl(r.distanceKm);
  }
}

/** "12 km", "minder dan 1 km". */
export function formatKmNl(km: number): string {
  return km < 1 ? 'minder dan 1 km' : `${Math.round(km)} km`;
}

/** The distance as the API returns it: km with one decimal. */
export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}

/** How far (km) a position may be from the nearest PC4 centroid and still count as in the Netherlands. */
export const MAX_KM_TO_CENTROID = 15;

const areaArrays = new WeakMap<PostcodeTable, { areas: Pc4Area[]; lat: Float64Array; lon: Float64Array }>();

/**
 * The PC4 area whose centroid is nearest to a position (from the browser's geolocation), or null
 * when the position is more than MAX_KM_TO_CENTROID from every centroid (abroad or at sea).
 */
export function nearestArea(table: PostcodeTable, point: { lat: number; lon: number }): Pc4Area | null {
  let arrays = areaArrays.get(table);
  if (!arrays) {
    const areas = [...table.values()];
    arrays = {
      areas,
      lat: Float64Array.from(areas, (a) => a.lat),
      lon: Float64Array.from(areas, (a) => a.lon),
    };
    areaArrays.set(table, arrays);
  }
  // An equirectangular comparison is exact enough to pick the nearest centroid within the Netherlands.
  const k = Math.cos((point.lat * Math.PI) / 180) ** 2;
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < arrays.areas.length; i++) {
    const dLat = arrays.lat[i]! - point.lat;
    const dLon = arrays.lon[i]! - point.lon;
    const d = dLat * dLat + k * dLon * dLon;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  const area = arrays.areas[best];
  if (!area || distanceKm(area, point) > MAX_KM_TO_CENTROID) return null;
  return area;
}
