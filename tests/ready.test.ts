/**
 * GET /api/v1/ready: 200 when the directory is loaded and every store answers, else 503
 * problem+json that names the failed checks. Liveness (/api/v1/health) stays 200 regardless.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../functions/app.ts';
import { loadPostcodes } from '../functions/data.ts';
import { createMemoryRateLimitStore, type RateLimitStore } from '../functions/rate-limit.ts';
import { createPostgresRateLimitStore } from '../functions/rate-limit-postgres.ts';
import { ReadySchema, readyRoutes } from '../functions/routes/ready.ts';
import { createSqliteStore } from '../functions/storage/sqlite.ts';
import type { ReferralStore } from '../functions/storage/types.ts';
import {
  TEST_DATABASE_URL,
  freshPostgresDatabase,
  postgresSkipNotice,
  storeImplementations,
  syntheticDirectory,
} from './helpers/referrals.ts';

beforeAll(postgresSkipNotice);

const postcodes = loadPostcodes();

async function problemOf(res: Response) {
  expect(res.status).toBe(503);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as { status: number; detail: string; checks: Record<string, string> };
}

describe.each(storeImplementations())('with the $name referral store', (impl) => {
  let store: ReferralStore;
  beforeAll(async () => {
    store = await impl.open();
  });
  afterAll(() => impl.cleanup());

  test('ready: 200 with every check ok, never cached', async () => {
    const app = createApp({ directory: syntheticDirectory(), postcodes, store });
    const res = await app.request('/api/v1/ready');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = ReadySchema.parse(await res.json());
    expect(body.checks).toEqual({ directory: 'ok', 'referral-store': 'ok' });
  });

  test('not ready: 503 problem+json once the store is gone; liveness stays 200', async () => {
    const gone = await impl.reopen();
    const app = createApp({ directory: syntheticDirectory(), postcodes, store: gone });
    await gone.close();
    const body = await problemOf(await app.request('/api/v1/ready'));
    expect(body.status).toBe(503);
    expect(body.checks).toEqual({ directory: 'ok', 'referral-store': 'failed' });
    expect(body.detail).toContain('referral-store');
    expect((await app.request('/api/v1/health')).status).toBe(200);
  });
});

test('not ready without a directory', async () => {
  const app = createApp({ directory: [], postcodes });
  const body = await problemOf(await app.request('/api/v1/ready'));
  expect(body.checks).toEqual({ directory: 'failed' });
});

test('a check that hangs fails after the timeout instead of hanging the probe', async () => {
  const app = readyRoutes([{ name: 'hangs', run: () => new Promise(() => {}) }], 100);
  const started = Date.now();
  const body = await problemOf(await app.request('/'));
  expect(body.checks).toEqual({ hangs: 'failed' });
  expect(Date.now() - started).toBeLessThan(2000);
});

test('a shared rate-limit store is checked too; the in-process one needs no check', async () => {
  const store = await createSqliteStore({ path: ':memory:' });
  try {
    const memory = createApp({
      directory: syntheticDirectory(),
      postcodes,
      store,
      hardening: {
        rateLimit: { windowMs: 1000, publicLimit: 1, keyLimit: 1, store: createMemoryRateLimitStore() },
      },
    });
    expect(
      ((await (await memory.request('/api/v1/ready')).json()) as { checks: object }).checks,
    ).not.toHaveProperty('rate-limit-store');
    const down: RateLimitStore = {
      kind: 'postgres',
      hit: () => Promise.reject(new Error('down')),
      ping: () => Promise.reject(new Error('down')),
      close: async () => {},
    };
    const shared = createApp({
      directory: syntheticDirectory(),
      postcodes,
      store,
      hardening: { rateLimit: { windowMs: 1000, publicLimit: 1, keyLimit: 1, store: down } },
    });
    const body = await problemOf(await shared.request('/api/v1/ready'));
    expect(body.checks).toEqual({ directory: 'ok', 'referral-store': 'ok', 'rate-limit-store': 'failed' });
  } finally {
    await store.close();
  }
});

test.skipIf(!TEST_DATABASE_URL)('ready with the PostgreSQL rate-limit store', async () => {
  const database = await freshPostgresDatabase(TEST_DATABASE_URL!);
  const limiter = await createPostgresRateLimitStore({ connectionString: database.url });
  try {
    const app = createApp({
      directory: syntheticDirectory(),
      postcodes,
      hardening: { rateLimit: { windowMs: 1000, publicLimit: 1, keyLimit: 1, store: limiter } },
    });
    const res = await app.request('/api/v1/ready');
    expect(res.status).toBe(200);
    expect(ReadySchema.parse(await res.json()).checks).toEqual({ directory: 'ok', 'rate-limit-store': 'ok' });
  } finally {
    await limiter.close();
    await database.drop();
  }
});

test('/v1/ready is in the OpenAPI document', async () => {
  const app = createApp({ directory: syntheticDirectory(), postcodes });
  const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, object> };
  expect(doc.paths['/v1/ready']).toHaveProperty('get');
});
