/**
 * More than one machine: two standalone API instances (`npx tsx functions/server.ts`, each on its own
 * port) on one PostgreSQL database, as behind a load balancer. A referral made through one is read
 * and moved through the other; keys (the API's only session) and their revocation hold on both at
 * once; rate limits count across both, per key and per address. Needs TEST_DATABASE_URL
 * (`eval "$(bash scripts/ci-postgres.sh)"`); skipped with a notice otherwise.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPostgresStore } from '../functions/storage/postgres.ts';
import type { ReferralStore } from '../functions/storage/types.ts';
import {
  TARGET,
  TEST_DATABASE_URL,
  freshPostgresDatabase,
  referralBody,
  startServer,
  writeSyntheticContent,
  type RunningServer,
} from './helpers/referrals.ts';

/** The per-key limit both instances run with: small enough to reach, large enough for the flows. */
const KEY_LIMIT = 10;
const PUBLIC_LIMIT = 5;

if (!TEST_DATABASE_URL) {
  console.warn(
    'Meerdere instanties overgeslagen: TEST_DATABASE_URL is niet gezet. Start PostgreSQL met: eval "$(bash scripts/ci-postgres.sh)"',
  );
}

describe.skipIf(!TEST_DATABASE_URL)('two API instances on one PostgreSQL database', () => {
  let dir: string;
  let drop: () => Promise<void>;
  let store: ReferralStore;
  let a: RunningServer;
  let b: RunningServer;
  const keys: Record<'intermediair' | 'ontvanger' | 'limited' | 'revoked', { id: string; secret: string }> =
    {} as never;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'loket-multi-'));
    const db = await freshPostgresDatabase(TEST_DATABASE_URL!);
    drop = db.drop;
    const env = {
      DATABASE_URL: db.url,
      CONTENT_DIR: writeSyntheticContent(dir),
      RATE_LIMIT_KEY: String(KEY_LIMIT),
      RATE_LIMIT_PUBLIC: String(PUBLIC_LIMIT),
      // Long windows: the test never straddles two.
      RATE_LIMIT_WINDOW_SECONDS: '3600',
      LOG_REQUESTS: 'false',
    };
    // One after the other: both run the migrations, which must be safe to repeat.
    a = await startServer(env);
    b = await startServer(env);
    store = await createPostgresStore({ connectionString: db.url, max: 2 });
    const make = async (name: keyof typeof keys, input: Parameters<ReferralStore['createKey']>[0]) => {
      const { key, secret } = await store.createKey(input);
      keys[name] = { id: key.id, secret };
    };
    await make('intermediair', { role: 'intermediair', org: 'Testverwijzer Synthetisch' });
    await make('ontvanger', { role: 'ontvanger', org: 'Testwerkplaats Synthetisch', slug: TARGET });
    await make('limited', { role: 'intermediair', org: 'Testverwijzer Begrensd' });
    await make('revoked', { role: 'intermediair', org: 'Testverwijzer Ingetrokken' });
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await store?.close();
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = (server: RunningServer, path: string, key?: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(key ? { Authorization: `Bearer ${key}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  test('both are ready, with the shared rate-limit store', async () => {
    for (const server of [a, b]) {
      const res = await call(server, '/api/v1/ready');
      expect(res.status).toBe(200);
      const { checks } = (await res.json()) as { checks: Record<string, string> };
      expect(checks).toMatchObject({ directory: 'ok', 'referral-store': 'ok', 'rate-limit-store': 'ok' });
      expect(Object.values(checks).every((v) => v === 'ok')).toBe(true);
    }
  });

  test('a referral made through one is read and moved through the other', async () => {
    const created = await call(a, '/api/v1/referrals', keys.intermediair.secret, referralBody());
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const read = await call(b, `/api/v1/referrals/${id}`, keys.intermediair.secret);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { status: string }).status).toBe('verstuurd');

    const received = await call(b, `/api/v1/referrals/${id}/status`, keys.ontvanger.secret, {
      status: 'ontvangen',
    });
    expect(received.status).toBe(200);
    const working = await call(a, `/api/v1/referrals/${id}/status`, keys.ontvanger.secret, {
      status: 'in_behandeling',
    });
    expect(working.status).toBe(200);
    // The move made through b is what a saw: a second 'ontvangen' is no longer allowed anywhere.
    const again = await call(a, `/api/v1/referrals/${id}/status`, keys.ontvanger.secret, {
      status: 'ontvangen',
    });
    expect(again.status).toBe(409);

    const history = (await (await call(b, `/api/v1/referrals/${id}`, keys.intermediair.secret)).json()) as {
      status: string;
      history: Array<{ to: string }>;
    };
    expect(history.status).toBe('in_behandeling');
    expect(history.history.map((h) => h.to)).toEqual(['verstuurd', 'ontvangen', 'in_behandeling']);
  });

  test('a key works on both, and once revoked is refused by both at once', async () => {
    for (const server of [a, b]) {
      expect((await call(server, '/api/v1/referrals', keys.revoked.secret)).status).toBe(200);
    }
    expect(await store.revokeKey(keys.revoked.id)).toBe(true);
    for (const server of [a, b]) {
      expect((await call(server, '/api/v1/referrals', keys.revoked.secret)).status).toBe(401);
    }
  });

  test(`a key limited to ${KEY_LIMIT} requests gets 429 on either instance after ${KEY_LIMIT} in total`, async () => {
    for (let i = 0; i < KEY_LIMIT; i++) {
      const res = await call(i % 2 === 0 ? a : b, '/api/v1/referrals', keys.limited.secret);
      expect(res.status, `request ${i + 1}`).toBe(200);
    }
    for (const server of [b, a]) {
      const res = await call(server, '/api/v1/referrals', keys.limited.secret);
      expect(res.status).toBe(429);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // Another key is not affected.
    expect((await call(b, '/api/v1/referrals', keys.intermediair.secret)).status).toBe(200);
  });

  test(`an address gets ${PUBLIC_LIMIT} public POSTs in total across both`, async () => {
    const ask = (server: RunningServer) =>
      call(server, '/api/v1/route', undefined, { question: 'een webshop beginnen' });
    const statuses = [];
    for (let i = 0; i < PUBLIC_LIMIT + 1; i++) statuses.push((await ask(i < 3 ? a : b)).status);
    expect(statuses).toEqual([...Array<number>(PUBLIC_LIMIT).fill(200), 429]);
    expect((await ask(a)).status).toBe(429);
  });
});
