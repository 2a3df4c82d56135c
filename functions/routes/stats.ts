/**
 * /api/v1/stats/referrals — counts of referrals for a provincie: by status, by kind of initiative
 * and by gemeente of the company. No personal data, no ids. A provincie key sees its own province;
 * an admin sees all or picks one with ?provincie=. Any other key gets 404.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { PROVINCIES } from '../../content/places.ts';
import { notFound, requireKey, type AuthEnv } from '../auth.ts';
import { problemResponses, registerOperation, registerSchema } from '../openapi.ts';
import type { ReferralStore } from '../storage/types.ts';
import { dutchErrorMap, fieldErrors, validationProblem } from './referrals.ts';

/** The query of GET /stats/referrals (admin only: a provincie key is bound to its own). */
export const StatsQuerySchema = z
  .object({
    provincie: z
      .enum(PROVINCIES, {
        errorMap: () => ({ message: `Kies een provincie uit: ${PROVINCIES.join(', ')}.` }),
      })
      .optional(),
  })
  .strict();

/** The body of a 200 from GET /stats/referrals. */
export const ReferralStatsSchema = registerSchema(
  'ReferralStats',
  z.object({
    /** The province counted; null for all of them. */
    provincie: z.string().nullable(),
    total: z.number(),
    by_status: z.record(z.number()),
    /** By the kind of the initiative referred to. */
    by_kind: z.record(z.number()),
    /** By the gemeente of the company's postcode. */
    by_gemeente: z.record(z.number()),
  }),
);

registerOperation({
  method: 'get',
  path: '/v1/stats/referrals',
  summary: 'Doorverwijzingen in cijfers, per provincie',
  description:
    'Aantallen per status, per soort initiatief en per gemeente van het bedrijf, zonder persoonsgegevens. Een provinciesleutel ziet de eigen provincie; een beheerder alle of één (?provincie=). Andere sleutels: 404. Vereist Authorization: Bearer <sleutel>.',
  tags: ['Doorverwijzing'],
  request: { query: StatsQuerySchema },
  responses: {
    200: { description: 'The counts.', content: { 'application/json': { schema: ReferralStatsSchema } } },
    ...problemResponses(400, 401, 404, 500),
  },
});
export type ReferralStatsOut = z.output<typeof ReferralStatsSchema>;

export function statsRoutes(deps: { store: ReferralStore }): Hono<AuthEnv> {
  return new Hono<AuthEnv>().use('*', requireKey(deps.store)).get('/referrals', async (c) => {
    const key = c.get('principal');
    if (key.role !== 'provincie' && key.role !== 'admin') return notFound(c);
    const parsed = StatsQuerySchema.safeParse(c.req.query(), { errorMap: dutchErrorMap });
    if (!parsed.success) return validationProblem(c, fieldErrors(parsed.error.issues));
    if (
      key.role === 'provincie' &&
      parsed.data.provincie !== undefined &&
      parsed.data.provincie !== key.provincie
    ) {
      return notFound(c);
    }
    // A provincie key without a provincie would otherwise count everything.
    if (key.role === 'provincie' && !key.provincie) return notFound(c);
    const provincie = key.role === 'provincie' ? key.provincie! : (parsed.data.provincie ?? null);
    const stats = await deps.store.stats(provincie === null ? {} : { provincie });
    const body: ReferralStatsOut = {
      provincie,
      total: stats.total,
      by_status: stats.byStatus,
      by_kind: stats.byKind,
      by_gemeente: stats.byGemeente,
    };
    return c.json(body);
  });
}
