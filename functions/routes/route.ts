/**
 * POST /api/v1/route — the referral router: an owner's question, postcode, size and sector in;
 * the best few places to go out, best first, with reasons (functions/core/route-question.ts).
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Initiative } from '../../content/schema.ts';
import { KINDS, THEMES } from '../../content/schema.ts';
import { apiBodyLimit } from '../middleware/body-limit.ts';
import { buildDirectoryIndex, type DirectoryIndex } from '../core/directory-index.ts';
import { parsePostcode, type Pc4Area, type PostcodeTable } from '../core/postcode.ts';
import { placeFromPostcode, routeQuestion, type RouteInput } from '../core/route-question.ts';
import type { Lang } from '../core/stem.ts';
import { problemResponses, registerOperation, registerSchema } from '../openapi.ts';
import { problem, sendProblem, type FieldError } from '../problem.ts';

/** Largest accepted request body. */
export const MAX_BODY_BYTES = 16 * 1024;

/** The request body. Unknown fields are refused, so typos in field names do not pass silently. */
export const RouteRequestSchema = registerSchema(
  'RouteRequest',
  z
    .object({
      /** The question in the owner's own words. */
      question: z
        .string({ required_error: 'Stel je vraag.', invalid_type_error: 'Je vraag moet tekst zijn.' })
        .trim()
        .min(3, 'Je vraag is te kort: schrijf minstens 3 tekens.')
        .max(2000, 'Je vraag is te lang: houd het bij 2000 tekens.')
        .describe('The question in the owner’s own words (3–2000 characters), Dutch or English.'),
      /** Dutch postcode: PC4 or PC6. */
      postcode: z
        .string({ invalid_type_error: 'De postcode moet tekst zijn, bijvoorbeeld "7511" of "7511 AB".' })
        .superRefine((value, ctx) => {
          const parsed = parsePostcode(value);
          if (!parsed.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed.detail });
        })
        .optional()
        .describe('Postcode of the business: "1234" or "1234 AB".'),
      /** Number of employees. */
      employees: z
        .number({ invalid_type_error: 'Het aantal medewerkers is een getal, bijvoorbeeld 12.' })
        .int('Het aantal medewerkers is een heel getal, bijvoorbeeld 12.')
        .min(0, 'Het aantal medewerkers kan niet negatief zijn.')
        .max(1_000_000, 'Dat aantal medewerkers is te groot.')
        .optional()
        .describe('Number of employees.'),
      /** Sector in the owner's words, e.g. "horeca". */
      sector: z
        .string({ invalid_type_error: 'De sector moet tekst zijn, bijvoorbeeld "horeca".' })
        .trim()
        .max(100, 'Houd de sector bij 100 tekens.')
        .optional()
        .describe('Sector in the owner’s words, e.g. "horeca".'),
      /** Language of the reasons and notices; defaults to the language of the question. */
      lang: z
        .enum(['nl', 'en'], { errorMap: () => ({ message: 'Kies de taal nl of en.' }) })
        .optional()
        .describe('Language of reasons and notices; defaults to the language of the question.'),
    })
    .strict(),
);
export type RouteRequest = z.output<typeof RouteRequestSchema>;

const RecommendationSchema = registerSchema(
  'Recommendation',
  z.object({
    slug: z.string(),
    kind: z.enum(KINDS),
    name: z.string(),
    score: z.number().describe('Relative fit; 1 for the best recommendation.'),
    reasons: z.array(z.string()).describe('Why it fits ("past omdat: ..."), in the answer’s language.'),
    url: z.string().describe('The page of this initiative on the loket.'),
    website: z.string().optional(),
    role: z
      .enum(['match', 'nearest', 'alternative'])
      .describe(
        'match: fits the question; nearest: nearest outside your region; alternative: helps now while a werkplaats is closed or full.',
      ),
    availability: z.enum(['open', 'unknown', 'closed', 'full']),
    next_intake: z.string().optional(),
    distance_km: z.number().optional(),
  }),
);

/** The response body of POST /api/v1/route. */
export const RouteResponseSchema = registerSchema(
  'RouteResponse',
  z.object({
    lang: z.enum(['nl', 'en']),
    recommendations: z.array(RecommendationSchema).max(5).describe('At most 5, best first.'),
    understood: z.object({
      language: z.enum(['nl', 'en']).describe('Language the question was read in.'),
      topics: z.array(z.object({ theme: z.enum(THEMES), label: z.string() })),
      kinds: z
        .array(z.object({ kind: z.enum(KINDS), score: z.number() }))
        .describe('Kinds of help the question asks for, most likely first.'),
      rules: z.array(z.string()).describe('Rules that changed the outcome, e.g. market-work, too-large.'),
      corrections: z
        .array(z.object({ from: z.string(), to: z.string() }))
        .describe('Words read as another (typos).'),
    }),
    place: z.object({ pc4: z.string(), gemeente: z.string(), provincie: z.string() }).nullable(),
    notices: z.array(z.string()).describe('Whole sentences to show above the list.'),
  }),
);
export type RouteResponse = z.output<typeof RouteResponseSchema>;

registerOperation({
  method: 'post',
  path: '/v1/route',
  summary: 'Van vraag naar de juiste hulp',
  description:
    'Leest de vraag van een ondernemer (Nederlands of Engels, met tikfouten) en geeft hooguit 5 plekken om naartoe te gaan, de beste eerst, elk met redenen in gewone taal.',
  tags: ['Doorverwijzing'],
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: RouteRequestSchema,
          example: {
            question: 'ik wil online gaan verkopen maar weet niet waar te beginnen',
            postcode: '7511 AB',
            employees: 6,
            sector: 'detailhandel',
          },
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Recommendations, best first.',
      content: { 'application/json': { schema: RouteResponseSchema } },
    },
    ...problemResponses(400, 413, 415, 422, 500),
  },
});

const INVALID = 'Niet alle gegevens kloppen. Zie de velden in errors.';

function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        pointer: `#/${key}`,
        detail: `Het veld "${key}" kennen we niet. Toegestaan zijn: question, postcode, employees, sector en lang.`,
      }));
    }
    return [{ pointer: `#/${issue.path.join('/')}`, detail: issue.message }];
  });
}

export interface RouteOptions {
  /** The day to judge availability on (YYYY-MM-DD); defaults to today in the Netherlands. */
  today?: () => string;
}

// One formatter: creating an Intl formatter per request costs milliseconds. sv-SE writes YYYY-MM-DD.
const NL_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

let dayCache = { minute: -1, day: '' };

/** Today in the Netherlands (YYYY-MM-DD), formatted at most once a minute. */
export function todayInNl(): string {
  const minute = Math.floor(Date.now() / 60_000);
  if (dayCache.minute !== minute) dayCache = { minute, day: NL_DATE.format(new Date()) };
  return dayCache.day;
}

/** The sub-app; the directory is indexed once, here. */
export function routeRoutes(
  deps: { directory: readonly Initiative[]; postcodes: PostcodeTable; index?: DirectoryIndex },
  options: RouteOptions = {},
): Hono {
  const index = deps.index ?? buildDirectoryIndex(deps.directory, { postcodes: deps.postcodes });
  const today = options.today ?? todayInNl;

  return new Hono().post('/', apiBodyLimit(MAX_BODY_BYTES), async (c: Context) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      return sendProblem(c, problem(415, 'Stuur je vraag als JSON, met Content-Type: application/json.'));
    }
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return sendProblem(
        c,
        problem(400, 'De inhoud is geen geldige JSON. Controleer aanhalingstekens, komma’s en haakjes.'),
      );
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return sendProblem(
        c,
        problem(422, INVALID, {
          errors: [
            { pointer: '#/question', detail: 'Stuur een JSON-object met minstens het veld question.' },
          ],
        }),
      );
    }
    const parsed = RouteRequestSchema.safeParse(body);
    if (!parsed.success) return sendProblem(c, problem(422, INVALID, { errors: fieldErrors(parsed.error) }));
    const req = parsed.data;
    const place = placeFromPostcode(deps.postcodes, req.postcode);
    if (!place.ok)
      return sendProblem(
        c,
        problem(422, INVALID, { errors: [{ pointer: '#/postcode', detail: place.detail }] }),
      );

    const result = routeQuestion(index, routeInput(req.question, place, req, today()));
    return c.json(result satisfies RouteResponse);
  });
}

/**
 * The router as the referral API's advisor: the same answer POST /route gives, stored with each
 * referral. An unknown or malformed postcode gives national advice rather than none.
 */
export function routerAdvisor(
  index: DirectoryIndex,
  postcodes: PostcodeTable,
  today: () => string = todayInNl,
): (input: { question: string; postcode?: string; employees?: number; sector?: string }) => RouteResponse {
  return (input) => {
    const place = placeFromPostcode(postcodes, input.postcode);
    return routeQuestion(index, routeInput(input.question, place.ok ? place : {}, input, today()));
  };
}

/** The router's input: the question, the resolved postcode, and the optional fields that are set. */
function routeInput(
  question: string,
  where: { place?: Pc4Area; unknownPostcode?: string },
  fields: { employees?: number; sector?: string; lang?: Lang },
  today: string,
): RouteInput {
  const input: RouteInput = { question, today };
  if (where.place) input.place = where.place;
  if (where.unknownPostcode) input.unknownPostcode = where.unknownPostcode;
  if (fields.employees !== undefined) input.employees = fields.employees;
  if (fields.sector) input.sector = fields.sector;
  if (fields.lang) input.lang = fields.lang;
  return input;
}
