/**
 * One initiative → HSDS 3.0 records. The mapping, field by field, and what is left out:
 *
 * - initiative → organization (name, summary, website, contact email, page on the loket as uri,
 *   KVK number as organization_identifier, scheme "NL-KVK" as in org-id.guide) and one service.
 * - service: summary and body as description, website (or the contact page) as url, contact
 *   email and phone, `last_checked` as assured_date, kind and themes as attributes linking to our
 *   published taxonomies (taxonomy.ts), cost as fees_description and cost_options, firm size and
 *   sectors as eligibility_description.
 * - availability.status → service.status: open, vol and onbekend → active (a service exists; "vol"
 *   goes in `alert`), gesloten → temporarily closed, beeindigd → defunct. Closed periods and the
 *   note go in `alert`; next_intake becomes a schedule valid from that date. HSDS 3.0 has no
 *   service_capacity (that arrived in 3.1), so capacity is text.
 * - werkgebied → service_areas: one per gemeente and per provincie with its CBS boundary, or one
 *   "Nederland" with the country's bounding box (boundaries.ts explains the choice).
 * - locations → location + service_at_location. Only confirmed facts: precision "adres" gives
 *   latitude/longitude, and an address when it reads "straat nr, 1234 AB Plaats"; precision
 *   "gemeente" (the gemeente's centre stands in) gives neither, only the gemeente in the text.
 * - Not filled, because content/ does not hold them as confirmed facts: languages, funding,
 *   programs, required documents, schedules with opening hours, last_modified.
 */
import { GEMEENTEN } from '../../content/places.ts';
import type { Initiative } from '../../content/schema.ts';
import type { Boundaries, Geometry } from './boundaries.ts';
import { kindTermId, taxonomyTerms, themeTermId } from './taxonomy.ts';
import type {
  HsdsAddress,
  HsdsAttribute,
  HsdsCostOption,
  HsdsFullOrganization,
  HsdsFullService,
  HsdsLocation,
  HsdsOrganization,
  HsdsPhone,
  HsdsSchedule,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
  HsdsTaxonomyTerm,
} from './types.ts';
import { hsdsId } from './uuid.ts';

const PROVINCIE_OF = new Map<string, string>(GEMEENTEN.map(([naam, provincie]) => [naam, provincie]));

/** Everything HSDS says about one initiative, in full; the views pick from it. */
export interface MappedInitiative {
  slug: string;
  /** The organization in full, its `services` holding the one-to-one fields of the service. */
  organization: HsdsFullOrganization;
  /** The service in full, its `organization` holding the one-to-one fields of the organization. */
  service: HsdsFullService;
  /** One per location, without the nested location (service.service_at_locations has it). */
  serviceAtLocations: HsdsServiceAtLocation[];
  /** The one-to-one fields only: what the list endpoints return. */
  organizationSummary: HsdsOrganization;
  serviceSummary: HsdsService;
}

export interface MapContext {
  /** Absolute origin of the site, without trailing slash, e.g. https://loket.example.nl. */
  baseUrl: string;
  boundaries: Boundaries;
  /** The published terms, by id. */
  terms: ReadonlyMap<string, HsdsTaxonomyTerm>;
}

export function mapContext(baseUrl: string, boundaries: Boundaries): MapContext {
  return { baseUrl, boundaries, terms: new Map(taxonomyTerms(baseUrl).map((t) => [t.id, t])) };
}

/** Markdown to plain text, enough for our bodies: links keep their address, emphasis goes. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '- ')
    .trim();
}

const ADDRESS = /^(?<street>.+?),\s*(?<postcode>[1-9]\d{3}\s?[A-Za-z]{2})\s+(?<city>.+)$/;

const STATUS = {
  open: 'active',
  vol: 'active',
  onbekend: 'active',
  gesloten: 'temporarily closed',
  beeindigd: 'defunct',
} as const;

function alertOf(i: Initiative): string | undefined {
  const parts: string[] = [];
  if (i.availability.status === 'vol')
    parts.push('Op dit moment vol: er worden geen nieuwe aanvragen aangenomen.');
  for (const p of i.availability.closed_periods)
    parts.push(`Geen intake van ${p.from} tot en met ${p.to} (${p.reason}).`);
  if (i.availability.note) parts.push(i.availability.note);
  return parts.length ? parts.join(' ') : undefined;
}

function feesOf(i: Initiative): string | undefined {
  if (!i.cost) return undefined;
  const base = {
    gratis: 'Gratis.',
    bijdrage: 'Je betaalt een eigen bijdrage.',
    commercieel: 'Commercieel tarief.',
  }[i.cost];
  return i.cost_note ? `${base} ${i.cost_note}` : base;
}

function costOptionsOf(i: Initiative, serviceId: string): HsdsCostOption[] {
  if (!i.cost) return [];
  const id = hsdsId('cost_option', i.slug);
  if (i.cost === 'gratis')
    return [{ id, service_id: serviceId, option: 'Gratis', currency: 'EUR', amount: 0 }];
  const option = i.cost === 'bijdrage' ? 'Eigen bijdrage' : 'Commercieel tarief';
  return [{ id, service_id: serviceId, option, ...(i.cost_note ? { amount_description: i.cost_note } : {}) }];
}

function eligibilityOf(i: Initiative): string | undefined {
  const parts: string[] = [];
  const f = i.firm_size;
  if (f?.min !== undefined && f.max !== undefined)
    parts.push(`Voor bedrijven met ${f.min} tot en met ${f.max} medewerkers.`);
  else if (f?.max !== undefined) parts.push(`Voor bedrijven met hoogstens ${f.max} medewerkers.`);
  else if (f?.min !== undefined) parts.push(`Voor bedrijven met minstens ${f.min} medewerkers.`);
  if (i.sectors.length)
    parts.push(`Alleen voor de sector${i.sectors.length > 1 ? 'en' : ''}: ${i.sectors.join(', ')}.`);
  return parts.length ? parts.join(' ') : undefined;
}

function serviceAreasOf(i: Initiative, serviceId: string, ctx: MapContext): HsdsServiceArea[] {
  const w = i.werkgebied;
  const notes = [
    w.regio ? `Regio: ${w.regio}.` : '',
    i.unconfirmed.includes('werkgebied') ? 'Het werkgebied is nog niet bevestigd.' : '',
  ].filter(Boolean);
  const area = (key: string, name: string, description: string, geometry: Geometry): HsdsServiceArea => ({
    id: hsdsId('service_area', i.slug, key),
    service_id: serviceId,
    name,
    description: [description, ...notes].join(' '),
    extent: JSON.stringify(geometry),
    extent_type: 'geojson',
  });
  if (w.landelijk) {
    return [
      area(
        'landelijk',
        'Nederland',
        'Heel Nederland. De vorm is de omhullende rechthoek van Nederland; het werkgebied is het land zelf.',
        ctx.boundaries.netherlands,
      ),
    ];
  }
  const out: HsdsServiceArea[] = [];
  for (const p of w.provincies) {
    const b = ctx.boundaries.provincies.get(p);
    if (b)
      out.push(
        area(
          `provincie:${p}`,
          p,
          `Provincie ${p} (CBS ${b.code}). Grens: CBS/PDOK 2025, vereenvoudigd.`,
          b.geometry,
        ),
      );
  }
  for (const g of w.gemeenten) {
    const b = ctx.boundaries.gemeenten.get(g);
    if (b)
      out.push(
        area(
          `gemeente:${g}`,
          g,
          `Gemeente ${g} (CBS ${b.code}). Grens: CBS/PDOK 2025, vereenvoudigd.`,
          b.geometry,
        ),
      );
  }
  return out;
}

function locationsOf(i: Initiative, organizationId: string): HsdsLocation[] {
  const seen = new Map<string, number>();
  return i.locations.map((l) => {
    // Keyed by what identifies the place, not by position, so reordering keeps the ids.
    let key = `${l.gemeente}:${l.name ?? ''}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) key += `:${n}`;
    const id = hsdsId('location', i.slug, key);
    const provincie = PROVINCIE_OF.get(l.gemeente) ?? '';
    const confirmed = l.precision === 'adres';
    const parsed = confirmed && l.address ? ADDRESS.exec(l.address)?.groups : undefined;
    const addresses: HsdsAddress[] = parsed
      ? [
          {
            id: hsdsId('address', i.slug, key),
            location_id: id,
            address_1: parsed.street!.trim(),
            city: parsed.city!.trim(),
            state_province: provincie,
            postal_code: parsed.postcode!.toUpperCase().replace(/^(\d{4})\s?/, '$1 '),
            country: 'NL',
            address_type: 'physical',
          },
        ]
      : [];
    return {
      id,
      location_type: 'physical',
      organization_id: organizationId,
      name: l.name ?? `${i.name}, ${l.gemeente}`,
      description: confirmed
        ? `In de gemeente ${l.gemeente} (${provincie}).`
        : `In de gemeente ${l.gemeente} (${provincie}). Het precieze adres is nog niet bevestigd.`,
      ...(confirmed ? { latitude: l.lat, longitude: l.lon } : {}),
      addresses,
    };
  });
}

function attributesOf(i: Initiative, serviceId: string, ctx: MapContext): HsdsAttribute[] {
  const link = (key: string, termId: string, linkType: string): HsdsAttribute => ({
    id: hsdsId('attribute', i.slug, key),
    link_id: serviceId,
    link_type: linkType,
    link_entity: 'service',
    taxonomy_term_id: termId,
    taxonomy_term: ctx.terms.get(termId)!,
  });
  return [
    link(`kind:${i.kind}`, kindTermId(i.kind), 'service_type'),
    ...i.themes.map((t) => link(`theme:${t}`, themeTermId(t), 'topic')),
  ];
}

/** Maps one initiative; pure apart from the boundaries it is given. */
export function mapInitiative(i: Initiative, ctx: MapContext): MappedInitiative {
  const organizationId = hsdsId('organization', i.slug);
  const serviceId = hsdsId('service', i.slug);
  const email = i.contact?.email;
  const phones: HsdsPhone[] = i.contact?.phone
    ? [{ id: hsdsId('phone', i.slug), service_id: serviceId, number: i.contact.phone }]
    : [];

  const organization: HsdsOrganization = {
    id: organizationId,
    name: i.name,
    description: i.summary,
    ...(i.website ? { website: i.website } : {}),
    ...(email ? { email } : {}),
    uri: `${ctx.baseUrl}/initiatieven/${i.slug}`,
  };
  const url = i.website ?? i.contact?.url;
  const fees = feesOf(i);
  const eligibility = eligibilityOf(i);
  const alert = alertOf(i);
  const service: HsdsService = {
    id: serviceId,
    organization_id: organizationId,
    name: i.name,
    description: i.body ? `${i.summary}\n\n${plainText(i.body)}` : i.summary,
    ...(url ? { url } : {}),
    ...(email ? { email } : {}),
    status: STATUS[i.availability.status],
    ...(fees ? { fees_description: fees } : {}),
    ...(eligibility ? { eligibility_description: eligibility } : {}),
    ...(alert ? { alert } : {}),
    assured_date: i.last_checked,
  };
  const locations = locationsOf(i, organizationId);
  const serviceAtLocations: HsdsServiceAtLocation[] = locations.map((l) => ({
    id: hsdsId('service_at_location', i.slug, l.id),
    service_id: serviceId,
    location_id: l.id,
    description: `${i.name} in ${l.name}.`,
  }));
  const schedules: HsdsSchedule[] = i.availability.next_intake
    ? [
        {
          id: hsdsId('schedule', i.slug, 'next_intake'),
          service_id: serviceId,
          valid_from: i.availability.next_intake,
          description: `Nieuwe aanvragen worden weer aangenomen vanaf ${i.availability.next_intake}.`,
        },
      ]
    : [];

  return {
    slug: i.slug,
    organization: {
      ...organization,
      organization_identifiers: i.kvk
        ? [
            {
              id: hsdsId('organization_identifier', i.slug, 'kvk'),
              organization_id: organizationId,
              identifier_scheme: 'NL-KVK',
              identifier_type: 'KVK-nummer',
              identifier: i.kvk,
            },
          ]
        : [],
      locations,
      phones: [],
      contacts: [],
      funding: [],
      programs: [],
      attributes: [],
      services: [service],
    },
    service: {
      ...service,
      organization,
      service_areas: serviceAreasOf(i, serviceId, ctx),
      service_at_locations: serviceAtLocations.map((s, n) => ({ ...s, location: locations[n]! })),
      schedules,
      cost_options: costOptionsOf(i, serviceId),
      phones,
      attributes: attributesOf(i, serviceId, ctx),
      languages: [],
      contacts: [],
      funding: [],
      required_documents: [],
    },
    serviceAtLocations,
    organizationSummary: organization,
    serviceSummary: service,
  };
}
