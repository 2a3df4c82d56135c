/**
 * The OpenAPI 3.1 document of the API, generated from the same zod schemas that validate
 * requests. Each route module registers its operations here when it is imported
 * (`registerOperation`); routes/docs.ts serves the document and a readable reference page.
 */
import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  extendZodWithOpenApi,
  type RouteConfig,
} from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { PUBLIC_POST_PATHS } from './rate-limit.ts';

// Adds .openapi() to zod schemas; must run before any schema is registered.
extendZodWithOpenApi(z);

const registry = new OpenAPIRegistry();

/** RFC 9457 problem details, as every non-2xx response. */
export const ProblemSchema = registry.register(
  'Problem',
  z
    .object({
      type: z.string().describe('URI of the problem type, or about:blank.'),
      title: z.string().describe('Short Dutch title of the status.'),
      status: z.number().int(),
      detail: z.string().describe('What went wrong, in plain Dutch.'),
      request_id: z
        .string()
        .optional()
        .describe(
          'The id of this request (also in X-Request-Id), on 500 and 503: quote it when asking for help.',
        ),
      errors: z
        .array(
          z.object({
            pointer: z
              .string()
              .describe("The field, as a JSON pointer matching the form field name, e.g. '#/postcode'."),
            detail: z.string().describe('What is wrong with this field, in plain Dutch.'),
          }),
        )
        .optional()
        .describe('One entry per invalid field (validation errors only).'),
    })
    .passthrough(),
);

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'The body is not valid JSON.',
  404: 'No such resource.',
  413: 'The body is larger than allowed.',
  415: 'The body is not application/json.',
  422: 'A field is missing or invalid; `errors` lists each field.',
  429: 'Too many requests in this window: per API key, or per client address on the public POSTs. Retry after Retry-After seconds.',
  500: 'Something went wrong on our side; `request_id` identifies the request.',
  503: 'The database cannot be reached right now. Retry after Retry-After seconds.',
};

/** The statuses whose answer says when to try again. */
const RETRY_AFTER: Record<string, { description: string; schema: { type: 'integer'; minimum: number } }> = {
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', minimum: 1 },
  },
};

/** Problem responses for the given statuses, for `responses` in an operation. */
export function problemResponses(...statuses: number[]): RouteConfig['responses'] {
  return Object.fromEntries(
    statuses.map((s) => [
      String(s),
      {
        description: PROBLEM_DESCRIPTIONS[s] ?? 'Problem.',
        ...(s === 429 || s === 503 ? { headers: RETRY_AFTER } : {}),
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    ]),
  );
}

/** What the route modules say about an operation beyond its RouteConfig. */
export interface OperationOptions {
  /**
   * It reads or writes the database without an API key. (An operation that takes a key always
   * does: the key is looked up there on every request.)
   */
  usesStore?: boolean;
}

/**
 * The problems the middleware and app.ts's onError answer for whole classes of operations, added
 * here so that no route module has to remember them:
 *
 * - 429 (rate-limit.ts): every request with an API key counts against that key's limit, and the
 *   public POSTs (PUBLIC_POST_PATHS) against the client address's;
 * - 503 (storage/unavailable.ts): an operation that takes a key or uses the store answers it
 *   when the database cannot be reached.
 *
 * An operation "takes a key" when it documents 401. Statuses the route documents itself are kept.
 */
export function withMiddlewareProblems(route: RouteConfig, options: OperationOptions = {}): RouteConfig {
  const takesKey = '401' in route.responses;
  const publicPost = route.method === 'post' && PUBLIC_POST_PATHS.includes(`/api${route.path}`);
  const added = [
    ...(takesKey || publicPost ? [429] : []),
    ...(takesKey || options.usesStore ? [503] : []),
  ].filter((s) => !(String(s) in route.responses));
  return added.length === 0
    ? route
    : { ...route, responses: { ...route.responses, ...problemResponses(...added) } };
}

/** Registers a named schema under components/schemas and returns it. */
export function registerSchema<T extends z.ZodTypeAny>(name: string, schema: T): T {
  return registry.register(name, schema);
}

/**
 * Registers one operation. `path` is relative to the API root (/api), e.g. '/v1/route';
 * path parameters are written {slug}. Its 429 and 503 are added (withMiddlewareProblems).
 */
export function registerOperation(route: RouteConfig, options: OperationOptions = {}): void {
  registry.registerPath(withMiddlewareProblems(route, options));
}

/** The OpenAPI 3.1 document for everything registered so far. */
export function openApiDocument(): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'MKB Digitaal Loket API',
      version: '1.0.0',
      description:
        'De API van het landelijke loket voor digitalisering in het mkb: van een vraag van een ondernemer naar de juiste hulp, met redenen. Elke fout is application/problem+json (RFC 9457) met een Nederlandse `detail`.',
    },
    servers: [{ url: '/api' }],
  });
}
