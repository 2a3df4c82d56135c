/**
 * /api/v1/admin — the AVG duties of the administrator, admin keys only (404 for any other key).
 *
 *   GET    /kvk/{kvk}   everything stored about one KVK number (inzageverzoek), with audit trails
 *   DELETE /kvk/{kvk}   erases it (verwijderverzoek); answers how many referrals were removed
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Initiative } from '../../content/schema.ts';
import { notFound, requireKey, type AuthEnv } from '../auth.ts';
import { problemResponses, registerOperation, registerSchema } from '../openapi.ts';
import type { ReferralStore } from '../storage/types.ts';
import { ReferralOutSchema, toReferralOut, validationProblem } from './referrals.ts';

export const KVK_PATTERN = /^\d{8}$/;

/** The body of a 200 from GET /admin/kvk/{kvk}. */
export const KvkExportSchema = registerSchema(
  'KvkExport',
  z.object({
    kvk: z.string(),
    exported_at: z.string(),
    referrals: z.array(ReferralOutSchema),
  }),
);

/** The body of a 200 from DELETE /admin/kvk/{kvk}. */
export const KvkErasureSchema = registerSchema(
  'KvkErasure',
  z.object({ kvk: z.string(), erased: z.number() }),
);

const kvkParams = z.object({ kvk: z.string().regex(KVK_PATTERN).describe('KVK number, 8 digits.') });
const ADMIN =
  'Alleen met een beheerderssleutel (Authorization: Bearer <sleutel>); andere sleutels krijgen 404.';
registerOperation({
  method: 'get',
  path: '/v1/admin/kvk/{kvk}',
  summary: 'Alles over één KVK-nummer (inzage, AVG)',
  description: `Elke doorverwijzing over dit KVK-nummer, ook doorgestuurde, met historie. ${ADMIN}`,
  tags: ['Beheer'],
  request: { params: kvkParams },
  responses: {
    200: { description: 'Everything stored.', content: { 'application/json': { schema: KvkExportSchema } } },
    ...problemResponses(400, 401, 404, 500),
  },
});
registerOperation({
  method: 'delete',
  path: '/v1/admin/kvk/{kvk}',
  summary: 'Alles over één KVK-nummer wissen (AVG)',
  description: `Verwijdert elke doorverwijzing over dit KVK-nummer met de historie. ${ADMIN}`,
  tags: ['Beheer'],
  request: { params: kvkParams },
  responses: {
    200: {
      description: 'How many referrals were erased.',
      content: { 'application/json': { schema: KvkErasureSchema } },
    },
    ...problemResponses(400, 401, 404, 500),
  },
});

export function adminRoutes(deps: { store: ReferralStore; directory: readonly Initiative[] }): Hono<AuthEnv> {
  const bySlug = new Map(deps.directory.map((i) => [i.slug, i]));
  const kvkError = [
    { pointer: '#/kvk', detail: 'Een KVK-nummer heeft precies 8 cijfers, bijvoorbeeld 12345678.' },
  ];

  // Errors go to app.ts's onError, which logs the route pattern, never this path's KVK number.
  return new Hono<AuthEnv>()
    .use('*', requireKey(deps.store))
    .use('*', async (c, next) => {
      if (c.get('principal').role !== 'admin') return notFound(c);
      await next();
    })
    .get('/kvk/:kvk', async (c) => {
      const kvk = c.req.param('kvk');
      if (!KVK_PATTERN.test(kvk)) return validationProblem(c, kvkError);
      const records = await deps.store.exportByKvk(kvk);
      const body: z.output<typeof KvkExportSchema> = {
        kvk,
        exported_at: new Date().toISOString(),
        referrals: records.map((r) => toReferralOut(r.referral, bySlug, r.history)),
      };
      return c.json(body);
    })
    .delete('/kvk/:kvk', async (c) => {
      const kvk = c.req.param('kvk');
      if (!KVK_PATTERN.test(kvk)) return validationProblem(c, kvkError);
      const erased = await deps.store.eraseByKvk(kvk);
      // The count only: the KVK number itself is personal data for a sole trader.
      console.log(JSON.stringify({ level: 'info', msg: 'kvk erased', by: c.get('principal').id, erased }));
      return c.json({ kvk, erased } satisfies z.output<typeof KvkErasureSchema>);
    });
}
