/**
 * /api/v1/corrections — "meld een fout": anyone reports that an initiative's page is wrong; the
 * report is stored for the curator of that initiative (the province in its curated_by, or the
 * national team), who lists them.
 *
 *   POST /    public: {initiative, topic, message} → 201
 *   GET  /    provincie key: its own province's corrections; admin (and a 'landelijk' key): all,
 *             or one curator with ?curator=. Any other key: 404. ?page=1&per_page=20
 *
 * The site's no-JS form (/meld-een-fout) stores through submitCorrection, the same function.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { CURATORS, SLUG_PATTERN, type Curator, type Initiative } from '../../content/schema.ts';
import { notFound, requireKey, type AuthEnv } from '../auth.ts';
import { problemResponses, registerOperation, registerSchema } from '../openapi.ts';
import type { FieldError } from '../problem.ts';
import { CORRECTION_TOPICS, type Correction, type CorrectionStore } from '../storage/corrections.ts';
import type { ApiKey, ReferralStore } from '../storage/types.ts';
import { dutchErrorMap, fieldErrors, limitBody, parseJsonBody, validationProblem } from './referrals.ts';

/** The longest report we take; a correction is a few sentences. */
export const MAX_MESSAGE_LENGTH = 2000;

const CHOOSE_INITIATIVE = 'Kies het initiatief waar de fout in staat.';
const DESCRIBE = 'Beschrijf wat er niet klopt.';
const NOT_AN_OBJECT = 'Stuur een JSON-object met initiative, topic en message.';

/** The body of POST /corrections (and the fields of the /meld-een-fout form). */
export const NewCorrectionSchema = registerSchema(
  'NewCorrection',
  z
    .object(
      {
        /** The slug of the initiative, as in its URL /initiatieven/<slug>. */
        initiative: z
          .string({ required_error: CHOOSE_INITIATIVE, invalid_type_error: CHOOSE_INITIATIVE })
          .trim()
          .regex(SLUG_PATTERN, CHOOSE_INITIATIVE),
        /** What the report is about. */
        topic: z.enum(CORRECTION_TOPICS, { errorMap: () => ({ message: 'Kies waar de fout over gaat.' }) }),
        /** What is wrong and, if known, what is right. Plain text. */
        message: z
          .string({ required_error: DESCRIBE, invalid_type_error: DESCRIBE })
          .trim()
          .min(10, 'Beschrijf in minstens 10 tekens wat er niet klopt.')
          .max(MAX_MESSAGE_LENGTH, `Houd je melding bij ${MAX_MESSAGE_LENGTH} tekens.`),
      },
      // Every field words its own errors (they are shown beside the form's fields), so no
      // contextual error map is used with this schema; this one covers a body that is no object.
      {
        errorMap: (issue, ctx) => ({
          message: issue.code === 'invalid_type' ? NOT_AN_OBJECT : ctx.defaultError,
        }),
      },
    )
    .strict(),
);

/** A stored correction as the API returns it. */
export const CorrectionOutSchema = registerSchema(
  'Correction',
  z.object({
    id: z.string(),
    initiative: z.object({ slug: z.string(), name: z.string() }),
    /** The province (or 'landelijk') that curates the initiative and so receives the report. */
    curator: z.string(),
    topic: z.enum(CORRECTION_TOPICS),
    message: z.string(),
    created_at: z.string(),
  }),
);
export type CorrectionOut = z.output<typeof CorrectionOutSchema>;

export const CorrectionListSchema = registerSchema(
  'CorrectionList',
  z.object({
    items: z.array(CorrectionOutSchema),
    total: z.number(),
    page: z.number(),
    per_page: z.number(),
  }),
);

const listNumber = (max: number, fallback: number, detail: string) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? undefined : v),
    z.coerce
      .number({ invalid_type_error: detail })
      .int(detail)
      .min(1, detail)
      .max(max, detail)
      .default(fallback),
  );

/** The query of GET /corrections. */
export const CorrectionQuerySchema = z
  .object({
    /** Admin only: one curator (a province name or 'landelijk'). */
    curator: z
      .enum(CURATORS, { errorMap: () => ({ message: `Kies een curator uit: ${CURATORS.join(', ')}.` }) })
      .optional(),
    page: listNumber(100_000, 1, 'page is een heel getal vanaf 1.'),
    per_page: listNumber(100, 20, 'per_page is een heel getal van 1 tot en met 100.'),
  })
  .strict();

registerOperation(
  {
    method: 'post',
    path: '/v1/corrections',
    summary: 'Meld een fout in een initiatief',
    description:
      'Openbaar: iedereen kan melden dat iets op de pagina van een initiatief niet klopt. De melding gaat naar de provincie (of het landelijk redactieteam) die het initiatief bijhoudt. Zet er geen persoonsgegevens in.',
    tags: ['Correcties'],
    request: { body: { content: { 'application/json': { schema: NewCorrectionSchema } } } },
    responses: {
      201: { description: 'Stored.', content: { 'application/json': { schema: CorrectionOutSchema } } },
      ...problemResponses(400, 413, 415, 500),
    },
  },
  { usesStore: true },
);

registerOperation({
  method: 'get',
  path: '/v1/corrections',
  summary: 'Meldingen van fouten voor jouw provincie',
  description:
    'Een provinciesleutel ziet de meldingen over initiatieven die de eigen provincie bijhoudt; een beheerder alle, of die van één curator (?curator=). Andere sleutels: 404. Vereist Authorization: Bearer <sleutel>.',
  tags: ['Correcties'],
  request: { query: CorrectionQuerySchema },
  responses: {
    200: { description: 'Newest first.', content: { 'application/json': { schema: CorrectionListSchema } } },
    ...problemResponses(400, 401, 404, 500),
  },
});

export function correctionOut(c: Correction): CorrectionOut {
  return {
    id: c.id,
    initiative: { slug: c.slug, name: c.initiativeName },
    curator: c.curator,
    topic: c.topic,
    message: c.message,
    created_at: c.createdAt,
  };
}

export type SubmitResult = { ok: true; correction: Correction } | { ok: false; errors: FieldError[] };

/**
 * Validates a report and stores it for the initiative's curator. The curator comes from the
 * directory, never from the input. Field errors use the form's field names as pointers.
 */
export async function submitCorrection(
  deps: { directory: readonly Initiative[]; corrections: CorrectionStore },
  input: unknown,
): Promise<SubmitResult> {
  const parsed = NewCorrectionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const initiative = deps.directory.find((i) => i.slug === parsed.data.initiative);
  if (!initiative) {
    return {
      ok: false,
      errors: [
        {
          pointer: '#/initiative',
          detail: 'Dit initiatief bestaat niet (meer). Kies het initiatief opnieuw.',
        },
      ],
    };
  }
  const correction = await deps.corrections.create({
    slug: initiative.slug,
    initiativeName: initiative.name,
    curator: initiative.curated_by,
    topic: parsed.data.topic,
    message: parsed.data.message,
  });
  return { ok: true, correction };
}

/**
 * Which curator's corrections a key may list: a curator, 'all', or null (none). A provincie key
 * sees its own province; admin and the national team ('landelijk') see all.
 */
export function correctionScope(key: ApiKey): Curator | 'all' | null {
  if (key.role === 'admin') return 'all';
  if (key.role !== 'provincie' || !key.provincie) return null;
  if (key.provincie === 'landelijk') return 'all';
  return CURATORS.find((c) => c === key.provincie) ?? null;
}

export function correctionRoutes(deps: {
  directory: readonly Initiative[];
  store: ReferralStore;
  corrections: CorrectionStore;
}): Hono<AuthEnv> {
  return new Hono<AuthEnv>()
    .post('/', limitBody(), async (c) => {
      const body = await parseJsonBody(c, z.unknown());
      if (!body.ok) return body.response;
      const result = await submitCorrection(deps, body.data);
      if (!result.ok) return validationProblem(c, result.errors);
      return c.json(correctionOut(result.correction), 201);
    })
    .get('/', requireKey(deps.store), async (c) => {
      const scope = correctionScope(c.get('principal'));
      if (scope === null) return notFound(c);
      const parsed = CorrectionQuerySchema.safeParse(c.req.query(), { errorMap: dutchErrorMap });
      if (!parsed.success) return validationProblem(c, fieldErrors(parsed.error.issues));
      const { curator, page, per_page } = parsed.data;
      // Asking for another province's corrections looks exactly like asking for nothing that exists.
      if (scope !== 'all' && curator !== undefined && curator !== scope) return notFound(c);
      const filter = scope === 'all' ? curator : scope;
      const list = await deps.corrections.list({
        ...(filter ? { curator: filter } : {}),
        page,
        perPage: per_page,
      });
      return c.json({ items: list.items.map(correctionOut), total: list.total, page, per_page });
    });
}
