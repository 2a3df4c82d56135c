/**
 * The impact monitor's API: the 0-meting at intake, the 1-meting after the traject, the invitations
 * that are due, and the figures per scope.
 *
 *   POST /v1/referrals/{id}/nulmeting               intermediair or receiver of the referral
 *   POST /v1/referrals/{id}/eenmeting               the same keys, or the owner's token (?token= or
 *                                                   a `token` field); only once the referral is afgerond
 *   POST /v1/referrals/{id}/eenmeting/uitnodiging   receiver: a personal link for the owner (90 days)
 *   GET  /v1/monitor/due                            receiver (own) or admin: 1-metingen due
 *   GET  /v1/monitor/summary?scope=…                admin (any), provincie (own), ontvanger (own slug)
 *
 * Tenancy as everywhere: what a key may not see answers 404; which figures a key may see is
 * monitor/scope.ts (shared with the /monitor dashboard). One of each measurement per referral: a
 * second is 409.
 */
import { Hono, type Context, type Next } from 'hono';
import { z } from 'zod';
import type { Initiative } from '../../content/schema.ts';
import { notFound, requireKey, type AuthEnv } from '../auth.ts';
import { formatScope, resolveScope, scopeSummary } from '../monitor/scope.ts';
import { MIN_SECTOR_GROUP, POOLED_SECTOR } from '../monitor/summary.ts';
import {
  EenmetingSchema,
  EenmetingWithTokenSchema,
  MONITOR_VERSION,
  NulmetingSchema,
  type EenmetingAnswers,
  type Measurement,
  type NulmetingAnswers,
} from '../monitor/questionnaires.ts';
import { problemResponses, registerOperation, registerSchema } from '../openapi.ts';
import { problem, sendProblem } from '../problem.ts';
import { TOKEN_SHAPE, type InvitationCheck, type MonitorStore, type SaveResult } from '../storage/monitor.ts';
import type { ApiKey, Referral, ReferralStore } from '../storage/types.ts';
import { canSee, limitBody, parseJsonBody } from './referrals.ts';

export interface MonitorDeps {
  store: ReferralStore;
  monitor: MonitorStore;
  directory: readonly Initiative[];
  /** The clock for "due" (tests pass one). */
  now?: () => Date;
}

/** A 1-meting invitation is due this many months after the referral was closed as afgerond. */
export const DUE_AFTER_MONTHS = 6;

const NOT_FOUND = 'Deze doorverwijzing bestaat niet, of je hebt er geen toegang toe.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Why a personal link does not open a form, in the owner's words. */
export const TOKEN_PROBLEMS: Record<'unknown' | 'used' | 'expired' | 'other_referral', string> = {
  unknown: 'Deze persoonlijke link klopt niet. Controleer of u de hele link uit de uitnodiging gebruikt.',
  used: 'Deze persoonlijke link is al gebruikt: de vragenlijst is ingevuld. Dank u wel.',
  expired: 'Deze persoonlijke link is verlopen (een link werkt 90 dagen). Vraag de werkplaats om een nieuwe.',
  other_referral:
    'Deze persoonlijke link klopt niet. Controleer of u de hele link uit de uitnodiging gebruikt.',
};

const DUPLICATE: Record<Measurement, string> = {
  nulmeting: 'Voor deze doorverwijzing is de 0-meting al ingevuld. Elke doorverwijzing heeft één 0-meting.',
  eenmeting: 'Voor deze doorverwijzing is de 1-meting al ingevuld. Elke doorverwijzing heeft één 1-meting.',
};

const NOT_CLOSED =
  'De 1-meting kan pas als de doorverwijzing is afgerond. Deze doorverwijzing is nog niet afgerond.';

/** What is stored with an answer about this referral. */
function subject(referral: Referral) {
  return {
    referralId: referral.id,
    kvk: referral.company.kvk,
    targetSlug: referral.targetSlug,
    provincie: referral.company.provincie,
    sector: referral.company.sector,
  };
}

export type SubmitOutcome =
  | { ok: true; id: string; measurement: Measurement; createdAt: string }
  | { ok: false; status: 403 | 404 | 409; detail: string; slug: string };

function outcome(result: SaveResult, measurement: Measurement): SubmitOutcome {
  if (result.ok) {
    return { ok: true, id: result.response.id, measurement, createdAt: result.response.createdAt };
  }
  if (result.reason === 'duplicate') {
    return { ok: false, status: 409, detail: DUPLICATE[measurement], slug: 'al-ingevuld' };
  }
  return tokenFailure(result.check.reason);
}

function tokenFailure(reason: keyof typeof TOKEN_PROBLEMS): SubmitOutcome & { ok: false } {
  return { ok: false, status: 403, detail: TOKEN_PROBLEMS[reason], slug: 'ongeldige-link' };
}

/** What a token opens: the referral (afgerond, still without 1-meting), or why not. */
export async function openInvitation(
  deps: Pick<MonitorDeps, 'store' | 'monitor'>,
  token: string,
): Promise<
  { ok: true; referral: Referral; expiresAt: string } | { ok: false; reason: keyof typeof TOKEN_PROBLEMS }
> {
  if (!TOKEN_SHAPE.test(token)) return { ok: false, reason: 'unknown' };
  const check: InvitationCheck = await deps.monitor.checkInvitation(token);
  if (!check.ok) return check;
  const referral = await deps.store.getReferral(check.referralId);
  if (!referral) return { ok: false, reason: 'unknown' };
  if ((await deps.monitor.answered(referral.id)).includes('eenmeting')) return { ok: false, reason: 'used' };
  return { ok: true, referral, expiresAt: check.expiresAt };
}

/** Stores the owner's 1-meting through a token (the API and the /monitor/eenmeting form). */
export async function submitEenmetingWithToken(
  deps: Pick<MonitorDeps, 'store' | 'monitor'>,
  token: string,
  answers: EenmetingAnswers,
  referralId?: string,
): Promise<SubmitOutcome> {
  const opened = await openInvitation(deps, token);
  if (!opened.ok) return tokenFailure(opened.reason);
  if (referralId !== undefined && opened.referral.id !== referralId) return tokenFailure('other_referral');
  if (opened.referral.status !== 'afgerond')
    return { ok: false, status: 409, detail: NOT_CLOSED, slug: 'nog-niet-afgerond' };
  const saved = await deps.monitor.save(
    {
      ...subject(opened.referral),
      measurement: 'eenmeting',
      version: MONITOR_VERSION,
      answers,
      submittedVia: 'token',
    },
    token,
  );
  return outcome(saved, 'eenmeting');
}

/**
 * Stores the 0-meting of a referral the key may see (the caller checked that with canSee): the API
 * and the adviser's form at /doorverwijzingen/<id>/nulmeting. A second one is 409.
 */
export async function submitNulmeting(
  monitor: MonitorStore,
  key: ApiKey,
  referral: Referral,
  answers: NulmetingAnswers,
): Promise<SubmitOutcome> {
  const saved = await monitor.save({
    ...subject(referral),
    measurement: 'nulmeting',
    version: MONITOR_VERSION,
    answers,
    submittedVia: `key:${key.id}`,
  });
  return outcome(saved, 'nulmeting');
}

function send(c: Context, result: SubmitOutcome): Response {
  if (!result.ok) {
    return result.status === 404
      ? notFound(c, result.detail)
      : sendProblem(c, problem(result.status, result.detail, { slug: result.slug }));
  }
  c.header('Location', `/api/v1/referrals/${c.req.param('id') ?? ''}/${result.measurement}`);
  return c.json(
    {
      id: result.id,
      measurement: result.measurement,
      questionnaire_version: MONITOR_VERSION,
      created_at: result.createdAt,
    },
    201,
  );
}

async function visibleReferral(store: ReferralStore, key: ApiKey, id: string): Promise<Referral | null> {
  if (!UUID.test(id)) return null;
  const referral = await store.getReferral(id);
  return referral && canSee(key, referral) ? referral : null;
}

/** The routes under /v1/referrals/{id}/…; mounted before referralRoutes so a token needs no key. */
function measurementRoutes(deps: MonitorDeps): Hono<AuthEnv> {
  const { store, monitor } = deps;
  const keyed = requireKey(store);

  // The owner with a token: no key. Everyone else goes on to requireKey.
  const byToken = async (c: Context<AuthEnv>, next: Next) => {
    const queryToken = c.req.query('token');
    if (queryToken === undefined && c.req.header('authorization') !== undefined) return next();
    if (queryToken !== undefined) {
      const opened = await openInvitation(deps, queryToken);
      if (!opened.ok) return send(c, tokenFailure(opened.reason));
      if (opened.referral.id !== c.req.param('id')) return send(c, tokenFailure('other_referral'));
    }
    const parsed = await parseJsonBody(c, EenmetingWithTokenSchema);
    if (!parsed.ok) return parsed.response;
    const { token: bodyToken, ...answers } = parsed.data;
    const token = queryToken ?? bodyToken;
    if (token === undefined) return next();
    return send(c, await submitEenmetingWithToken(deps, token, answers, c.req.param('id')));
  };

  return new Hono<AuthEnv>()
    .use('*', limitBody())
    .post('/:id/nulmeting', keyed, async (c) => {
      const referral = await visibleReferral(store, c.get('principal'), c.req.param('id'));
      if (!referral) return notFound(c, NOT_FOUND);
      const parsed = await parseJsonBody(c, NulmetingSchema);
      if (!parsed.ok) return parsed.response;
      return send(c, await submitNulmeting(monitor, c.get('principal'), referral, parsed.data));
    })
    .post('/:id/eenmeting', byToken, keyed, async (c) => {
      const referral = await visibleReferral(store, c.get('principal'), c.req.param('id'));
      if (!referral) return notFound(c, NOT_FOUND);
      const parsed = await parseJsonBody(c, EenmetingSchema);
      if (!parsed.ok) return parsed.response;
      if (referral.status !== 'afgerond') {
        return sendProblem(
          c,
          problem(409, NOT_CLOSED, { slug: 'nog-niet-afgerond', current: referral.status }),
        );
      }
      const saved = await monitor.save({
        ...subject(referral),
        measurement: 'eenmeting',
        version: MONITOR_VERSION,
        answers: parsed.data,
        submittedVia: `key:${c.get('principal').id}`,
      });
      return send(c, outcome(saved, 'eenmeting'));
    })
    .post('/:id/eenmeting/uitnodiging', keyed, async (c) => {
      const key = c.get('principal');
      if (key.role !== 'ontvanger') return notFound(c, NOT_FOUND);
      const referral = await visibleReferral(store, key, c.req.param('id'));
      if (!referral) return notFound(c, NOT_FOUND);
      if (referral.status !== 'afgerond') {
        return sendProblem(
          c,
          problem(409, NOT_CLOSED, { slug: 'nog-niet-afgerond', current: referral.status }),
        );
      }
      if ((await monitor.answered(referral.id)).includes('eenmeting')) {
        return sendProblem(c, problem(409, DUPLICATE.eenmeting, { slug: 'al-ingevuld' }));
      }
      const { token, expiresAt } = await monitor.createInvitation(referral.id);
      c.header('Cache-Control', 'no-store');
      return c.json({ url: invitationPath(token), expires_at: expiresAt }, 201);
    });
}

/** The owner's personal link, relative to the site. */
export const invitationPath = (token: string) => `/monitor/eenmeting?token=${encodeURIComponent(token)}`;

// ---------------------------------------------------------------------------------------------
// Due

/** When a referral closed at `closedAt` is due for its 1-meting. */
export function dueAt(closedAt: string): Date {
  const at = new Date(closedAt);
  at.setUTCMonth(at.getUTCMonth() + DUE_AFTER_MONTHS);
  return at;
}

export interface DueInvitation {
  referralId: string;
  targetSlug: string;
  closedAt: string;
  dueAt: string;
}

/** Referrals afgerond at least six months ago without a 1-meting, oldest first. */
export async function dueInvitations(
  deps: Pick<MonitorDeps, 'store' | 'monitor'>,
  filter: { targetSlug?: string },
  now: Date,
): Promise<DueInvitation[]> {
  const due: DueInvitation[] = [];
  for (let page = 1; ; page++) {
    const { items } = await deps.store.listReferrals({
      ...filter,
      statuses: ['afgerond'],
      page,
      perPage: 100,
    });
    for (const r of items) {
      if (r.closedAt === null) continue;
      const at = dueAt(r.closedAt);
      if (at.getTime() > now.getTime()) continue;
      if ((await deps.monitor.answered(r.id)).includes('eenmeting')) continue;
      due.push({ referralId: r.id, targetSlug: r.targetSlug, closedAt: r.closedAt, dueAt: at.toISOString() });
    }
    if (items.length < 100) break;
  }
  return due.sort((a, b) => a.closedAt.localeCompare(b.closedAt));
}

const pct = z.number().int().min(0).max(100);

/** GET /v1/monitor/summary. */
export const MonitorSummarySchema = registerSchema(
  'MonitorSummary',
  z.object({
    scope: z.string(),
    questionnaire_version: z.string(),
    respondents: z.object({ nulmeting: z.number().int(), eenmeting: z.number().int() }),
    tevredenheid: z.object({ zeer_tevreden: pct, tevreden: pct, neutraal: pct, ontevreden: pct }),
    doorgaan_met_digitaliseren: pct,
    vervolgstappen: z.record(pct),
    aanbevelingscijfer_gemiddeld: z.number().nullable(),
    stellingen: z.record(z.record(z.number().int())),
    nulmeting_per_sector: z
      .record(
        z.object({
          respondents: z.number().int(),
          hoe_gevonden: z.record(z.number().int()),
          belemmeringen: z.record(z.number().int()),
          verwachting: z.record(z.number().int()),
        }),
      )
      .describe(
        `0-meting counts per sector (lower case; "onbekend" when none was given). Sectors with fewer than ${MIN_SECTOR_GROUP} respondents are counted together under "${POOLED_SECTOR}".`,
      ),
  }),
);

/** GET /v1/monitor/due. */
export const MonitorDueSchema = registerSchema(
  'MonitorDue',
  z.object({
    items: z.array(
      z.object({
        referral_id: z.string(),
        target_slug: z.string(),
        closed_at: z.string(),
        due_at: z.string(),
        /** POST here (as the receiver) for the owner's personal link. */
        invitation: z.string(),
      }),
    ),
    total: z.number().int(),
  }),
);

function monitorRoutes(deps: MonitorDeps): Hono<AuthEnv> {
  const { store, monitor } = deps;
  return new Hono<AuthEnv>()
    .use('*', requireKey(store))
    .get('/summary', async (c) => {
      const resolved = resolveScope(c.get('principal'), c.req.query('scope'));
      if (!resolved.ok && resolved.reason === 'invalid') {
        return sendProblem(
          c,
          problem(400, 'Kies scope=landelijk, scope=provincie:<naam> of scope=initiative:<slug>.', {
            slug: 'ongeldige-gegevens',
            errors: [{ pointer: '#/scope', detail: 'Onbekende scope.' }],
          }),
        );
      }
      if (!resolved.ok) return notFound(c, 'Deze cijfers bestaan niet, of je hebt er geen toegang toe.');
      const summary = await scopeSummary(monitor, resolved.scope);
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        scope: formatScope(resolved.scope),
        questionnaire_version: MONITOR_VERSION,
        ...summary,
      });
    })
    .get('/due', async (c) => {
      const key = c.get('principal');
      if (key.role !== 'ontvanger' && key.role !== 'admin') {
        return notFound(c, 'Deze lijst bestaat niet, of je hebt er geen toegang toe.');
      }
      const filter = key.role === 'ontvanger' ? { targetSlug: key.slug ?? '' } : {};
      const items = await dueInvitations(deps, filter, (deps.now ?? (() => new Date()))());
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        items: items.map((d) => ({
          referral_id: d.referralId,
          target_slug: d.targetSlug,
          closed_at: d.closedAt,
          due_at: d.dueAt,
          invitation: `/api/v1/referrals/${d.referralId}/eenmeting/uitnodiging`,
        })),
        total: items.length,
      });
    });
}

/** Mounts the monitor on the API; call it before /v1/referrals is mounted (see measurementRoutes). */
export function mountMonitor(app: Hono, deps: MonitorDeps): void {
  app.route('/v1/referrals', measurementRoutes(deps));
  app.route('/v1/monitor', monitorRoutes(deps));
}

// ---------------------------------------------------------------------------------------------
// OpenAPI

const AUTH =
  'Vereist een API-sleutel: Authorization: Bearer <sleutel>. Wat je sleutel niet mag zien, antwoordt 404, net als wat niet bestaat.';
const idParams = z.object({ id: z.string().uuid().describe('The id of the referral.') });
const StoredSchema = registerSchema(
  'MonitorAnswerStored',
  z.object({
    id: z.string(),
    measurement: z.enum(['nulmeting', 'eenmeting']),
    questionnaire_version: z.string(),
    created_at: z.string(),
  }),
);
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

registerOperation({
  method: 'post',
  path: '/v1/referrals/{id}/nulmeting',
  summary: 'De 0-meting van een doorverwijzing invullen',
  description: `De 0-meting (bijlage II van de evaluatie Digitale Werkplaatsen, versie ${MONITOR_VERSION}) bij de intake, door de verwijzer of de ontvanger. Eén per doorverwijzing: een tweede is 409. ${AUTH}`,
  tags: ['Impactmonitor'],
  request: {
    params: idParams,
    body: {
      required: true,
      content: { 'application/json': { schema: registerSchema('Nulmeting', NulmetingSchema) } },
    },
  },
  responses: { 201: json(StoredSchema, 'Stored.'), ...problemResponses(400, 401, 404, 409, 413, 415, 500) },
});
registerOperation({
  method: 'post',
  path: '/v1/referrals/{id}/eenmeting',
  summary: 'De 1-meting van een doorverwijzing invullen',
  description: `Kan zodra de doorverwijzing afgerond is. Door de verwijzer of ontvanger met een API-sleutel, of door de ondernemer met het token uit de persoonlijke link (?token= of het veld token). Eén per doorverwijzing: een tweede is 409. Een gebruikte, verlopen of onjuiste link is 403.`,
  tags: ['Impactmonitor'],
  request: {
    params: idParams,
    query: z.object({ token: z.string().optional().describe('The token of the personal link.') }),
    body: {
      required: true,
      content: { 'application/json': { schema: registerSchema('Eenmeting', EenmetingWithTokenSchema) } },
    },
  },
  responses: {
    201: json(StoredSchema, 'Stored.'),
    ...problemResponses(400, 401, 403, 404, 409, 413, 415, 500),
  },
});
registerOperation({
  method: 'post',
  path: '/v1/referrals/{id}/eenmeting/uitnodiging',
  summary: 'Een persoonlijke link voor de 1-meting maken',
  description: `Alleen de ontvanger, voor een afgeronde doorverwijzing zonder 1-meting. De link werkt één keer en 90 dagen; het token wordt alleen nu getoond. ${AUTH}`,
  tags: ['Impactmonitor'],
  request: { params: idParams },
  responses: {
    201: json(
      z.object({ url: z.string(), expires_at: z.string() }),
      'The personal link (relative to the site).',
    ),
    ...problemResponses(401, 404, 409, 500),
  },
});
registerOperation({
  method: 'get',
  path: '/v1/monitor/due',
  summary: '1-metingen die nu gevraagd moeten worden',
  description: `Doorverwijzingen die minstens ${DUE_AFTER_MONTHS} maanden geleden afgerond zijn en nog geen 1-meting hebben. De ontvanger ziet de eigen, de beheerder alle. ${AUTH}`,
  tags: ['Impactmonitor'],
  responses: {
    200: json(MonitorDueSchema, 'Due invitations, oldest first.'),
    ...problemResponses(401, 404, 500),
  },
});
registerOperation({
  method: 'get',
  path: '/v1/monitor/summary',
  summary: 'De cijfers van de impactmonitor',
  description: `scope=landelijk (beheerder), provincie:<naam> (die provincie) of initiative:<slug> (die ontvanger). Percentages zijn hele getallen van de respondenten van die meting. Geen persoonsgegevens. ${AUTH}`,
  tags: ['Impactmonitor'],
  request: {
    query: z.object({
      scope: z.string().optional().describe('landelijk | provincie:<naam> | initiative:<slug>'),
    }),
  },
  responses: { 200: json(MonitorSummarySchema, 'The figures.'), ...problemResponses(400, 401, 404, 500) },
});
