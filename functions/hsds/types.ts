/**
 * The HSDS 3.0 objects we publish, as TypeScript. Only the fields we fill are typed; the official
 * JSON schemas (tests/fixtures/hsds-3.0) are the reference and every response is checked against
 * them in tests/routes/hsds.test.ts.
 */

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri: string;
  version: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail: HsdsTaxonomy;
  language: string;
  term_uri: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

export interface HsdsPhone {
  id: string;
  service_id?: string;
  organization_id?: string;
  number: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  organization_id: string;
  name: string;
  description: string;
  latitude?: number;
  longitude?: number;
  addresses: HsdsAddress[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  description: string;
  location?: HsdsLocation;
  service?: HsdsService;
  contacts?: never[];
  phones?: never[];
  schedules?: never[];
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description: string;
  extent: string;
  extent_type: 'geojson';
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  valid_from: string;
  description: string;
}

export interface HsdsCostOption {
  id: string;
  service_id: string;
  option: string;
  currency?: string;
  amount?: number;
  amount_description?: string;
}

export interface HsdsOrganizationIdentifier {
  id: string;
  organization_id: string;
  identifier_scheme: string;
  identifier_type: string;
  identifier: string;
}

/** The one-to-one fields of an organization (the list view). */
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  website?: string;
  email?: string;
  uri: string;
}

export interface HsdsFullOrganization extends HsdsOrganization {
  organization_identifiers: HsdsOrganizationIdentifier[];
  locations: HsdsLocation[];
  phones: HsdsPhone[];
  contacts: never[];
  funding: never[];
  programs: never[];
  attributes: never[];
  services: HsdsService[];
}

/** The one-to-one fields of a service (the list view). */
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  fees_description?: string;
  eligibility_description?: string;
  alert?: string;
  assured_date: string;
}

export interface HsdsFullService extends HsdsService {
  organization: HsdsOrganization;
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
  schedules: HsdsSchedule[];
  cost_options: HsdsCostOption[];
  phones: HsdsPhone[];
  attributes: HsdsAttribute[];
  languages: never[];
  contacts: never[];
  funding: never[];
  required_documents: never[];
}
