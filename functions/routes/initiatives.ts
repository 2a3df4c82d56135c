/**
 * /api/v1/initiatives — the open directory.
 *
 * GET /?kind=&provincie=&gemeente=&theme=&q=&near=&page=&per_page= lists initiatives through the
 * SearchIndex (filters combine with AND, repeated values of one filter with OR; see
 * search/search-index.ts for what each filter means). GET /{slug} gives one initiative in full.
 *
 * Public and read-only: CORS for every origin, ETag (304 on If-None-Match), Last-Modified from the
 * newest `last_checked`, cacheable for five minutes (http-cache.ts).
 */
import { Hono, type Context } from 'hono';
import { validator } from 'hono/validator';
import { z } from 'zod';
import { GEMEENTEN, PROVINCIES, type Provincie } from '../../content/places.ts';
import {
  CAPACITY_STATUSES,
  InitiativeFileSchema,
  KINDS,
  THEMES,
  type Initiative,
} from '../../content/schema.ts';
import { roundKm } from '../core/nearest.ts';
import { distanceKm, lookupPostcode, type PostcodeTable } from '../core/postcode.ts';
import { fold } from '../core/text.ts';
import { cachedJson, publicRead, setLastModified } from '../http-cache.ts';
import { problemResponses, registerOperation, registerSchema } from '../openapi.ts';
import { postcodeProblem, problem, sendProblem, type FieldError } from '../problem.ts';
import type { SearchIndex } from '../search/search-index.ts';
import { initiativeUrl } from './werkplaatsen.ts';

/** Largest page. */
export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;

/** The API address of one initiative. */
export const initiativeApiUrl = (slug: string) => `/api/v1/initiatives/${slug}`;

// A query value may be repeated (?kind=a&kind=b); empty values are as if absent.
const values = (v: unknown) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((s) => s !== ''));
const single = (v: unknown) => (Array.isArray(v) ? v[v.length - 1] : v === '' ? undefined : v);

/** Matches a name whatever the case or accents ("fryslan" → "Fryslân", "den haag" is no CBS name). */
function canonical<T extends string>(names: readonly T[]): (input: string) => T | undefined {
  const byFolded = new Map(names.map((n) => [fold(n), n]));
  return (input) => byFolded.get(fold(input.trim()));
}
const toProvincie = canonical(PROVINCIES);
const toGemeente = canonical(GEMEENTEN.map(([naam]) => naam));

const wholeNumber = (field: string, min: number, max: number) => {
  const detail = `Vul bij ${field} een heel getal van ${min} tot en met ${max} in.`;
  return z.coerce.number({ invalid_type_error: detail }).int(detail).min(min, detail).max(max, detail);
};

/** The query string of GET /api/v1/initiatives. */
export const InitiativesQuerySchema = z.object({
  kind: z.preprocess(
    values,
    z.array(
      z.enum(KINDS, { errorMap: () => ({ message: `Kies bij kind een soort uit: ${KINDS.join(', ')}.` }) }),
    ),
  ),
  theme: z.preprocess(
    values,
    z.array(
      z.enum(THEMES, {
        errorMap: () => ({ message: `Kies bij theme een onderwerp uit: ${THEMES.join(', ')}.` }),
      }),
    ),
  ),
  provincie: z.preprocess(
    values,
    z.array(
      z.string().transform((s, ctx) => {
        const p = toProvincie(s);
        if (!p)
          ctx.addIssue({
            code: 'custom',
            message: `"${s}" is geen provincie. Kies uit: ${PROVINCIES.join(', ')}.`,
          });
        return p as Provincie;
      }),
    ),
  ),
  gemeente: z.preprocess(
    values,
    z.array(
      z.string().transform((s, ctx) => {
        const g = toGemeente(s);
        if (!g) {
          ctx.addIssue({
            code: 'custom',
            message: `"${s}" is geen gemeente in de indeling van 2025. Gebruik de CBS-naam, bijvoorbeeld "'s-Gravenhage" of "Hengelo (O.)".`,
          });
        }
        return g as string;
      }),
    ),
  ),
  q: z.preprocess(
    single,
    z.string().trim().max(200, 'De zoekvraag is te lang: houd het bij 200 tekens.').optional(),
  ),
  near: z.preprocess(single, z.string().optional()),
  page: z.preprocess(single, wholeNumber('page', 1, 10_000).default(1)),
  per_page: z.preprocess(single, wholeNumber('per_page', 1, MAX_PER_PAGE).default(DEFAULT_PER_PAGE)),
});

const WerkgebiedSchema = z.object({
  landelijk: z.boolean(),
  provincies: z.array(z.string()),
  gemeenten: z.array(z.string()),
  regio: z.string().optional(),
});

const ListedInitiativeSchema = registerSchema(
  'ListedInitiative',
  z.object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(KINDS),
    summary: z.string(),
    themes: z.array(z.enum(THEMES)),
    werkgebied: WerkgebiedSchema,
    status: z
      .enum(CAPACITY_STATUSES)
      .describe('open, vol (full), gesloten (temporarily closed), beeindigd (ended) or onbekend.'),
    url: z.string().describe('The page of this initiative on the loket.'),
    api_url: z.string().describe('This initiative in full: GET /api/v1/initiatives/{slug}.'),
    distance_km: z
      .number()
      .nullable()
      .optional()
      .describe(
        'With `near`: km from the postcode centroid to the nearest location, one decimal; null without locations.',
      ),
    nearest_location: z
      .object({ name: z.string().optional(), gemeente: z.string(), precision: z.enum(['adres', 'gemeente']) })
      .nullable()
      .optional()
      .describe('With `near`: the location distance_km was measured to.'),
  }),
);

/** The body of a 200 from GET /api/v1/initiatives. */
export const InitiativeListResponseSchema = registerSchema(
  'InitiativeList',
  z.object({
    /** Matches over all pages. */
    total: z.number().int(),
    page: z.number().int(),
    per_page: z.number().int(),
    total_pages: z.number().int(),
    near: z
      .object({
        pc4: z.string(),
        gemeente: z.string(),
        provincie: z.string(),
        lat: z.number(),
        lon: z.number(),
      })
      .optional()
      .describe('The PC4 area `near` was read as.'),
    results: z.array(ListedInitiativeSchema),
    links: z.object({
      self: z.string(),
      first: z.string(),
      last: z.string(),
      prev: z.string().nullable(),
      next: z.string().nullable(),
    }),
  }),
);
export type InitiativeListResponse = z.output<typeof InitiativeListResponseSchema>;

/** The body of a 200 from GET /api/v1/initiatives/{slug}: the content file, plus where to find it. */
export const InitiativeDetailSchema = registerSchema(
  'Initiative',
  InitiativeFileSchema.extend({
    slug: z.string(),
    body: z.string().describe('The longer description, Markdown.'),
    url: z.string(),
    api_url: z.string(),
  }),
);

registerOperation({
  method: 'get',
  path: '/v1/initiatives',
  summary: 'Initiatieven zoeken en filteren',
  description:
    'De open gids. Filters combineren met EN; een filter herhalen (kind=werkplaats&kind=loket) betekent OF. provincie: het werkgebied ligt (deels) in de provincie, landelijke initiatieven tellen overal mee. gemeente: het werkgebied dekt de gemeente (genoemd, via de provincie of landelijk). q: zoeken in gewone taal, met Nederlandse woordvormen, synoniemen en tikfouten. near: een postcode; de resultaten staan dan op afstand tot de dichtstbijzijnde locatie (initiatieven zonder locatie achteraan). Zonder q en near op naam. CORS open, ETag en Last-Modified.',
  tags: ['Open gids'],
  request: {
    query: z.object({
      kind: z.array(z.enum(KINDS)).optional().describe('Soort hulp; herhaal voor meer.'),
      theme: z.array(z.enum(THEMES)).optional().describe('Onderwerp; herhaal voor meer.'),
      provincie: z
        .array(z.enum(PROVINCIES))
        .optional()
        .describe('Provincie (CBS-naam; hoofdletters en accenten maken niet uit).'),
      gemeente: z.array(z.string()).optional().describe('Gemeente (CBS-naam, indeling 2025).'),
      q: z.string().max(200).optional().describe('Zoekvraag.'),
      near: z.string().optional().describe('Postcode (PC4 of PC6) om op afstand te sorteren.'),
      page: z.number().int().min(1).optional().describe('Pagina, vanaf 1.'),
      per_page: z
        .number()
        .int()
        .min(1)
        .max(MAX_PER_PAGE)
        .optional()
        .describe(`Resultaten per pagina (standaard ${DEFAULT_PER_PAGE}).`),
    }),
  },
  responses: {
    200: {
      description: 'A page of initiatives.',
      content: { 'application/json': { schema: InitiativeListResponseSchema } },
    },
    304: { description: 'Not modified (If-None-Match matched the ETag).' },
    ...problemResponses(400, 404),
  },
});

registerOperation({
  method: 'get',
  path: '/v1/initiatives/{slug}',
  summary: 'Eén initiatief',
  tags: ['Open gids'],
  request: {
    params: z.object({
      slug: z.string().describe('The file name of the initiative, e.g. digitale-werkplaats-twente.'),
    }),
  },
  responses: {
    200: {
      description: 'The initiative.',
      content: { 'application/json': { schema: InitiativeDetailSchema } },
    },
    304: { description: 'Not modified (If-None-Match matched the ETag).' },
    ...problemResponses(404),
  },
});

export interface InitiativesDeps {
  directory: readonly Initiative[];
  postcodes: PostcodeTable;
  search: SearchIndex;
}

function invalid(c: Context, issues: readonly z.ZodIssue[]): Response {
  const errors: FieldError[] = issues.map((issue) => ({
    pointer: `#/${String(issue.path[0] ?? '')}`,
    detail: issue.message,
  }));
  return sendProblem(c, problem(400, errors[0]!.detail, { slug: 'ongeldige-vraag', errors }));
}

/** The URL of another page of the same list. */
function pageLink(c: Context, page: number): string {
  const url = new URL(c.req.url);
  url.searchParams.set('page', String(page));
  return `${url.pathname}?${url.searchParams.toString()}`;
}

export function initiativesRoutes(deps: InitiativesDeps): Hono {
  const bySlug = new Map(deps.directory.map((i) => [i.slug, i]));
  const allChecked = deps.directory.map((i) => i.last_checked);

  return new Hono()
    .use('*', publicRead())
    .get(
      '/',
      validator('query', (value, c) => {
        const parsed = InitiativesQuerySchema.safeParse(value);
        return parsed.success ? parsed.data : invalid(c, parsed.error.issues);
      }),
      async (c) => {
        const query = c.req.valid('query');
        let near: z.output<typeof InitiativeListResponseSchema>['near'];
        if (query.near !== undefined) {
          const found = lookupPostcode(deps.postcodes, query.near);
          if (!found.ok) return sendProblem(c, postcodeProblem(found, '#/near'));
          const { pc4, gemeente, provincie, lat, lon } = found.area;
          near = { pc4, gemeente, provincie, lat, lon };
        }
        const result = await deps.search.search({
          kind: query.kind,
          theme: query.theme,
          provincie: query.provincie,
          gemeente: query.gemeente,
          ...(query.q ? { q: query.q } : {}),
          ...(near ? { near: { lat: near.lat, lon: near.lon } } : {}),
          page: query.page,
          perPage: query.per_page,
        });
        const totalPages = Math.ceil(result.total / query.per_page);
        const results = result.hits.flatMap((hit) => {
          const i = bySlug.get(hit.slug);
          // An external index may lag behind a deploy for a moment: skip what we no longer have.
          if (!i) return [];
          return [{ ...listed(i), ...(near ? nearestOf(i, near) : {}) }];
        });
        const body: InitiativeListResponse = {
          total: result.total,
          page: query.page,
          per_page: query.per_page,
          total_pages: totalPages,
          ...(near ? { near } : {}),
          results,
          links: {
            self: pageLink(c, query.page),
            first: pageLink(c, 1),
            last: pageLink(c, Math.max(1, totalPages)),
            prev: query.page > 1 ? pageLink(c, Math.min(query.page - 1, Math.max(1, totalPages))) : null,
            next: query.page < totalPages ? pageLink(c, query.page + 1) : null,
          },
        };
        setLastModified(c, allChecked);
        return cachedJson(c, body);
      },
    )
    .get('/:slug', (c) => {
      const i = bySlug.get(c.req.param('slug'));
      if (!i) {
        return sendProblem(
          c,
          problem(
            404,
            'Dit initiatief staat niet in de gids. Misschien is de naam veranderd: zoek het op via /api/v1/initiatives?q=.',
            {
              slug: 'onbekend-initiatief',
            },
          ),
        );
      }
      setLastModified(c, [i.last_checked]);
      return cachedJson(c, { ...i, url: initiativeUrl(i.slug), api_url: initiativeApiUrl(i.slug) });
    });
}

function listed(i: Initiative) {
  return {
    slug: i.slug,
    name: i.name,
    kind: i.kind,
    summary: i.summary,
    themes: [...i.themes],
    werkgebied: {
      landelijk: i.werkgebied.landelijk,
      provincies: [...i.werkgebied.provincies],
      gemeenten: [...i.werkgebied.gemeenten],
      ...(i.werkgebied.regio ? { regio: i.werkgebied.regio } : {}),
    },
    status: i.availability.status,
    url: initiativeUrl(i.slug),
    api_url: initiativeApiUrl(i.slug),
  };
}

function nearestOf(i: Initiative, point: { lat: number; lon: number }) {
  let best: { km: number; location: Initiative['locations'][number] } | undefined;
  for (const l of i.locations) {
    const km = distanceKm(point, l);
    if (!best || km < best.km) best = { km, location: l };
  }
  if (!best) return { distance_km: null, nearest_location: null };
  const { name, gemeente, precision } = best.location;
  return {
    distance_km: roundKm(best.km),
    nearest_location: { ...(name ? { name } : {}), gemeente, precision },
  };
}
