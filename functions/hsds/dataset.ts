/**
 * The whole directory as HSDS 3.0, built once per site origin: the API endpoints under /api/hsds/
 * and the downloadable export (/api/hsds/export.json) read from the same object, so they cannot
 * disagree.
 */
import type { Initiative } from '../../content/schema.ts';
import type { Boundaries } from './boundaries.ts';
import { mapContext, mapInitiative, type MappedInitiative } from './map.ts';
import { taxonomies, taxonomyTerms } from './taxonomy.ts';
import type {
  HsdsFullOrganization,
  HsdsFullService,
  HsdsServiceAtLocation,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from './types.ts';

/** The HSDS version we publish. */
export const HSDS_VERSION = '3.0';

/**
 * We follow the base specification without a profile; `profile` points at the exact version of the
 * specification our responses are validated against (tests/fixtures/hsds-3.0).
 */
export const HSDS_PROFILE =
  'https://github.com/openreferral/specification/tree/279fd2eb3552c349bf698c07c00cc25f5fc8249b';

export interface HsdsDataset {
  baseUrl: string;
  /** In directory order (by name). */
  initiatives: MappedInitiative[];
  services: ReadonlyMap<string, MappedInitiative>;
  organizations: ReadonlyMap<string, MappedInitiative>;
  serviceAtLocations: ReadonlyMap<string, { initiative: MappedInitiative; index: number }>;
  taxonomies: HsdsTaxonomy[];
  taxonomyTerms: HsdsTaxonomyTerm[];
  /** Newest `last_checked` of the directory (JJJJ-MM-DD), '' when empty. */
  lastChecked: string;
}

export function buildHsdsDataset(
  directory: readonly Initiative[],
  options: { baseUrl: string; boundaries: Boundaries },
): HsdsDataset {
  const ctx = mapContext(options.baseUrl, options.boundaries);
  const sorted = [...directory].sort(
    (a, b) => a.name.localeCompare(b.name, 'nl') || (a.slug < b.slug ? -1 : 1),
  );
  const initiatives = sorted.map((i) => mapInitiative(i, ctx));
  const serviceAtLocations = new Map<string, { initiative: MappedInitiative; index: number }>();
  for (const m of initiatives)
    m.serviceAtLocations.forEach((s, index) => serviceAtLocations.set(s.id, { initiative: m, index }));
  return {
    baseUrl: options.baseUrl,
    initiatives,
    services: new Map(initiatives.map((m) => [m.service.id, m])),
    organizations: new Map(initiatives.map((m) => [m.organization.id, m])),
    serviceAtLocations,
    taxonomies: taxonomies(options.baseUrl),
    taxonomyTerms: taxonomyTerms(options.baseUrl),
    lastChecked: directory.reduce((newest, i) => (i.last_checked > newest ? i.last_checked : newest), ''),
  };
}

/** An organization in full; `fullService` nests each service in full instead of its one-to-one fields. */
export function fullOrganization(m: MappedInitiative, fullService = false): HsdsFullOrganization {
  return fullService ? { ...m.organization, services: [m.service] } : m.organization;
}

/** A service_at_location in full: with its location and the one-to-one fields of its service. */
export function fullServiceAtLocation(m: MappedInitiative, index: number): HsdsServiceAtLocation {
  return {
    ...m.service.service_at_locations[index]!,
    service: m.serviceSummary,
    contacts: [],
    phones: [],
    schedules: [],
  };
}

/** GET / of the HSDS API: version, profile and where to find the rest. */
export function hsdsInfo(ds: HsdsDataset) {
  return {
    version: HSDS_VERSION,
    profile: HSDS_PROFILE,
    openapi_url: `${ds.baseUrl}/api/v1/openapi.json`,
    description:
      'De gids van het Digitaal Ondernemersloket als Open Referral HSDS 3.0: elk initiatief is een organization met één service; werkgebieden zijn service_areas met CBS-grenzen; soorten hulp en onderwerpen zijn gepubliceerde taxonomieën.',
    export_url: `${ds.baseUrl}/api/hsds/export.json`,
    attribution: 'Grenzen van gemeenten en provincies: Bron: CBS / PDOK (CC BY 4.0).',
    total_services: ds.initiatives.length,
    last_checked: ds.lastChecked,
  };
}

/** The full export: every service fully nested (with its organization), and the taxonomies. */
export interface HsdsExport extends ReturnType<typeof hsdsInfo> {
  services: HsdsFullService[];
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
}

export function hsdsExport(ds: HsdsDataset): HsdsExport {
  return {
    ...hsdsInfo(ds),
    services: ds.initiatives.map((m) => m.service),
    taxonomies: ds.taxonomies,
    taxonomy_terms: ds.taxonomyTerms,
  };
}

/** One page as HSDS specifies it (openapi.json, components.schemas.Page), 1-based. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function hsdsPage<T>(items: readonly T[], page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.ceil(items.length / perPage);
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
