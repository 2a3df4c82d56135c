/**
 * /api/hsds/ — the directory as Open Referral HSDS 3.0 (functions/hsds/ holds the mapping).
 *
 * GET /                          version and profile
 * GET /services[/{id}]           paginated one-to-one fields (full=true: fully nested) / one in full
 * GET /organizations[/{id}]      the same; full_service=true nests the services in full
 * GET /service_at_locations[/{id}]
 * GET /taxonomies[/{id}], /taxonomy_terms[/{id}]
 * GET /export.json               everything in one file, from the same dataset
 *
 * Lists take page (from 1) and per_page (1–100, default 50) and answer with HSDS's page object.
 * Filters as in HSDS's openapi.json where our data supports them: search (the SearchIndex),
 * organization_id, taxonomy_id, taxonomy_term_id, postcode (service_at_locations: the werkgebied
 * covers the postcode's gemeente). Public: CORS, ETag, Last-Modified, Cache-Control.
 */
import { Hono, type Context } from 'hono';
import { validator } from 'hono/validator';
import { z } from 'zod';
import type { Initiative } from '../../content/schema.ts';
import { coverage } from '../core/coverage.ts';
import { lookupPostcode, type PostcodeTable } from '../core/postcode.ts';
import { loadBoundaries, type Boundaries } from '../hsds/boundaries.ts';
import {
  buildHsdsDataset,
  fullOrganization,
  fullServiceAtLocation,
  hsdsExport,
  hsdsInfo,
  hsdsPage,
  type HsdsDataset,
} from '../hsds/dataset.ts';
import type { MappedInitiative } from '../hsds/map.ts';
import { cachedBody, cachedJson, publicRead, setLastModified } from '../http-cache.ts';
import { problemResponses, registerOperation } from '../openapi.ts';
import { postcodeProblem, problem, sendProblem, type FieldError } from '../problem.ts';
import type { SearchIndex } from '../search/search-index.ts';

export const HSDS_MAX_PER_PAGE = 100;
export const HSDS_DEFAULT_PER_PAGE = 50;

const single = (v: unknown) => (Array.isArray(v) ? v[v.length - 1] : v === '' ? undefined : v);
const wholeNumber = (field: string, min: number, max: number) => {
  const detail = `Vul bij ${field} een heel getal van ${min} tot en met ${max} in.`;
  return z.coerce.number({ invalid_type_error: detail }).int(detail).min(min, detail).max(max, detail);
};
const flag = (field: string) =>
  z.preprocess(
    single,
    z
      .enum(['true', 'false'], { errorMap: () => ({ message: `Vul bij ${field} true of false in.` }) })
      .transform((v) => v === 'true')
      .default('false'),
  );

/** The query string of the HSDS list endpoints (each uses the filters that apply to it). */
export const HsdsQuerySchema = z.object({
  page: z.preprocess(single, wholeNumber('page', 1, 100_000).default(1)),
  per_page: z.preprocess(
    single,
    wholeNumber('per_page', 1, HSDS_MAX_PER_PAGE).default(HSDS_DEFAULT_PER_PAGE),
  ),
  format: z.preprocess(
    single,
    z
      .literal('json', {
        errorMap: () => ({
          message:
            'Alleen format=json wordt ondersteund. De hele gids in één bestand staat op /api/hsds/export.json.',
        }),
      })
      .optional(),
  ),
  full: flag('full'),
  full_service: flag('full_service'),
  search: z.preprocess(
    single,
    z.string().trim().max(200, 'De zoekvraag is te lang: houd het bij 200 tekens.').optional(),
  ),
  organization_id: z.preprocess(single, z.string().optional()),
  taxonomy_id: z.preprocess(single, z.string().optional()),
  taxonomy_term_id: z.preprocess(single, z.string().optional()),
  postcode: z.preprocess(single, z.string().optional()),
});
type HsdsQuery = z.output<typeof HsdsQuerySchema>;

export interface HsdsDeps {
  directory: readonly Initiative[];
  postcodes: PostcodeTable;
  search: SearchIndex;
  /** Gemeente and provincie boundaries; read from data/ when absent. */
  boundaries?: Boundaries;
}

const notFound = (c: Context, what: string) =>
  sendProblem(
    c,
    problem(
      404,
      `Er is geen ${what} met dit id. Ids zijn UUID's uit de lijst, bijvoorbeeld /api/hsds/services.`,
      { slug: 'hsds-niet-gevonden' },
    ),
  );

export function hsdsRoutes(deps: HsdsDeps): Hono {
  const datasets = new Map<string, HsdsDataset>();
  const exports = new Map<string, string>();
  const bySlug = new Map(deps.directory.map((i) => [i.slug, i]));

  // Absolute URIs (taxonomy and term pages, organization uri) use the origin the request came in on.
  function dataset(c: Context): HsdsDataset {
    const origin = new URL(c.req.url).origin;
    let ds = datasets.get(origin);
    if (!ds) {
      ds = buildHsdsDataset(deps.directory, {
        baseUrl: origin,
        boundaries: deps.boundaries ?? loadBoundaries(),
      });
      datasets.set(origin, ds);
    }
    setLastModified(c, [ds.lastChecked]);
    return ds;
  }

  const query = validator('query', (value, c) => {
    const parsed = HsdsQuerySchema.safeParse(value);
    if (parsed.success) return parsed.data;
    const errors: FieldError[] = parsed.error.issues.map((i) => ({
      pointer: `#/${String(i.path[0] ?? '')}`,
      detail: i.message,
    }));
    return sendProblem(c, problem(400, errors[0]!.detail, { slug: 'ongeldige-vraag', errors }));
  });

  /** The initiatives passing the service filters, in relevance order when searching. */
  async function selectServices(ds: HsdsDataset, q: HsdsQuery): Promise<MappedInitiative[]> {
    let list = ds.initiatives;
    if (q.search) {
      const found = await deps.search.search({
        q: q.search,
        page: 1,
        perPage: Math.max(1, deps.directory.length),
      });
      const bySlugMapped = new Map(list.map((m) => [m.slug, m]));
      list = found.hits.flatMap((h) => bySlugMapped.get(h.slug) ?? []);
    }
    if (q.organization_id) list = list.filter((m) => m.organization.id === q.organization_id);
    if (q.taxonomy_term_id)
      list = list.filter((m) => m.service.attributes.some((a) => a.taxonomy_term_id === q.taxonomy_term_id));
    if (q.taxonomy_id)
      list = list.filter((m) =>
        m.service.attributes.some((a) => a.taxonomy_term.taxonomy_id === q.taxonomy_id),
      );
    return list;
  }

  return (
    new Hono()
      .use('*', publicRead())
      // "/api/hsds" and "/api/hsds/" (the address HSDS documents) both answer.
      .get('/', (c) => cachedJson(c, hsdsInfo(dataset(c))))
      .get('/:slash{/?}', (c) => cachedJson(c, hsdsInfo(dataset(c))))
      .get('/export.json', (c) => {
        const ds = dataset(c);
        let body = exports.get(ds.baseUrl);
        if (body === undefined) {
          body = JSON.stringify(hsdsExport(ds));
          exports.set(ds.baseUrl, body);
        }
        c.header('Content-Disposition', 'attachment; filename="digitaal-ondernemersloket-hsds.json"');
        return cachedBody(c, body, 'application/json; charset=utf-8');
      })
      .get('/services', query, async (c) => {
        const q = c.req.valid('query');
        const ds = dataset(c);
        const list = await selectServices(ds, q);
        return cachedJson(
          c,
          hsdsPage(
            list.map((m) => (q.full ? m.service : m.serviceSummary)),
            q.page,
            q.per_page,
          ),
        );
      })
      .get('/services/:id', (c) => {
        const m = dataset(c).services.get(c.req.param('id'));
        return m ? cachedJson(c, m.service) : notFound(c, 'service');
      })
      .get('/organizations', query, async (c) => {
        const q = c.req.valid('query');
        const ds = dataset(c);
        const list = await selectServices(ds, {
          ...q,
          organization_id: undefined,
          taxonomy_id: undefined,
          taxonomy_term_id: undefined,
        });
        const contents = list.map((m) =>
          q.full || q.full_service ? fullOrganization(m, q.full_service) : m.organizationSummary,
        );
        return cachedJson(c, hsdsPage(contents, q.page, q.per_page));
      })
      .get('/organizations/:id', query, (c) => {
        const q = c.req.valid('query');
        const m = dataset(c).organizations.get(c.req.param('id'));
        return m ? cachedJson(c, fullOrganization(m, q.full_service)) : notFound(c, 'organization');
      })
      .get('/service_at_locations', query, async (c) => {
        const q = c.req.valid('query');
        const ds = dataset(c);
        let list = await selectServices(ds, q);
        if (q.postcode !== undefined) {
          const found = lookupPostcode(deps.postcodes, q.postcode);
          if (!found.ok) return sendProblem(c, postcodeProblem(found, '#/postcode'));
          list = list.filter((m) => coverage(bySlug.get(m.slug)!, found.area) !== null);
        }
        const contents = list.flatMap((m) =>
          m.serviceAtLocations.map((s, index) => (q.full ? fullServiceAtLocation(m, index) : s)),
        );
        return cachedJson(c, hsdsPage(contents, q.page, q.per_page));
      })
      .get('/service_at_locations/:id', (c) => {
        const hit = dataset(c).serviceAtLocations.get(c.req.param('id'));
        return hit
          ? cachedJson(c, fullServiceAtLocation(hit.initiative, hit.index))
          : notFound(c, 'service_at_location');
      })
      .get('/taxonomies', query, (c) => {
        const q = c.req.valid('query');
        return cachedJson(c, hsdsPage(dataset(c).taxonomies, q.page, q.per_page));
      })
      .get('/taxonomies/:id', (c) => {
        const t = dataset(c).taxonomies.find((x) => x.id === c.req.param('id'));
        return t ? cachedJson(c, t) : notFound(c, 'taxonomy');
      })
      .get('/taxonomy_terms', query, (c) => {
        const q = c.req.valid('query');
        const terms = dataset(c).taxonomyTerms.filter(
          (t) => !q.taxonomy_id || t.taxonomy_id === q.taxonomy_id,
        );
        return cachedJson(c, hsdsPage(terms, q.page, q.per_page));
      })
      .get('/taxonomy_terms/:id', (c) => {
        const t = dataset(c).taxonomyTerms.find((x) => x.id === c.req.param('id'));
        return t ? cachedJson(c, t) : notFound(c, 'taxonomy_term');
      })
  );
}

// The OpenAPI document lists the HSDS endpoints; their bodies are defined by HSDS itself.
const HSDS_SCHEMA = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
const listParams = z.object({
  page: z.number().int().min(1).optional().describe('Pagina, vanaf 1.'),
  per_page: z
    .number()
    .int()
    .min(1)
    .max(HSDS_MAX_PER_PAGE)
    .optional()
    .describe(`Per pagina (standaard ${HSDS_DEFAULT_PER_PAGE}).`),
  format: z.literal('json').optional(),
});
const json = (description: string, ref: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `${HSDS_SCHEMA}${ref}` } } },
});
const hsdsOps: Array<[path: string, summary: string, ref: string, extra?: z.AnyZodObject]> = [
  [
    '/hsds/services',
    'HSDS: services (pagina)',
    'service.json',
    listParams.extend({
      full: z.boolean().optional(),
      search: z.string().optional(),
      organization_id: z.string().optional(),
      taxonomy_id: z.string().optional(),
      taxonomy_term_id: z.string().optional(),
    }),
  ],
  ['/hsds/services/{id}', 'HSDS: één service, volledig genest', 'compiled/service.json'],
  [
    '/hsds/organizations',
    'HSDS: organizations (pagina)',
    'organization.json',
    listParams.extend({
      full: z.boolean().optional(),
      full_service: z.boolean().optional(),
      search: z.string().optional(),
    }),
  ],
  [
    '/hsds/organizations/{id}',
    'HSDS: één organization, volledig genest',
    'compiled/organization.json',
    z.object({ full_service: z.boolean().optional() }),
  ],
  [
    '/hsds/service_at_locations',
    'HSDS: service_at_locations (pagina)',
    'service_at_location.json',
    listParams.extend({
      full: z.boolean().optional(),
      search: z.string().optional(),
      postcode: z.string().optional(),
      organization_id: z.string().optional(),
      taxonomy_id: z.string().optional(),
      taxonomy_term_id: z.string().optional(),
    }),
  ],
  ['/hsds/service_at_locations/{id}', 'HSDS: één service_at_location', 'compiled/service_at_location.json'],
  ['/hsds/taxonomies', 'HSDS: taxonomieën (pagina)', 'taxonomy.json', listParams],
  ['/hsds/taxonomies/{id}', 'HSDS: één taxonomie', 'taxonomy.json'],
  [
    '/hsds/taxonomy_terms',
    'HSDS: taxonomietermen (pagina)',
    'taxonomy_term.json',
    listParams.extend({ taxonomy_id: z.string().optional() }),
  ],
  ['/hsds/taxonomy_terms/{id}', 'HSDS: één taxonomieterm', 'taxonomy_term.json'],
];
registerOperation({
  method: 'get',
  path: '/hsds/',
  summary: 'HSDS: versie en profiel',
  description:
    'Open Referral HSDS 3.0. Lijsten geven het pagina-object van HSDS (total_items, total_pages, page_number, size, first_page, last_page, empty, contents).',
  tags: ['Open Referral (HSDS)'],
  responses: {
    200: {
      description: 'Version, profile and links.',
      content: {
        'application/json': { schema: z.object({ version: z.string(), profile: z.string() }).passthrough() },
      },
    },
  },
});
registerOperation({
  method: 'get',
  path: '/hsds/export.json',
  summary: 'HSDS: de hele gids als één bestand',
  tags: ['Open Referral (HSDS)'],
  responses: {
    200: {
      description: 'Every service fully nested, and the taxonomies.',
      content: {
        'application/json': {
          schema: z.object({ services: z.array(z.object({}).passthrough()) }).passthrough(),
        },
      },
    },
  },
});
for (const [path, summary, ref, params] of hsdsOps) {
  const isItem = path.endsWith('{id}');
  registerOperation({
    method: 'get',
    path,
    summary,
    tags: ['Open Referral (HSDS)'],
    request: {
      ...(isItem ? { params: z.object({ id: z.string().uuid() }) } : {}),
      ...(params ? { query: params } : {}),
    },
    responses: {
      200: isItem
        ? json('The record.', ref)
        : {
            description: 'A page of records (contents: see the HSDS schema).',
            content: {
              'application/json': {
                schema: z.object({
                  total_items: z.number().int(),
                  total_pages: z.number().int(),
                  page_number: z.number().int(),
                  size: z.number().int(),
                  first_page: z.boolean(),
                  last_page: z.boolean(),
                  empty: z.boolean(),
                  contents: z.array(z.object({}).passthrough()).describe(`Items: ${HSDS_SCHEMA}${ref}`),
                }),
              },
            },
          },
      304: { description: 'Not modified (If-None-Match matched the ETag).' },
      ...problemResponses(...(isItem ? [404] : [400])),
    },
  });
}
