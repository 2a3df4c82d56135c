/**
 * Bad input never yields a 5xx: fast-check throws random and malformed bodies, headers, ids and
 * queries at every referral endpoint and checks each answer is a 2xx or a 4xx problem+json.
 */
import fc from 'fast-check';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ReferralStore } from '../../functions/storage/types.ts';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import {
  OTHER_TARGET,
  createKeyring,
  referralApp,
  referralBody,
  type Keyring,
} from '../helpers/referrals.ts';

const RUNS = 150;

let store: ReferralStore;
let keys: Keyring;
let app: Hono;
let referralId: string;

beforeAll(async () => {
  store = await createSqliteStore({ path: ':memory:' });
  keys = await createKeyring(store);
  app = referralApp(store);
  const res = await app.request('/api/v1/referrals', {
    method: 'POST',
    headers: { Authorization: `Bearer ${keys.intermediair}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(referralBody()),
  });
  referralId = ((await res.json()) as { id: string }).id;
});
afterAll(() => store.close());

/** The property every answer must have. */
async function wellFormed(res: Response): Promise<void> {
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { status: number; detail: string; title: string };
    expect(body.status).toBe(res.status);
    expect(typeof body.detail).toBe('string');
    expect(typeof body.title).toBe('string');
  } else {
    await res.arrayBuffer();
  }
}

type Role = 'intermediair' | 'ontvanger' | 'provincie' | 'admin' | 'otherIntermediair';
const roles = fc.constantFrom<Role>('intermediair', 'ontvanger', 'provincie', 'admin', 'otherIntermediair');
const json = (key: string) => ({ Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' });

/** Every endpoint, with `id` standing in for the referral id. */
const endpoints = (id: string) =>
  [
    ['POST', '/api/v1/referrals'],
    ['GET', '/api/v1/referrals'],
    ['GET', `/api/v1/referrals/${id}`],
    ['POST', `/api/v1/referrals/${id}/status`],
    ['GET', '/api/v1/stats/referrals'],
    ['GET', `/api/v1/admin/kvk/${id}`],
    ['DELETE', `/api/v1/admin/kvk/${id}`],
  ] as const;

/** A valid body with one leaf replaced by anything. */
const mutatedReferral = fc
  .record({
    path: fc.constantFrom(
      ['question'],
      ['company'],
      ['company', 'name'],
      ['company', 'kvk'],
      ['company', 'postcode'],
      ['company', 'employees'],
      ['company', 'sector'],
      ['contact'],
      ['contact', 'name'],
      ['contact', 'email'],
      ['contact', 'phone'],
      ['consent'],
      ['contact_preference'],
      ['target_slug'],
      ['__proto__'],
      ['constructor'],
    ),
    value: fc.oneof(
      fc.anything(),
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.string({ unit: 'binary', maxLength: 300 }),
    ),
  })
  .map(({ path, value }) => {
    const body = structuredClone(referralBody()) as Record<string, unknown>;
    let node = body;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[path.at(-1)!] = value;
    return JSON.stringify(body);
  });

const anyBody = fc.oneof(
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
  mutatedReferral,
  fc
    .record({
      status: fc.oneof(fc.string(), fc.anything()),
      note: fc.anything(),
      reason: fc.anything(),
      forward_to_slug: fc.anything(),
    })
    .map((b) => JSON.stringify(b)),
  fc.constantFrom(
    '',
    '{',
    '[]',
    'null',
    '"x"',
    '{"__proto__": {"status": "afgerond"}}',
    '{"status": "doorverwezen", "forward_to_slug": "' + OTHER_TARGET + '"}',
  ),
);

describe('no input yields a 5xx', () => {
  test('random bodies, as any role, at every endpoint', async () => {
    await fc.assert(
      fc.asyncProperty(roles, fc.integer({ min: 0, max: 6 }), anyBody, async (role, which, body) => {
        const [method, path] = endpoints(referralId)[which]!;
        await wellFormed(
          await app.request(path, {
            method,
            headers: json(keys[role]),
            ...(method === 'GET' ? {} : { body }),
          }),
        );
      }),
      { numRuns: RUNS * 2 },
    );
  });

  test('mutated referrals from an intermediair are 201 or 400', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedReferral, async (body) => {
        const res = await app.request('/api/v1/referrals', {
          method: 'POST',
          headers: json(keys.intermediair),
          body,
        });
        expect([201, 400]).toContain(res.status);
        await wellFormed(res);
      }),
      { numRuns: RUNS },
    );
  });

  test('random Authorization and Content-Type headers', async () => {
    const header = fc.oneof(
      fc.string(),
      fc.string().map((s) => `Bearer ${s}`),
      fc.constantFrom(
        'Bearer',
        'Bearer ',
        'bearer  x',
        `Bearer ${'loket_' + 'A'.repeat(43)}`,
        'Bearer loket_',
        'Basic dGVzdDp0ZXN0',
      ),
      fc.string({ unit: fc.constantFrom('a', 'Z', '0', '_', '-', '=', ' ', '\t', ',', ';') }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 6 }),
        header,
        fc.option(header),
        async (which, auth, type) => {
          const [method, path] = endpoints(referralId)[which]!;
          let headers: Headers;
          try {
            headers = new Headers({
              Authorization: auth,
              ...(type === null ? {} : { 'Content-Type': type }),
            });
          } catch {
            return; // Not a header a client can send at all.
          }
          const res = await app.request(path, {
            method,
            headers,
            ...(method === 'GET' ? {} : { body: JSON.stringify(referralBody()) }),
          });
          await wellFormed(res);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  test('random ids and KVK numbers in the path, as any role', async () => {
    const id = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.uuid(),
      fc.constantFrom(
        '..',
        '%00',
        '%2F',
        "1' OR '1'='1",
        referralId.toUpperCase(),
        `${referralId} `,
        '00000001',
      ),
    );
    await fc.assert(
      fc.asyncProperty(roles, fc.integer({ min: 2, max: 6 }), id, async (role, which, raw) => {
        const [method, path] = endpoints(encodeURIComponent(raw))[which]!;
        const res = await app.request(path, {
          method,
          headers: json(keys[role]),
          ...(method === 'POST' ? { body: '{"status":"ontvangen"}' } : {}),
        });
        await wellFormed(res);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  test('random query strings on the lists', async () => {
    const param = fc.tuple(
      fc.constantFrom('status', 'page', 'per_page', 'provincie', 'x'),
      fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String)),
    );
    await fc.assert(
      fc.asyncProperty(
        roles,
        fc.boolean(),
        fc.array(param, { maxLength: 4 }),
        async (role, stats, params) => {
          const query = new URLSearchParams(params).toString();
          const path = stats ? '/api/v1/stats/referrals' : '/api/v1/referrals';
          await wellFormed(await app.request(`${path}?${query}`, { headers: json(keys[role]) }));
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  test('random methods on every path', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'POST', 'GET'),
        fc.integer({ min: 0, max: 6 }),
        async (method, which) => {
          const [, path] = endpoints(referralId)[which]!;
          const res = await app.request(path, {
            method,
            headers: json(keys.admin),
            ...(['GET', 'HEAD'].includes(method) ? {} : { body: '{}' }),
          });
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });
});
