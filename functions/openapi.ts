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
  500: 'Something went wrong on our side.',
};

/** Problem responses for the given statuses, for `responses` in an operation. */
export function problemResponses(...statuses: number[]): RouteConfig['responses'] {
  return Object.fromEntries(
    statuses.map((s) => [
      String(s),
      {
        description: PROBLEM_DESCRIPTIONS[s] ?? 'Problem.',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    ]),
  );
}

/** Registers a named schema under components/schemas and returns it. */
export function registerSchema<T extends z.ZodTypeAny>(name: string, schema: T): T {
  return registry.register(name, schema);
}

/**
 * Registers one operation. `path` is relative to the API root (/api), e.g. '/v1/route';
 * path parameters are written {slug}.
 */
export function registerOperation(route: RouteConfig): void {
  registry.registerPath(route);
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
