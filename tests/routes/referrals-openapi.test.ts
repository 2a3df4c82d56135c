/** Every referral, stats and admin operation is in the OpenAPI document, with its problems. */
import { expect, test } from 'vitest';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import { referralApp } from '../helpers/referrals.ts';

test('the OpenAPI document lists every referral operation with its 401 and 404 problems', async () => {
  const store = await createSqliteStore({ path: ':memory:' });
  const res = await referralApp(store).request('/api/v1/openapi.json');
  expect(res.status).toBe(200);
  const doc = (await res.json()) as {
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  };
  const operations = [
    ['post', '/v1/referrals', '201'],
    ['get', '/v1/referrals', '200'],
    ['get', '/v1/referrals/{id}', '200'],
    ['post', '/v1/referrals/{id}/status', '200'],
    ['get', '/v1/stats/referrals', '200'],
    ['get', '/v1/admin/kvk/{kvk}', '200'],
    ['delete', '/v1/admin/kvk/{kvk}', '200'],
  ] as const;
  for (const [method, path, ok] of operations) {
    const op = doc.paths[path]?.[method];
    expect(op, `${method} ${path}`).toBeDefined();
    expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining([ok, '401', '404']));
  }
  expect(Object.keys(doc.paths['/v1/referrals/{id}/status']!.post!.responses)).toContain('409');
  await store.close();
});
