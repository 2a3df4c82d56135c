/**
 * /api/v1/referrals — doorverwijzingen: an intermediair hands an owner's question to an initiative
 * (the ontvanger), which accepts, works on and closes it, or passes it on.
 *
 *   POST /                 intermediair: send a referral → 201, status `verstuurd`
 *   GET  /                 own referrals (intermediair: made by its organisation; ontvanger: addressed
 *                          to its slug), ?status=a,b&page=1&per_page=20
 *   GET  /{id}             one referral with its audit trail
 *   POST /{id}/status      {status, note?, reason?, forward_to_slug?}; see storage/lifecycle.ts
 *
 * Tenancy: whatever a key may not see answers 404, exactly like what does not exist.
 */
import { apiBodyLimit, tooLargeProblem } from '../middleware/body-limit.ts';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Initiative } from '../../content/schema.ts';
import { notFound, requireKey, type AuthEnv } from '../auth.ts';
import { lookupPostcode, type PostcodeTable } from '../core/postcode.ts';
import { problemResponses, registerOperation, registerSchema } from '../openapi.ts';
import { problem, sendProblem, type FieldError } from '../problem.ts';
import { STATUSES_BY_ROLE, checkTransition } from '../storage/lifecycle.ts';
import { DEFAULT_RETENTION_MONTHS } from '../storage/retention.ts';
import {
  CONTACT_PREFERENCES,
  DECLINE_REASONS,
  REFERRAL_STATUSES,
  type Actor,
  type ApiKey,
  type AuditEntry,
  type Referral,
  type ReferralStatus,
  type ReferralStore,
} from '../storage/types.ts';

/** What the router gets to advise on; the answer is stored with the referral as JSON. */
export interface AdvisorInput {
  question: string;
  postcode?: string;
  employees?: number;
  sector?: string;
}

/** The referral router (functions/core/), passed in by createApp's caller. */
export type Advisor = (input: AdvisorInput) => unknown;

/** The version of the consent text below; stored with every referral. Bump it when the text changes. */
export const CONSENT_VERSION = '2026-11-01';

/** What the adviser confirms the owner agreed to, with the retention period this loket runs with. */
export function consentText(months: number = DEFAULT_RETENTION_MONTHS): string {
  return `De ondernemer gaat ermee akkoord dat de loket-organisatie de vraag, de bedrijfsgegevens en de contactgegevens doorgeeft aan de gekozen ontvanger, die daarover contact kan opnemen zoals afgesproken. De gegevens worden uiterlijk ${months} maanden na afsluiting verwijderd.`;
}

/** The version stored with a referral: CONSENT_VERSION, marked with the period when it is not the default. */
export function consentVersion(months: number = DEFAULT_RETENTION_MONTHS): string {
  return months === DEFAULT_RETENTION_MONTHS ? CONSENT_VERSION : `${CONSENT_VERSION}+${months}m`;
}

/** Bodies larger than this are refused with 413: a referral is a few hundred bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// ---------------------------------------------------------------------------------------------
// Validation: Dutch messages, never echoing the value (it may be personal data).

const DUTCH_TYPES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  integer: 'een geheel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een groep velden',
  null: 'null',
  undefined: 'niets',
};
const dutchType = (t: string) => DUTCH_TYPES[t] ?? t;

/** Dutch messages for every zod issue a schema does not word itself. */
export const dutchErrorMap: z.ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined'
        ? { message: 'Dit veld is verplicht.' }
        : { message: `Verwacht ${dutchType(issue.expected)}, maar gevonden: ${dutchType(issue.received)}.` };
    case 'unrecognized_keys':
      return { message: `Onbekend veld: ${issue.keys.join(', ')}. Controleer de spelling of laat het weg.` };
    case 'too_small':
      return issue.type === 'string'
        ? {
            message:
              issue.minimum === 1 ? 'Vul dit veld in.' : `Vul minstens ${String(issue.minimum)} tekens in.`,
          }
        : { message: `De waarde is te klein (minstens ${String(issue.minimum)}).` };
    case 'too_big':
      return issue.type === 'string'
        ? { message: `Gebruik hoogstens ${String(issue.maximum)} tekens.` }
        : { message: `De waarde is te groot (hoogstens ${String(issue.maximum)}).` };
    case 'invalid_enum_value':
      return { message: `Kies één van: ${issue.options.join(', ')}.` };
    case 'invalid_literal':
      return { message: `Verwacht de waarde ${JSON.stringify(issue.expected)}.` };
    case 'invalid_string':
      return issue.validation === 'email'
        ? { message: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.' }
        : { message: 'Deze tekst heeft niet de goede vorm.' };
    default:
      return { message: 'Deze waarde is ongeldig.' };
  }
};

/** zod issues → field errors whose pointer is the JSON path (one per unknown key). */
export function fieldErrors(issues: readonly z.ZodIssue[]): FieldError[] {
  const pointer = (path: ReadonlyArray<string | number>) => `#/${path.map(String).join('/')}`;
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          pointer: pointer([...issue.path, key]),
          detail: 'Onbekend veld. Controleer de spelling of laat het weg.',
        }))
      : [{ pointer: pointer(issue.path), detail: issue.message }],
  );
}

/** A 400 problem for validation errors. */
export function validationProblem(c: Context, errors: FieldError[]): Response {
  const detail =
    errors.length === 1
      ? `Eén veld klopt niet: ${errors[0]!.detail}`
      : `${errors.length} velden kloppen niet. Zie de lijst errors.`;
  return sendProblem(c, problem(400, detail, { slug: 'ongeldige-gegevens', errors }));
}

/** Parses `c`'s body as JSON with a schema; a Response (problem) when that fails. */
export async function parseJsonBody<S extends z.ZodTypeAny>(
  c: Context,
  schema: S,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: Response }> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return {
      ok: false,
      response: sendProblem(
        c,
        problem(415, 'Stuur de gegevens als JSON, met de header Content-Type: application/json.', {
          slug: 'verkeerd-formaat',
        }),
      ),
    };
  }
  const raw = await c.req.text();
  // bodyLimit trusts a Content-Length header; this also catches a body longer than it claimed.
  if (Buffer.byteLength(raw, 'utf8') > MAX_BODY_BYTES) return { ok: false, response: tooLarge(c) };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {
      ok: false,
      response: sendProblem(c, problem(400, 'De inhoud is geen geldige JSON.', { slug: 'ongeldige-json' })),
    };
  }
  const parsed = schema.safeParse(json, { errorMap: dutchErrorMap });
  if (!parsed.success) return { ok: false, response: validationProblem(c, fieldErrors(parsed.error.issues)) };
  return { ok: true, data: parsed.data };
}

const tooLarge = (c: Context) => tooLargeProblem(c, MAX_BODY_BYTES);

/** Refuses bodies over MAX_BODY_BYTES with a 413 problem before they are read whole. */
export const limitBody = () => apiBodyLimit(MAX_BODY_BYTES);

const text = (max: number) => z.string().trim().min(1).max(max);

/** The body of POST /referrals. */
export const NewReferralSchema = registerSchema(
  'NewReferral',
  z
    .object({
      /** The owner's question, in their words. */
      question: z.string().trim().min(10, 'Beschrijf de vraag in minstens 10 tekens.').max(4000),
      company: z
        .object({
          /** Trade name. */
          name: text(200),
          /** KVK number: exactly 8 digits (KVK numbers carry no check digit). */
          kvk: z
            .string()
            .trim()
            .regex(/^\d{8}$/, 'Een KVK-nummer heeft precies 8 cijfers, bijvoorbeeld 12345678.'),
          /** Postcode of the establishment: "7511", "7511 AB" or "7511ab". */
          postcode: z.string().trim().max(10),
          /** Number of employees, when known. */
          employees: z.number().int('Vul een heel aantal medewerkers in.').min(0).max(1_000_000).optional(),
          /** The sector in the owner's words, when known. */
          sector: text(100).optional(),
        })
        .strict(),
      contact: z
        .object({
          /** The person to contact. */
          name: text(200),
          email: z.string().trim().max(254).email().optional(),
          /** A Dutch or international phone number. */
          phone: z
            .string()
            .trim()
            .regex(
              /^\+?[0-9 ()-]{8,20}$/,
              'Vul een telefoonnummer in met alleen cijfers, spaties, - of +, bijvoorbeeld 06 12345678.',
            )
            .optional(),
        })
        .strict()
        .refine((contact) => contact.email !== undefined || contact.phone !== undefined, {
          message: 'Vul een e-mailadres of een telefoonnummer in (of allebei).',
          path: ['email'],
        }),
      /** The owner agreed to having their data passed on (consentText()); must be true. */
      consent: z.literal(true, {
        errorMap: () => ({
          message: 'Vink aan dat de ondernemer toestemming gaf om de gegevens door te geven.',
        }),
      }),
      /** telefoon, email, or ondernemer_belt_zelf ("neem geen contact op, de ondernemer belt zelf"). */
      contact_preference: z.enum(CONTACT_PREFERENCES),
      /** The slug of the initiative the referral goes to. */
      target_slug: z.string().trim().min(1).max(120),
    })
    .strict()
    .superRefine((body, ctx) => {
      if (body.contact_preference === 'telefoon' && body.contact.phone === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['contact', 'phone'],
          message: 'Vul een telefoonnummer in: de ondernemer wil gebeld worden.',
        });
      }
      if (body.contact_preference === 'email' && body.contact.email === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['contact', 'email'],
          message: 'Vul een e-mailadres in: de ondernemer wil gemaild worden.',
        });
      }
    }),
);
export type NewReferralBody = z.output<typeof NewReferralSchema>;

/** The body of POST /referrals/{id}/status. */
export const StatusChangeSchema = registerSchema(
  'ReferralStatusChange',
  z
    .object({
      /** The new status. */
      status: z.enum(REFERRAL_STATUSES),
      /** Free text for the audit trail (removed with the personal data after the retention period). */
      note: z.string().trim().max(2000).optional(),
      /** Required for afgewezen. */
      reason: z.enum(DECLINE_REASONS).optional(),
      /** Required for doorverwezen: where the new, linked referral goes. */
      forward_to_slug: z.string().trim().min(1).max(120).optional(),
    })
    .strict()
    .superRefine((body, ctx) => {
      if (body.status === 'afgewezen' && body.reason === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['reason'],
          message: `Kies een reden om af te wijzen: ${DECLINE_REASONS.join(', ')}.`,
        });
      }
      if (body.status !== 'afgewezen' && body.reason !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Een reden hoort alleen bij afgewezen.' });
      }
      if (body.status === 'doorverwezen' && body.forward_to_slug === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['forward_to_slug'],
          message: 'Kies naar welk initiatief je doorverwijst.',
        });
      }
      if (body.status !== 'doorverwezen' && body.forward_to_slug !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['forward_to_slug'],
          message: 'Een doel hoort alleen bij doorverwezen.',
        });
      }
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

/** The query of GET /referrals. */
export const ListQuerySchema = z
  .object({
    /** One status or several, comma-separated. */
    status: z
      .string()
      .optional()
      .transform((s, ctx) => {
        if (s === undefined || s === '') return undefined;
        const parts = s.split(',').map((p) => p.trim());
        const bad = parts.filter((p) => !(REFERRAL_STATUSES as readonly string[]).includes(p));
        if (bad.length > 0) {
          ctx.addIssue({ code: 'custom', message: `Kies statussen uit: ${REFERRAL_STATUSES.join(', ')}.` });
          return z.NEVER;
        }
        return parts as Array<(typeof REFERRAL_STATUSES)[number]>;
      }),
    page: listNumber(100_000, 1, 'page is een heel getal vanaf 1.'),
    per_page: listNumber(100, 20, 'per_page is een heel getal van 1 tot en met 100.'),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Responses

const TimestampSchema = z.string();

/** One line of the audit trail. */
export const AuditEntryOutSchema = registerSchema(
  'ReferralAuditEntry',
  z.object({
    at: TimestampSchema,
    by: z.object({ key_id: z.string(), org: z.string(), role: z.string() }),
    from: z.enum(REFERRAL_STATUSES).nullable(),
    to: z.enum(REFERRAL_STATUSES),
    note: z.string().nullable(),
    reason: z.enum(DECLINE_REASONS).nullable(),
  }),
);

/** A referral as the API returns it. Personal fields are null after the retention period. */
export const ReferralOutSchema = registerSchema(
  'Referral',
  z.object({
    id: z.string(),
    status: z.enum(REFERRAL_STATUSES),
    question: z.string().nullable(),
    company: z.object({
      name: z.string().nullable(),
      kvk: z.string().nullable(),
      postcode: z.string().nullable(),
      employees: z.number().nullable(),
      sector: z.string().nullable(),
      gemeente: z.string().nullable(),
      provincie: z.string().nullable(),
    }),
    contact: z.object({
      name: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
    contact_preference: z.enum(CONTACT_PREFERENCES),
    consent: z.object({ version: z.string(), at: TimestampSchema }),
    target: z.object({ slug: z.string(), name: z.string().nullable(), kind: z.string().nullable() }),
    /** The router's advice at the time of sending; null without a router or after the retention period. */
    advice: z.unknown(),
    parent_id: z.string().nullable(),
    forwarded_to_id: z.string().nullable(),
    created_by: z.object({ org: z.string() }),
    created_at: TimestampSchema,
    updated_at: TimestampSchema,
    closed_at: TimestampSchema.nullable(),
    purged_at: TimestampSchema.nullable(),
    /** The audit trail, oldest first (on single-referral answers, not in lists). */
    history: z.array(AuditEntryOutSchema).optional(),
  }),
);
export type ReferralOut = z.output<typeof ReferralOutSchema>;

export const ReferralListSchema = registerSchema(
  'ReferralList',
  z.object({
    items: z.array(ReferralOutSchema),
    page: z.number(),
    per_page: z.number(),
    total: z.number().describe('All referrals that match, over every page.'),
  }),
);

const AUTH =
  'Vereist een API-sleutel: Authorization: Bearer <sleutel> (npm run keys). Wat je sleutel niet mag zien, antwoordt 404, net als wat niet bestaat.';
const idParams = z.object({ id: z.string().uuid().describe('The id of the referral.') });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

registerOperation({
  method: 'post',
  path: '/v1/referrals',
  summary: 'Een ondernemer doorverwijzen',
  description: `Alleen voor intermediairs. Slaat de vraag, het bedrijf, de contactpersoon en de toestemming op (versie ${CONSENT_VERSION}), met het advies van de router, en stuurt de doorverwijzing naar target_slug. ${AUTH}`,
  tags: ['Doorverwijzing'],
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: NewReferralSchema,
          example: {
            question: 'Wij willen onze producten online verkopen maar weten niet waar we moeten beginnen.',
            company: {
              name: 'Voorbeeldbedrijf BV',
              kvk: '00000001',
              postcode: '7511 AB',
              employees: 8,
              sector: 'detailhandel',
            },
            contact: { name: 'Voorbeeld Persoon', email: 'voorbeeld@example.invalid' },
            consent: true,
            contact_preference: 'email',
            target_slug: 'digitale-werkplaats-twente',
          },
        },
      },
    },
  },
  responses: {
    201: json(ReferralOutSchema, 'The referral, status verstuurd, with its history. Location points at it.'),
    ...problemResponses(400, 401, 404, 413, 415, 500),
  },
});
registerOperation({
  method: 'get',
  path: '/v1/referrals',
  summary: 'Mijn doorverwijzingen',
  description: `Een intermediair ziet wat zijn organisatie doorverwees; een ontvanger wat aan zijn initiatief is gericht. Nieuwste eerst. ${AUTH}`,
  tags: ['Doorverwijzing'],
  request: {
    query: z.object({
      status: z
        .string()
        .optional()
        .describe(`One status or several, comma-separated: ${REFERRAL_STATUSES.join(', ')}.`),
      page: z.number().int().min(1).optional().describe('Page, from 1.'),
      per_page: z.number().int().min(1).max(100).optional().describe('Referrals per page (default 20).'),
    }),
  },
  responses: {
    200: json(ReferralListSchema, 'A page of referrals (without history).'),
    ...problemResponses(400, 401, 404, 500),
  },
});
registerOperation({
  method: 'get',
  path: '/v1/referrals/{id}',
  summary: 'Eén doorverwijzing, met historie',
  description: AUTH,
  tags: ['Doorverwijzing'],
  request: { params: idParams },
  responses: {
    200: json(ReferralOutSchema, 'The referral with its audit trail.'),
    ...problemResponses(401, 404, 500),
  },
});
registerOperation({
  method: 'post',
  path: '/v1/referrals/{id}/status',
  summary: 'De status van een doorverwijzing veranderen',
  description: `verstuurd → ontvangen → in_behandeling → afgerond, door de ontvanger; vanuit elke open status ook afgewezen (met reason), geen_contact en doorverwezen (met forward_to_slug: maakt een gekoppelde doorverwijzing). De intermediair kan intrekken (ingetrokken) zolang de status verstuurd is. Een overgang die niet mag is 409. ${AUTH}`,
  tags: ['Doorverwijzing'],
  request: {
    params: idParams,
    body: { required: true, content: { 'application/json': { schema: StatusChangeSchema } } },
  },
  responses: {
    200: json(ReferralOutSchema, 'The referral after the change, with its audit trail.'),
    409: {
      description:
        'This transition is not allowed now, or someone else changed the status first; `current` is the status now.',
      content: {
        'application/problem+json': {
          schema: z.object({
            type: z.string(),
            title: z.string(),
            status: z.number(),
            detail: z.string(),
            current: z.enum(REFERRAL_STATUSES),
          }),
        },
      },
    },
    ...problemResponses(400, 401, 404, 413, 415, 500),
  },
});

export function toAuditEntryOut(e: AuditEntry): z.output<typeof AuditEntryOutSchema> {
  return {
    at: e.at,
    by: { key_id: e.actor.keyId, org: e.actor.org, role: e.actor.role },
    from: e.from,
    to: e.to,
    note: e.note,
    reason: e.reason,
  };
}

export function toReferralOut(
  r: Referral,
  directory: ReadonlyMap<string, Initiative>,
  history?: AuditEntry[],
): ReferralOut {
  const target = directory.get(r.targetSlug);
  return {
    id: r.id,
    status: r.status,
    question: r.question,
    company: { ...r.company },
    contact: { ...r.contact },
    contact_preference: r.contactPreference,
    consent: { ...r.consent },
    target: { slug: r.targetSlug, name: target?.name ?? null, kind: r.targetKind },
    advice: r.advice,
    parent_id: r.parentId,
    forwarded_to_id: r.forwardedToId,
    created_by: { org: r.createdBy.org },
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    closed_at: r.closedAt,
    purged_at: r.purgedAt,
    ...(history ? { history: history.map(toAuditEntryOut) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------

export interface ReferralDeps {
  store: ReferralStore;
  directory: readonly Initiative[];
  postcodes: PostcodeTable;
  advise?: Advisor;
  /** The retention period (REFERRAL_RETENTION_MONTHS) the consent text names; 24 when absent. */
  retentionMonths?: number;
}

/** Whether a key may see a referral: the intermediair's organisation made it, or it is addressed to the ontvanger. */
export function canSee(key: ApiKey, r: Referral): boolean {
  if (key.role === 'intermediair') return r.createdBy.org === key.org;
  if (key.role === 'ontvanger') return key.slug !== null && r.targetSlug === key.slug;
  return false;
}

const NOT_FOUND = 'Deze doorverwijzing bestaat niet, of je hebt er geen toegang toe.';

/** Checks a target slug against the directory; a field error when it cannot receive referrals. */
function checkTarget(
  slug: string,
  bySlug: ReadonlyMap<string, Initiative>,
  pointer: string,
): { ok: true; initiative: Initiative } | { ok: false; error: FieldError } {
  const initiative = bySlug.get(slug);
  if (!initiative) {
    return {
      ok: false,
      error: { pointer, detail: 'Dit initiatief staat niet in het overzicht. Kies een bestaand initiatief.' },
    };
  }
  if (initiative.availability.status === 'beeindigd') {
    return {
      ok: false,
      error: { pointer, detail: 'Dit initiatief is gestopt en neemt geen doorverwijzingen meer aan.' },
    };
  }
  return { ok: true, initiative };
}

async function adviceFor(advise: Advisor | undefined, input: AdvisorInput): Promise<unknown> {
  if (!advise) return null;
  try {
    const advice = await advise(input);
    // Stored and answered as JSON (the store serialises it once); what JSON cannot hold is dropped there.
    return advice === undefined ? null : advice;
  } catch (error) {
    // Advice is informative; a failing router must not stop the referral. No message: it may quote input.
    console.error(JSON.stringify({ level: 'error', msg: 'advisor failed', name: (error as Error)?.name }));
    return null;
  }
}

/** A status-change body as StatusChangeSchema returns it. */
export type StatusChangeBody = z.output<typeof StatusChangeSchema>;

/** Why a service call did not happen: bad input (400), not visible (404), or not allowed now (409). */
export type ServiceFailure =
  | { ok: false; kind: 'invalid'; errors: FieldError[] }
  | { ok: false; kind: 'not_found' }
  | { ok: false; kind: 'conflict'; detail: string; current?: ReferralStatus };

/**
 * The referral logic without HTTP: the API's handlers and the site's on-demand pages (which act
 * for a logged-in key, see src/lib/session.ts) both call these, so they cannot drift apart.
 */
export interface ReferralService {
  /** The directory by slug. */
  bySlug: ReadonlyMap<string, Initiative>;
  /** The referral, when it exists and the key may see it. */
  findVisible(key: ApiKey, id: string): Promise<Referral | null>;
  /** Sends a referral for an intermediair's key (validated body); the caller checks the role. */
  send(
    key: ApiKey,
    body: NewReferralBody,
  ): Promise<{ ok: true; referral: Referral; actor: Actor } | ServiceFailure>;
  /** Moves a visible referral to a new status, following lifecycle.ts. */
  changeStatus(
    key: ApiKey,
    referral: Referral,
    body: StatusChangeBody,
  ): Promise<{ ok: true; referral: Referral } | ServiceFailure>;
}

export function createReferralService(deps: ReferralDeps): ReferralService {
  const { store } = deps;
  const bySlug = new Map(deps.directory.map((i) => [i.slug, i]));
  return {
    bySlug,
    async findVisible(key, id) {
      if (!UUID.test(id)) return null;
      const referral = await store.getReferral(id);
      return referral && canSee(key, referral) ? referral : null;
    },
    async send(key, body) {
      const errors: FieldError[] = [];
      const found = lookupPostcode(deps.postcodes, body.company.postcode);
      if (!found.ok) errors.push({ pointer: '#/company/postcode', detail: found.detail });
      const target = checkTarget(body.target_slug, bySlug, '#/target_slug');
      if (!target.ok) errors.push(target.error);
      if (!found.ok || !target.ok) return { ok: false, kind: 'invalid', errors };

      const letters = /[a-z]{2}$/i.exec(body.company.postcode.replace(/\s/g, ''))?.[0]?.toUpperCase();
      const postcode = letters ? `${found.area.pc4} ${letters}` : found.area.pc4;
      const advice = await adviceFor(deps.advise, {
        question: body.question,
        postcode,
        ...(body.company.employees !== undefined ? { employees: body.company.employees } : {}),
        ...(body.company.sector !== undefined ? { sector: body.company.sector } : {}),
      });
      const actor: Actor = { keyId: key.id, org: key.org, role: key.role };
      const referral = await store.createReferral(
        {
          question: body.question,
          company: {
            name: body.company.name,
            kvk: body.company.kvk,
            postcode,
            employees: body.company.employees ?? null,
            sector: body.company.sector ?? null,
            gemeente: found.area.gemeente,
            provincie: found.area.provincie,
          },
          contact: {
            name: body.contact.name,
            email: body.contact.email ?? null,
            phone: body.contact.phone ?? null,
          },
          contactPreference: body.contact_preference,
          consentVersion: consentVersion(deps.retentionMonths),
          targetSlug: target.initiative.slug,
          targetKind: target.initiative.kind,
          advice,
        },
        actor,
      );
      return { ok: true, referral, actor };
    },
    async changeStatus(key, referral, body) {
      let forward: { targetSlug: string; targetKind: string | null } | undefined;
      if (body.status === 'doorverwezen' && body.forward_to_slug !== undefined) {
        const target = checkTarget(body.forward_to_slug, bySlug, '#/forward_to_slug');
        if (!target.ok) return { ok: false, kind: 'invalid', errors: [target.error] };
        if (target.initiative.slug === referral.targetSlug) {
          return {
            ok: false,
            kind: 'invalid',
            errors: [{ pointer: '#/forward_to_slug', detail: 'Kies een ander initiatief dan het huidige.' }],
          };
        }
        forward = { targetSlug: target.initiative.slug, targetKind: target.initiative.kind };
      }

      const check = checkTransition(key.role, referral.status, body.status);
      if (!check.ok) return { ok: false, kind: 'conflict', detail: check.detail, current: referral.status };

      const result = await store.changeStatus({
        id: referral.id,
        from: referral.status,
        to: body.status,
        actor: { keyId: key.id, org: key.org, role: key.role },
        note: body.note === undefined || body.note === '' ? null : body.note,
        reason: body.reason ?? null,
        ...(forward ? { forward } : {}),
      });
      if (!result.ok) {
        if (result.reason === 'not_found') return { ok: false, kind: 'not_found' };
        return {
          ok: false,
          kind: 'conflict',
          detail:
            'Iemand anders veranderde de status net. Laad de doorverwijzing opnieuw en probeer het nog eens.',
          ...(result.current ? { current: result.current } : {}),
        };
      }
      return { ok: true, referral: result.referral };
    },
  };
}

/** A service failure as the API's problem+json. */
function failureResponse(c: Context, failure: ServiceFailure): Response {
  if (failure.kind === 'invalid') return validationProblem(c, failure.errors);
  if (failure.kind === 'not_found') return notFound(c, NOT_FOUND);
  return sendProblem(
    c,
    problem(409, failure.detail, {
      slug: 'ongeldige-statuswijziging',
      ...(failure.current ? { current: failure.current } : {}),
    }),
  );
}

export function referralRoutes(deps: ReferralDeps): Hono<AuthEnv> {
  const { store } = deps;
  const service = createReferralService(deps);
  const { bySlug, findVisible } = service;

  return new Hono<AuthEnv>()
    .use('*', requireKey(store), limitBody())
    .post('/', async (c) => {
      const key = c.get('principal');
      if (key.role !== 'intermediair') return notFound(c, NOT_FOUND);
      const parsed = await parseJsonBody(c, NewReferralSchema);
      if (!parsed.ok) return parsed.response;
      const sent = await service.send(key, parsed.data);
      if (!sent.ok) return failureResponse(c, sent);
      const { referral, actor } = sent;
      c.header('Location', `/api/v1/referrals/${referral.id}`);
      // The store's contract: a new referral's history is exactly its creation (saves a query).
      const created: AuditEntry = {
        at: referral.createdAt,
        actor,
        from: null,
        to: 'verstuurd',
        note: null,
        reason: null,
      };
      return c.json(toReferralOut(referral, bySlug, [created]), 201);
    })
    .get('/', async (c) => {
      const key = c.get('principal');
      if (key.role !== 'intermediair' && key.role !== 'ontvanger') return notFound(c, NOT_FOUND);
      const parsed = ListQuerySchema.safeParse(c.req.query(), { errorMap: dutchErrorMap });
      if (!parsed.success) return validationProblem(c, fieldErrors(parsed.error.issues));
      const { status, page, per_page } = parsed.data;
      const { items, total } = await store.listReferrals({
        ...(key.role === 'intermediair' ? { createdByOrg: key.org } : { targetSlug: key.slug ?? '' }),
        ...(status ? { statuses: status } : {}),
        page,
        perPage: per_page,
      });
      return c.json({ items: items.map((r) => toReferralOut(r, bySlug)), page, per_page, total });
    })
    .get('/:id', async (c) => {
      const referral = await findVisible(c.get('principal'), c.req.param('id'));
      if (!referral) return notFound(c, NOT_FOUND);
      return c.json(toReferralOut(referral, bySlug, await store.history(referral.id)));
    })
    .post('/:id/status', async (c) => {
      const key = c.get('principal');
      if (!STATUSES_BY_ROLE[key.role]) return notFound(c, NOT_FOUND);
      const referral = await findVisible(key, c.req.param('id'));
      if (!referral) return notFound(c, NOT_FOUND);
      const parsed = await parseJsonBody(c, StatusChangeSchema);
      if (!parsed.ok) return parsed.response;
      const changed = await service.changeStatus(key, referral, parsed.data);
      if (!changed.ok) return failureResponse(c, changed);
      return c.json(toReferralOut(changed.referral, bySlug, await store.history(referral.id)));
    });
}
