/**
 * app.ts's onError: an unexpected error is logged as one JSON line with the request id and no
 * personal data (no message, no path, no query, no body), and answered with a generic 500
 * problem+json that carries the same request id for the user to quote. A database that cannot be
 * reached is the one known error: 503 with Retry-After.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test, vi, type MockInstance } from 'vitest';
import { createApp } from '../functions/app.ts';
import { loadPostcodes } from '../functions/data.ts';
import { createSqliteStore } from '../functions/storage/sqlite.ts';
import type { ReferralStore } from '../functions/storage/types.ts';
import { syntheticDirectory } from './helpers/referrals.ts';
import { failing, refusedConnection } from './helpers/unreachable.ts';

/** Personal data the failing request carries in its path, query and the error's message. */
const KVK = '87654321';
const EMAIL = 'persoon@example.invalid';
const NAME = 'Synthetische Persoon';

let store: ReferralStore;
let admin: string;
let logged: MockInstance<typeof console.error>;

beforeAll(async () => {
  store = await createSqliteStore({ path: ':memory:' });
  admin = (await store.createKey({ role: 'admin', org: 'Testbeheer' })).secret;
});
afterAll(() => store.close());
afterEach(() => logged?.mockRestore());

/** The app with exportByKvk failing with `error`; console.error captured. */
function appFailingWith(error: Error) {
  logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  return createApp({
    directory: syntheticDirectory(),
    postcodes: loadPostcodes(),
    store: failing(store, error, ['exportByKvk']),
  });
}

const exportRequest = (headers: Record<string, string> = {}) =>
  new Request(`http://loket.test/api/v1/admin/kvk/${KVK}?email=${encodeURIComponent(EMAIL)}`, {
    headers: { Authorization: `Bearer ${admin}`, ...headers },
  });

/** The one line logged, parsed; and the raw text, to search for what must not be there. */
function loggedLine(): { line: Record<string, unknown>; raw: string } {
  expect(logged).toHaveBeenCalledTimes(1);
  const raw = String(logged.mock.calls[0]![0]);
  return { line: JSON.parse(raw) as Record<string, unknown>, raw };
}

describe('an unexpected error', () => {
  const bug = () => new TypeError(`Cannot read properties of undefined (reading '${NAME} ${EMAIL} ${KVK}')`);

  test('is logged with the caller’s request id, the route pattern and the kind of error only', async () => {
    const res = await appFailingWith(bug()).request(exportRequest({ 'X-Request-Id': 'lb-trace.7' }));
    expect(res.status).toBe(500);
    const { line, raw } = loggedLine();
    expect(line).toEqual({
      level: 'error',
      msg: 'unhandled',
      name: 'TypeError',
      code: null,
      method: 'GET',
      route: '/api/v1/admin/kvk/:kvk',
      request_id: 'lb-trace.7',
    });
    for (const personal of [KVK, EMAIL, NAME, 'Cannot read']) expect(raw).not.toContain(personal);
  });

  test('is a generic 500 problem+json that names the request id, as X-Request-Id does', async () => {
    const res = await appFailingWith(bug()).request(exportRequest());
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const text = await res.text();
    const body = JSON.parse(text) as { status: number; detail: string; request_id: string };
    expect(body).toMatchObject({ status: 500, request_id: id });
    expect(body.detail).toContain(id);
    expect(loggedLine().line.request_id).toBe(id);
    for (const leaked of [KVK, EMAIL, NAME, 'TypeError', 'Cannot read']) expect(text).not.toContain(leaked);
  });
});

describe('a database that cannot be reached', () => {
  test('is a 503 problem+json with Retry-After and the request id, logged with its code', async () => {
    const res = await appFailingWith(await refusedConnection()).request(
      exportRequest({ 'X-Request-Id': 'lb-trace.8' }),
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await res.json()) as { status: number; detail: string; request_id: string };
    expect(body).toMatchObject({ status: 503, request_id: 'lb-trace.8' });
    expect(body.detail).toContain('lb-trace.8');
    const { line, raw } = loggedLine();
    expect(line).toMatchObject({
      msg: 'storage unavailable',
      code: 'ECONNREFUSED',
      request_id: 'lb-trace.8',
    });
    // pg's message names the database's address; it stays out of the log like every message.
    expect(raw).not.toContain('127.0.0.1');
  });
});
