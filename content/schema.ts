/**
 * The single definition of an initiative in the directory. The Astro site (src/content.config.ts),
 * the API (functions/) and `npm run content:check` all validate content/ with this schema.
 *
 * Every message here is read by provincial editors: plain Dutch, saying what is expected.
 */
import { z } from 'zod';
import { GEMEENTEN, PROVINCIES, type Provincie } from './places.ts';

/** The ten kinds of help. Each has one meaning, used by the router (see README "Soorten hulp"). */
export const KINDS = [
  'werkplaats',
  'mkb-deal',
  'subsidie',
  'cybersecurity',
  'smart-industry-hub',
  'kenniscentrum',
  'financiering',
  'ict-dienstverlener',
  'opleiding',
  'loket',
] as const;
export type Kind = (typeof KINDS)[number];

/** Topics an initiative helps with. */
export const THEMES = [
  'online-sales-marketing',
  'data',
  'automatisering',
  'cybersecurity',
  'industrie-4-0',
  'ai',
  'e-commerce',
  'innovatie',
  'financiering',
  'scholing',
  'ondernemen',
] as const;
export type Theme = (typeof THEMES)[number];

/** What an owner concretely gets. */
export const OFFER_TYPES = [
  'advies',
  'vraagarticulatie',
  'stappenplan',
  'prototype',
  'onderzoek',
  'webinar',
  'masterclass',
  'helpdesk',
  'training',
  'scan',
  'netwerk',
  'lening',
  'investering',
  'subsidie',
  'voucher',
  'implementatie',
  'doorverwijzing',
  'informatie',
] as const;
export type OfferType = (typeof OFFER_TYPES)[number];

export const COSTS = ['gratis', 'bijdrage', 'commercieel'] as const;
export type Cost = (typeof COSTS)[number];

export const EDUCATION_LEVELS = ['mbo', 'hbo', 'wo'] as const;

/** open: takes new requests; vol: no capacity now; gesloten: temporarily closed; beeindigd: stopped for good. */
export const CAPACITY_STATUSES = ['open', 'vol', 'gesloten', 'beeindigd', 'onbekend'] as const;
export type CapacityStatus = (typeof CAPACITY_STATUSES)[number];

/** Folder names under content/: one per province, plus 'landelijk'. */
export const CURATORS = ['landelijk', ...PROVINCIES] as const;
export type Curator = (typeof CURATORS)[number];

const GEMEENTE_NAMES = new Set(GEMEENTEN.map(([naam]) => naam));

/** 'Fryslân' → 'fryslan', 'Noord-Brabant' → 'noord-brabant'. */
export function curatorFolder(curator: Curator): string {
  return curator
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const isoDate = z
  .string({ required_error: 'Vul een datum in (JJJJ-MM-DD).' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-27.')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Deze datum bestaat niet.');

const url = z
  .string()
  .url('Vul een volledig webadres in dat begint met https:// of http://.')
  .refine((s) => /^https?:\/\//.test(s), 'Een webadres begint met https:// of http://.');

const provincie = z.enum(PROVINCIES, {
  errorMap: () => ({ message: `Kies een provincie uit: ${PROVINCIES.join(', ')}.` }),
});

const gemeente = z.string().refine(
  (name) => GEMEENTE_NAMES.has(name),
  (name) => ({
    message: `"${name}" is geen gemeente in de indeling van 2025. Gebruik de officiële CBS-naam, bijvoorbeeld "Hengelo (O.)" of "'s-Hertogenbosch".`,
  }),
);

/** Where a source came from and which facts it supports. */
export const SourceSchema = z.object({
  /** The public page the facts come from. */
  url,
  /** Which facts this source supports, e.g. "naam, instellingen, startjaar". */
  supports: z.string().min(3, 'Schrijf op welke feiten deze bron onderbouwt.'),
  /** When the source was consulted. */
  accessed: isoDate.optional(),
});

/** Werkgebied: either the whole country or a list of provinces and/or gemeenten. */
export const WerkgebiedSchema = z
  .object({
    /** true when the initiative serves the whole of the Netherlands. */
    landelijk: z.boolean().default(false),
    /** Provinces served entirely (2025 names). */
    provincies: z.array(provincie).default([]),
    /** Gemeenten served (2025 CBS names), for initiatives with a smaller region. */
    gemeenten: z.array(gemeente).default([]),
    /** The region as people call it, e.g. "Twente" or "Noordoost-Brabant". */
    regio: z.string().optional(),
  })
  .refine((w) => w.landelijk || w.provincies.length > 0 || w.gemeenten.length > 0, {
    message: 'Vul het werkgebied in: zet landelijk op true, of noem minstens één provincie of gemeente.',
  })
  .refine((w) => !(w.landelijk && (w.provincies.length > 0 || w.gemeenten.length > 0)), {
    message: 'Een landelijk initiatief noemt geen provincies of gemeenten.',
  });

export const LocationSchema = z.object({
  /** e.g. "Hogeschool van Amsterdam, Wibauthuis". */
  name: z.string().optional(),
  /** Street address when confirmed; leave out otherwise. */
  address: z.string().optional(),
  /** Gemeente (2025 name) the location is in. */
  gemeente,
  /** Latitude in WGS84. */
  lat: z
    .number({ invalid_type_error: 'Breedtegraad (lat) is een getal, bijvoorbeeld 52.37.' })
    .min(50.7)
    .max(53.6),
  /** Longitude in WGS84. */
  lon: z
    .number({ invalid_type_error: 'Lengtegraad (lon) is een getal, bijvoorbeeld 4.9.' })
    .min(3.3)
    .max(7.3),
  /**
   * 'adres' when lat/lon is the confirmed address; 'gemeente' when only the town is known and
   * lat/lon is the gemeente's centre (shown as "adres nog niet bevestigd").
   */
  precision: z.enum(['adres', 'gemeente']),
});

export const EducationSchema = z.object({
  name: z.string().min(2),
  level: z.enum(EDUCATION_LEVELS, {
    errorMap: () => ({ message: 'Kies het niveau: mbo, hbo of wo.' }),
  }),
});

export const ClosedPeriodSchema = z.object({
  from: isoDate,
  to: isoDate,
  /** e.g. "zomervakantie". */
  reason: z.string(),
});

export const AvailabilitySchema = z.object({
  status: z.enum(CAPACITY_STATUSES, {
    errorMap: () => ({ message: `Kies een status uit: ${CAPACITY_STATUSES.join(', ')}.` }),
  }),
  /** Periods without intake, such as the summer break of the schools. */
  closed_periods: z.array(ClosedPeriodSchema).default([]),
  /** Next date on which new requests are taken in, when confirmed. */
  next_intake: isoDate.optional(),
  /** Free text, e.g. "aanvragen niet meer mogelijk sinds 2023". */
  note: z.string().optional(),
});

const email = z.string().email('Vul een geldig e-mailadres in.');

export const ContactSchema = z.object({
  email: email.optional(),
  phone: z.string().optional(),
  /** A contact or intake page. */
  url: url.optional(),
});

/**
 * The frontmatter of one content file (content/<provincie or landelijk>/<slug>.md).
 * The slug is the file name; the Markdown body is the longer description.
 */
export const InitiativeFileSchema = z
  .object({
    /** Official name. */
    name: z.string({ required_error: 'Vul de naam in.' }).min(2, 'Vul de naam in.'),
    /** Exactly one of the ten kinds. */
    kind: z.enum(KINDS, {
      errorMap: () => ({ message: `Kies één soort uit: ${KINDS.join(', ')}.` }),
    }),
    /** One or two sentences: what it offers, to whom. Shown in lists and search results. */
    summary: z
      .string({ required_error: 'Vul een korte samenvatting in.' })
      .min(20, 'De samenvatting is te kort: schrijf één of twee zinnen (minstens 20 tekens).')
      .max(320, 'De samenvatting is te lang: houd het bij 320 tekens.'),
    themes: z
      .array(
        z.enum(THEMES, {
          errorMap: () => ({ message: `Kies thema's uit: ${THEMES.join(', ')}.` }),
        }),
      )
      .min(1, 'Kies minstens één thema.'),
    offer: z
      .array(
        z.enum(OFFER_TYPES, {
          errorMap: () => ({ message: `Kies vormen van hulp uit: ${OFFER_TYPES.join(', ')}.` }),
        }),
      )
      .default([]),
    werkgebied: WerkgebiedSchema,
    locations: z.array(LocationSchema).default([]),
    /** Target firm size in employees; leave out a bound that does not apply. */
    firm_size: z
      .object({ min: z.number().int().min(0).optional(), max: z.number().int().min(1).optional() })
      .refine((f) => f.min === undefined || f.max === undefined || f.min <= f.max, {
        message: 'Het minimum aantal medewerkers is groter dan het maximum.',
      })
      .optional(),
    /** Sectors the initiative is bound to; empty means every sector. */
    sectors: z.array(z.string()).default([]),
    /** gratis, bijdrage (a contribution) or commercieel; leave out when not confirmed. */
    cost: z
      .enum(COSTS, { errorMap: () => ({ message: 'Kies de kosten: gratis, bijdrage of commercieel.' }) })
      .optional(),
    cost_note: z.string().optional(),
    /** Schools and universities behind it (mbo/hbo/wo). */
    education: z.array(EducationSchema).default([]),
    partners: z.array(z.string()).default([]),
    contact: ContactSchema.optional(),
    website: url.optional(),
    /** KVK number of the organisation behind it, where known (8 digits). */
    kvk: z
      .string()
      .regex(/^\d{8}$/, 'Een KVK-nummer heeft 8 cijfers.')
      .optional(),
    availability: AvailabilitySchema,
    /** Year the initiative started, when confirmed. */
    started: z.number().int().min(1990).max(2100).optional(),
    /** The province that keeps this entry current, or 'landelijk' for the national team. */
    curated_by: z.enum(CURATORS, {
      errorMap: () => ({ message: `Kies wie dit bijhoudt: ${CURATORS.join(', ')}.` }),
    }),
    /** When somebody last checked every fact in this entry. */
    last_checked: isoDate,
    /** Who checked it (a team or role, not a personal name). */
    checked_by: z.string().min(2, 'Vul in wie het heeft gecontroleerd (team of rol).'),
    /** Facts that could not be confirmed and are shown as "nog niet bevestigd". */
    unconfirmed: z.array(z.string()).default([]),
    /** Where each fact comes from; at least one. */
    sources: z.array(SourceSchema).min(1, 'Noem minstens één bron (webadres) voor de feiten.'),
  })
  .strict();

export type InitiativeFile = z.output<typeof InitiativeFileSchema>;

/** An initiative as the site and the API use it: the file's data plus its slug and body. */
export type Initiative = InitiativeFile & {
  /** The file name without .md; stable, used in URLs. */
  slug: string;
  /** The Markdown body (longer description). */
  body: string;
};

/** Kebab-case, ASCII, as used in URLs. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The provinces an initiative is active in (from provincies and gemeenten; all for landelijk). */
export function activeProvinces(i: Pick<Initiative, 'werkgebied'>): Provincie[] {
  if (i.werkgebied.landelijk) return [...PROVINCIES];
  const set = new Set<Provincie>(i.werkgebied.provincies);
  for (const g of i.werkgebied.gemeenten) {
    const hit = GEMEENTEN.find(([naam]) => naam === g);
    if (hit) set.add(hit[1]);
  }
  return PROVINCIES.filter((p) => set.has(p));
}
