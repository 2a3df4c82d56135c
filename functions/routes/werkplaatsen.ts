/**
 * /api/v1/werkplaatsen — the "werkplaats in de buurt" finder.
 *
 * GET /nearest?postcode=7511&limit=3 answers which werkplaatsen serve the postcode's gemeente and
 * which are nearest. GET /nearest?lat=52.22&lon=6.89 does the same for a browser position (the
 * nearest PC4 centroid stands in for the postcode, so the answer never contains the position).
 */
import { Hono } from 'hono';
import { validator } from 'hono/validator';
import { z } from 'zod';
import type { Initiative } from '../../content/schema.ts';
import { CAPACITY_STATUSES, KINDS } from '../../content/schema.ts';
import {
  createFinderIndex,
  findNearby,
  nearestArea,
  reasonNl,
  roundKm,
  type FinderAnswer,
} from '../core/nearest.ts';
import { lookupPostcode, type Pc4Area, type PostcodeTable } from '../core/postcode.ts';
import { cachedJson, publicRead } from '../http-cache.ts';
import { problemResponses, registerOperation, registerSchema } from '../openapi.ts';
import { postcodeProblem, problem, sendProblem } from '../problem.ts';

/** The public page of an initiative. */
export const initiativeUrl = (slug: string) => `/initiatieven/${slug}`;

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

const coordinate = (min: number, max: number, detail: string) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce.number({ invalid_type_error: detail }).min(min, detail).max(max, detail).optional(),
  );

/** The query string of GET /nearest. */
export const NearestQuerySchema = z.object({
  /** "7511", "7511 AB" or "7511ab". Required unless lat and lon are given. */
  postcode: z.string().optional(),
  /** A position in WGS84 instead of a postcode (from the browser's geolocation). */
  lat: coordinate(-90, 90, 'Breedtegraad (lat) is een getal tussen -90 en 90, bijvoorbeeld 52.22.'),
  lon: coordinate(-180, 180, 'Lengtegraad (lon) is een getal tussen -180 en 180, bijvoorbeeld 6.89.'),
  /** How many werkplaatsen to return, 1 to 20. */
  limit: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ invalid_type_error: 'Vul bij limit een heel getal van 1 tot en met 20 in.' })
      .int('Vul bij limit een heel getal van 1 tot en met 20 in.')
      .min(1, 'Vul bij limit een heel getal van 1 tot en met 20 in.')
      .max(20, 'Vul bij limit een heel getal van 1 tot en met 20 in.')
      .default(3),
  ),
});

const WerkgebiedOutSchema = z.object({
  landelijk: z.boolean(),
  provincies: z.array(z.string()),
  gemeenten: z.array(z.string()),
  regio: z.string().optional(),
});

const LinkedInitiativeSchema = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(KINDS),
  url: z.string(),
});

/** The body of a 200 from GET /nearest. */
export const NearestResponseSchema = registerSchema(
  'NearestWerkplaatsen',
  z.object({
    /** The PC4 area the answer is for. */
    postcode: z.object({
      pc4: z.string(),
      gemeente: z.string(),
      provincie: z.string(),
      lat: z.number(),
      lon: z.number(),
    }),
    /** Werkplaatsen: those whose werkgebied covers the gemeente first, then by distance. */
    results: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        /** Whether the werkgebied covers the postcode's gemeente. */
        covers: z.boolean(),
        /** km from the PC4 centroid to the nearest location, one decimal; null without locations. */
        distance_km: z.number().nullable(),
        url: z.string(),
        /** Why it is here, in Dutch: "werkgebied omvat Enschede" or "12 km". */
        reason: z.string(),
        /** How the werkgebied covers the gemeente; null when it does not. */
        scope: z.enum(['gemeente', 'provincie', 'landelijk']).nullable(),
        status: z.enum(CAPACITY_STATUSES),
        /** The location distance_km was measured to. */
        location: z
          .object({
            name: z.string().optional(),
            gemeente: z.string(),
            lat: z.number(),
            lon: z.number(),
            precision: z.enum(['adres', 'gemeente']),
          })
          .nullable(),
        werkgebied: WerkgebiedOutSchema,
      }),
    ),
    /** true when at least one werkplaats covers the gemeente. */
    covered: z.boolean(),
    /** Other initiatives active in the gemeente or the whole provincie. */
    nearby: z.array(LinkedInitiativeSchema.extend({ scope: z.enum(['gemeente', 'provincie']) })),
    /** National initiatives, most relevant first; the page offers them when covered is false. */
    national: z.array(LinkedInitiativeSchema),
  }),
);
export type NearestResponse = z.output<typeof NearestResponseSchema>;

registerOperation({
  method: 'get',
  path: '/v1/werkplaatsen/nearest',
  summary: 'Werkplaats in de buurt',
  description:
    'Welke Digitale Werkplaats helpt de gemeente van een postcode, hoe ver is die, en welke werkplaatsen zijn er nog meer in de buurt. Eerst de werkplaatsen waarvan het werkgebied de gemeente omvat (de werkplaats die de gemeente noemt vóór een provinciale of landelijke), dan op afstand hemelsbreed van het midden van het PC4-gebied tot de dichtstbijzijnde locatie. In plaats van een postcode kan een positie (lat, lon) worden meegegeven: dan geldt het PC4-gebied met het dichtstbijzijnde middelpunt, en blijft het antwoord uit gedeelde caches. CORS open, ETag.',
  tags: ['Werkplaatsen'],
  request: {
    query: z.object({
      postcode: z
        .string()
        .optional()
        .describe('7511, 7511 AB of 7511ab. Verplicht, tenzij lat en lon zijn gegeven.'),
      lat: z.number().optional().describe('Breedtegraad (WGS84), samen met lon, in plaats van een postcode.'),
      lon: z.number().optional().describe('Lengtegraad (WGS84), samen met lat.'),
      limit: z
        .number()
        .int()
        .min(1)
        .max(20)
        .optional()
        .describe('Aantal werkplaatsen, 1 tot en met 20 (standaard 3).'),
    }),
  },
  responses: {
    200: {
      description: 'The werkplaatsen for the postcode area, with the other initiatives there.',
      content: { 'application/json': { schema: NearestResponseSchema } },
    },
    304: { description: 'Not modified (If-None-Match matched the ETag).' },
    ...problemResponses(400, 404),
  },
});

const linked = (i: Initiative) => ({ slug: i.slug, name: i.name, kind: i.kind, url: initiativeUrl(i.slug) });

/** Shapes a finder answer as the API returns it. Shared with the no-JS page. */
export function toNearestResponse(area: Pc4Area, answer: FinderAnswer): NearestResponse {
  return {
    postcode: {
      pc4: area.pc4,
      gemeente: area.gemeente,
      provincie: area.provincie,
      lat: area.lat,
      lon: area.lon,
    },
    results: answer.werkplaatsen.map((r) => ({
      slug: r.initiative.slug,
      name: r.initiative.name,
      covers: r.scope !== null,
      distance_km: r.distanceKm === null ? null : roundKm(r.distanceKm),
      url: initiativeUrl(r.initiative.slug),
      reason: reasonNl(r, area),
      scope: r.scope,
      status: r.initiative.availability.status,
      location: r.location && {
        ...(r.location.name ? { name: r.location.name } : {}),
        gemeente: r.location.gemeente,
        lat: r.location.lat,
        lon: r.location.lon,
        precision: r.location.precision,
      },
      werkgebied: {
        landelijk: r.initiative.werkgebied.landelijk,
        provincies: [...r.initiative.werkgebied.provincies],
        gemeenten: r.initiative.werkgebied.gemeenten,
        ...(r.initiative.werkgebied.regio ? { regio: r.initiative.werkgebied.regio } : {}),
      },
    })),
    covered: answer.covered,
    nearby: answer.local.map((l) => ({ ...linked(l.initiative), scope: l.scope })),
    national: answer.national.map(linked),
  };
}

export interface WerkplaatsenDeps {
  directory: readonly Initiative[];
  postcodes: PostcodeTable;
}

export function werkplaatsenRoutes(deps: WerkplaatsenDeps): Hono {
  const index = createFinderIndex(deps.directory);

  return new Hono().use('*', publicRead()).get(
    '/nearest',
    validator('query', (value, c) => {
      const parsed = NearestQuerySchema.safeParse(value);
      if (parsed.success) return parsed.data;
      const errors = parsed.error.issues.map((issue) => ({
        pointer: `#/${issue.path.join('/')}`,
        detail: issue.message,
      }));
      return sendProblem(c, problem(400, errors[0]!.detail, { slug: 'ongeldige-vraag', errors }));
    }),
    (c) => {
      const query = c.req.valid('query');
      let area: Pc4Area;
      if (query.postcode === undefined && query.lat !== undefined && query.lon !== undefined) {
        const near = nearestArea(deps.postcodes, { lat: query.lat, lon: query.lon });
        if (!near) {
          return sendProblem(
            c,
            problem(
              404,
              'Deze locatie ligt niet in Nederland, of te ver van een postcodegebied. Typ je postcode, bijvoorbeeld 7511.',
              {
                slug: 'locatie-buiten-nederland',
              },
            ),
          );
        }
        area = near;
      } else {
        const found = lookupPostcode(deps.postcodes, query.postcode ?? '');
        if (!found.ok) return sendProblem(c, postcodeProblem(found, '#/postcode'));
        area = found.area;
      }
      const body = toNearestResponse(area, findNearby(index, area, query.limit));
      // An answer for a position must not sit in shared caches with the position in its URL.
      const byPosition = query.postcode === undefined;
      return cachedJson(c, body, byPosition ? 'private, no-store' : undefined);
    },
  );
}
