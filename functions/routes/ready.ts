/**
 * GET /api/v1/ready — readiness, for a load balancer: 200 when this instance can do its work (the
 * directory is loaded, the stores answer), else 503 problem+json naming the checks that failed.
 * Liveness (is the process up at all) is /api/v1/health, which checks nothing.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { problemResponses, registerOperation, registerSchema } from '../openapi.ts';
import { problem, sendProblem } from '../problem.ts';

/** One thing an instance needs; `run` rejects (or throws) when it is not available. */
export interface ReadyCheck {
  /** Short and stable, e.g. 'directory' or 'referral-store'; shown in the answer. */
  name: string;
  run: () => Promise<void> | void;
}

/** A check that does not answer within this time has failed (a hung database is not ready). */
export const READY_TIMEOUT_MS = 2000;

const CheckResultsSchema = z.record(z.enum(['ok', 'failed'])).describe('Each check by name: ok or failed.');

export const ReadySchema = registerSchema(
  'Ready',
  z.object({ status: z.literal('ready'), checks: CheckResultsSchema }),
);

registerOperation({
  method: 'get',
  path: '/v1/ready',
  summary: 'Kan deze instantie verzoeken aannemen?',
  description:
    'Voor een load balancer: 200 als het overzicht geladen is en de opslag antwoordt, anders 503 met per controle ok of failed. /v1/health zegt alleen dat het proces leeft.',
  tags: ['Beheer'],
  responses: {
    200: { description: 'Ready.', content: { 'application/json': { schema: ReadySchema } } },
    503: {
      description: 'Not ready; `checks` says what failed.',
      content: {
        'application/problem+json': {
          schema: z.object({
            type: z.string(),
            title: z.string(),
            status: z.number(),
            detail: z.string(),
            checks: CheckResultsSchema,
          }),
        },
      },
    },
    ...problemResponses(500),
  },
});

async function passes(check: ReadyCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
  });
  try {
    await Promise.race([Promise.resolve().then(check.run), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function readyRoutes(checks: readonly ReadyCheck[], timeoutMs = READY_TIMEOUT_MS): Hono {
  return new Hono().get('/', async (c) => {
    const results = await Promise.all(checks.map((check) => passes(check, timeoutMs)));
    const named = Object.fromEntries(
      checks.map((check, i) => [check.name, results[i] ? 'ok' : 'failed'] as const),
    );
    // Probes must see the state now, never a cached answer.
    c.header('Cache-Control', 'no-store');
    if (results.every(Boolean)) return c.json({ status: 'ready' as const, checks: named });
    const failed = checks.filter((_, i) => !results[i]).map((check) => check.name);
    return sendProblem(
      c,
      problem(503, `Deze instantie is nog niet klaar: ${failed.join(', ')} werkt niet.`, {
        slug: 'niet-klaar',
        checks: named,
      }),
    );
  });
}

/** The checks every API instance has: the directory is loaded, and each store it was given answers. */
export function dependencyChecks(deps: {
  directory: readonly unknown[];
  store?: { getReferral(id: string): Promise<unknown> };
  corrections?: { list(filter: { page: number; perPage: number }): Promise<unknown> };
  search?: { search(query: { q: string; page: number; perPage: number }): Promise<unknown> };
  monitor?: { answered(referralId: string): Promise<unknown> };
}): ReadyCheck[] {
  const checks: ReadyCheck[] = [
    {
      name: 'directory',
      run: () => {
        if (deps.directory.length === 0) throw new Error('empty directory');
      },
    },
  ];
  const { store, corrections, search, monitor } = deps;
  // A lookup by primary key of an id that is never issued: one cheap round trip.
  if (store) checks.push({ name: 'referral-store', run: () => store.getReferral(NIL_UUID).then(() => {}) });
  if (corrections) {
    checks.push({
      name: 'correction-store',
      run: () => corrections.list({ page: 1, perPage: 1 }).then(() => {}),
    });
  }
  if (monitor) checks.push({ name: 'monitor-store', run: () => monitor.answered(NIL_UUID).then(() => {}) });
  if (search)
    checks.push({ name: 'search', run: () => search.search({ q: '', page: 1, perPage: 1 }).then(() => {}) });
  return checks;
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';
