/**
 * Rate limits: the fixed-window stores (in-process always; PostgreSQL with TEST_DATABASE_URL), which
 * request counts against which bucket, the client address behind proxies, and the API answering
 * 429 problem+json with Retry-After once a limit is reached, per address and per key.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../functions/app.ts';
import { loadPostcodes } from '../functions/data.ts';
import { addressBucket, clientAddress } from '../functions/middleware/client-address.ts';
import {
  DEFAULT_RATE_LIMITS,
  addressBucketKey,
  bucketFor,
  createMemoryRateLimitStore,
  keyBucketKey,
  type RateLimitStore,
} from '../functions/rate-limit.ts';
import { createPostgresRateLimitStore } from '../functions/rate-limit-postgres.ts';
import { createSqliteStore } from '../functions/storage/sqlite.ts';
import type { ReferralStore } from '../functions/storage/types.ts';
import {
  TEST_DATABASE_URL,
  freshPostgresDatabase,
  postgresSkipNotice,
  syntheticDirectory,
} from './helpers/referrals.ts';

beforeAll(postgresSkipNotice);

const SECRET = `loket_${'a'.repeat(43)}`;
const OTHER_SECRET = `loket_${'b'.repeat(43)}`;

describe('the client address', () => {
  test.each([
    ['203.0.113.9', undefined, 0, '203.0.113.9'],
    ['203.0.113.9', '198.51.100.1', 0, '203.0.113.9'],
    ['10.0.0.2', '198.51.100.1', 1, '198.51.100.1'],
    ['10.0.0.2', 'spoofed, 198.51.100.1', 1, '198.51.100.1'],
    ['10.0.0.2', 'spoofed, 198.51.100.1, 10.0.0.1', 2, '198.51.100.1'],
    ['10.0.0.2', '198.51.100.1', 2, '10.0.0.2'],
    ['10.0.0.2', ' , ', 1, '10.0.0.2'],
  ])('socket %s, X-Forwarded-For %s, %i trusted proxies → %s', (socket, forwarded, trust, expected) => {
    expect(clientAddress(socket, forwarded, trust)).toBe(expected);
  });

  test.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s counts in the bucket of %s', (address, bucket) => {
    expect(addressBucket(address)).toBe(bucket);
  });
});

describe('which bucket a request counts against', () => {
  const limits = DEFAULT_RATE_LIMITS;
  const req = (method: string, path: string, authorization?: string, address = '203.0.113.9') => ({
    method,
    path,
    authorization,
    address,
  });

  test.each([
    ['POST', '/api/v1/route', undefined, 'ip'],
    ['POST', '/api/v1/route/', undefined, 'ip'],
    ['POST', '/api/v1/corrections', undefined, 'ip'],
    // A key (even a made-up one) on a public endpoint does not buy a fresh budget.
    ['POST', '/api/v1/route', `Bearer ${SECRET}`, 'ip'],
    ['GET', '/api/v1/route', undefined, null],
    ['GET', '/api/v1/werkplaatsen/nearest', undefined, null],
    ['GET', '/api/v1/referrals', `Bearer ${SECRET}`, 'key'],
    ['POST', '/api/v1/referrals', `bearer   ${SECRET}`, 'key'],
    ['GET', '/api/v1/stats/referrals', `Bearer ${SECRET}`, 'key'],
    ['GET', '/api/v1/referrals', 'Bearer niet-een-sleutel', null],
    ['GET', '/api/v1/referrals', undefined, null],
  ])('%s %s with %s → %s', (method, path, authorization, kind) => {
    const target = bucketFor(req(method, path, authorization), limits);
    if (kind === null) return expect(target).toBeNull();
    expect(target?.bucket.startsWith(`${kind}:`)).toBe(true);
    expect(target?.limit).toBe(kind === 'ip' ? limits.publicLimit : limits.keyLimit);
  });

  test('buckets are hashes: neither the address nor the key is kept', () => {
    expect(addressBucketKey('203.0.113.9')).not.toContain('203.0.113');
    expect(keyBucketKey(SECRET)).not.toContain('aaaa');
    expect(keyBucketKey(SECRET)).not.toBe(keyBucketKey(OTHER_SECRET));
    expect(addressBucketKey('2001:db8:1:2::1')).toBe(addressBucketKey('2001:db8:1:2::2'));
  });

  test('a limit of 0 turns that kind of limit off', () => {
    const off = { ...limits, publicLimit: 0, keyLimit: 0 };
    expect(bucketFor(req('POST', '/api/v1/route'), off)).toBeNull();
    expect(bucketFor(req('GET', '/api/v1/referrals', `Bearer ${SECRET}`), off)).toBeNull();
  });
});

// -----------------------------------------------------------------------------------------------
// The store contract, against every implementation.

interface StoreCase {
  name: string;
  open(): Promise<RateLimitStore>;
  cleanup(): Promise<void>;
}

const stores: StoreCase[] = [
  { name: 'memory', open: async () => createMemoryRateLimitStore(), cleanup: async () => {} },
];
if (TEST_DATABASE_URL) {
  const adminUrl = TEST_DATABASE_URL;
  let database: Promise<{ url: string; drop: () => Promise<void> }> | undefined;
  const opened: RateLimitStore[] = [];
  stores.push({
    name: 'postgres',
    // Every open() is another instance on one fresh database.
    async open() {
      database ??= freshPostgresDatabase(adminUrl);
      const store = await createPostgresRateLimitStore({ connectionString: (await database).url });
      opened.push(store);
      return store;
    },
    async cleanup() {
      await Promise.all(opened.splice(0).map((s) => s.close()));
      await (await database)?.drop();
    },
  });
}

describe.each(stores)('the $name store', (impl) => {
  let store: RateLimitStore;
  beforeAll(async () => {
    store = await impl.open();
  });
  afterAll(async () => {
    await store.close();
    await impl.cleanup();
  });

  test('counts per bucket within a window and says when the window ends', async () => {
    const before = Date.now();
    const hits = [];
    for (let i = 0; i < 3; i++) hits.push(await store.hit('test:a', 60_000));
    expect(hits.map((h) => h.count)).toEqual([1, 2, 3]);
    expect(hits[0]!.resetAt).toBeGreaterThanOrEqual(before + 59_000);
    expect(hits[0]!.resetAt).toBeLessThanOrEqual(Date.now() + 61_000);
    expect(new Set(hits.map((h) => Math.round(h.resetAt)))).toHaveProperty('size', 1);
    expect((await store.hit('test:b', 60_000)).count).toBe(1);
  });

  test('a new window starts at 1 after the last one ended', async () => {
    expect((await store.hit('test:short', 150)).count).toBe(1);
    expect((await store.hit('test:short', 150)).count).toBe(2);
    await new Promise((r) => setTimeout(r, 250));
    expect((await store.hit('test:short', 150)).count).toBe(1);
  });

  test('concurrent hits are each counted once', async () => {
    const counts = await Promise.all(Array.from({ length: 40 }, () => store.hit('test:parallel', 60_000)));
    expect(counts.map((h) => h.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
  });

  test('answers a ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  if (impl.name === 'postgres') {
    test('a second instance on the same database counts in the same windows', async () => {
      const other = await impl.open();
      await store.hit('test:shared', 60_000);
      expect((await other.hit('test:shared', 60_000)).count).toBe(2);
      expect((await store.hit('test:shared', 60_000)).count).toBe(3);
    });
  }
});

test('the in-process store forgets ended windows, and the oldest when full', async () => {
  let now = 0;
  const store = createMemoryRateLimitStore({ now: () => now, maxBuckets: 3 });
  for (const b of ['a', 'b', 'c']) await store.hit(b, 100);
  now = 50;
  await store.hit('d', 100); // full: a, b and c still run, so the oldest (a) goes
  expect((await store.hit('a', 100)).count).toBe(1);
  expect((await store.hit('d', 100)).count).toBe(2);
});

// -----------------------------------------------------------------------------------------------
// The API with tiny limits.

describe('the API over its limits', () => {
  let referralStore: ReferralStore;
  let keyA: string;
  let keyB: string;
  let app: ReturnType<typeof createApp>;

  /** app.request as the standalone server calls it: with the socket's address. */
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
  const ask = (address: string, headers: Record<string, string> = {}) =>
    app.request(
      '/api/v1/route',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ question: 'ik wil een webshop beginnen' }),
      },
      from(address),
    );
  const list = (key: string, address = '203.0.113.50') =>
    app.request('/api/v1/referrals', { headers: { Authorization: `Bearer ${key}` } }, from(address));

  beforeAll(async () => {
    referralStore = await createSqliteStore({ path: ':memory:' });
    keyA = (await referralStore.createKey({ role: 'intermediair', org: 'Testverwijzer A' })).secret;
    keyB = (await referralStore.createKey({ role: 'intermediair', org: 'Testverwijzer B' })).secret;
    app = createApp({
      directory: syntheticDirectory(),
      postcodes: loadPostcodes(),
      store: referralStore,
      hardening: {
        rateLimit: { windowMs: 60_000, publicLimit: 3, keyLimit: 2, store: createMemoryRateLimitStore() },
      },
    });
  });
  afterAll(() => referralStore.close());

  test('per address on a public POST: 429 problem+json with Retry-After after the limit', async () => {
    for (let i = 0; i < 3; i++) expect((await ask('198.51.100.7')).status).toBe(200);
    const res = await ask('198.51.100.7');
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await res.json()) as { status: number; detail: string; type: string };
    expect(body.status).toBe(429);
    expect(body.type).toBe('/api/problems/te-veel-verzoeken');
    expect(body.detail).toMatch(/Probeer het over \d+ seconden? opnieuw/);
    // The security headers are on the 429 too.
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('another address still has its own budget; reading is not limited', async () => {
    expect((await ask('198.51.100.8')).status).toBe(200);
    const read = await app.request('/api/v1/werkplaatsen/nearest?postcode=7511', {}, from('198.51.100.7'));
    expect(read.status).toBe(200);
  });

  test('X-Forwarded-For from a client is ignored without a trusted proxy', async () => {
    for (let i = 0; i < 3; i++) await ask('198.51.100.9', { 'X-Forwarded-For': `192.0.2.${i}` });
    expect((await ask('198.51.100.9', { 'X-Forwarded-For': '192.0.2.99' })).status).toBe(429);
  });

  test('per key on the authenticated API, whatever the address', async () => {
    expect((await list(keyA, '203.0.113.1')).status).toBe(200);
    expect((await list(keyA, '203.0.113.2')).status).toBe(200);
    const res = await list(keyA, '203.0.113.3');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await list(keyB)).status).toBe(200);
  });

  test('behind a trusted proxy each client address has its own budget', async () => {
    const proxied = createApp({
      directory: syntheticDirectory(),
      postcodes: loadPostcodes(),
      hardening: {
        trustProxy: 1,
        rateLimit: { windowMs: 60_000, publicLimit: 1, keyLimit: 1, store: createMemoryRateLimitStore() },
      },
    });
    const viaProxy = (client: string) =>
      proxied.request(
        '/api/v1/route',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
          body: JSON.stringify({ question: 'ik wil een webshop beginnen' }),
        },
        from('10.0.0.1'),
      );
    expect((await viaProxy('192.0.2.1')).status).toBe(200);
    expect((await viaProxy('192.0.2.2')).status).toBe(200);
    expect((await viaProxy('192.0.2.1')).status).toBe(429);
  });

  test('a failing store lets requests through (the limiter is no outage)', async () => {
    const broken: RateLimitStore = {
      kind: 'postgres',
      hit: () => Promise.reject(new Error('down')),
      ping: () => Promise.reject(new Error('down')),
      close: async () => {},
    };
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    try {
      const failing = createApp({
        directory: syntheticDirectory(),
        postcodes: loadPostcodes(),
        hardening: { rateLimit: { windowMs: 60_000, publicLimit: 1, keyLimit: 1, store: broken } },
      });
      for (let i = 0; i < 3; i++) {
        const res = await failing.request('/api/v1/route', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ question: 'ik wil een webshop beginnen' }),
        });
        expect(res.status).toBe(200);
      }
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).toContain('rate limit store failed');
  });

  test('without limits (rateLimit: false) nothing is counted', async () => {
    const open = createApp({
      directory: syntheticDirectory(),
      postcodes: loadPostcodes(),
      hardening: { rateLimit: false },
    });
    for (let i = 0; i < 5; i++) {
      const res = await open.request('/api/v1/route', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question: 'ik wil een webshop beginnen' }),
      });
      expect(res.status).toBe(200);
    }
  });
});
