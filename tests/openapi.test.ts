/**
 * The problems every operation can meet besides its own: 429 from the rate limiter and 503 when the
 * database cannot be reached. The document must list them exactly where the running app answers
 * them: 429 where rate-limit.ts counts the request, 503 where an app whose stores are all down
 * answers 503.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../functions/app.ts';
import { loadPostcodes } from '../functions/data.ts';
import { DEFAULT_RATE_LIMITS, bucketFor, createMemoryRateLimitStore } from '../functions/rate-limit.ts';
import { createSqliteCorrectionStore } from '../functions/storage/corrections-sqlite.ts';
import { createSqliteMonitorStore } from '../functions/storage/monitor-sqlite.ts';
import { createSqliteStore } from '../functions/storage/sqlite.ts';
import { TARGET, syntheticDirectory } from './helpers/referrals.ts';
import { failing, refusedConnection } from './helpers/unreachable.ts';

interface Response_ {
  description: string;
  headers?: Record<string, { schema?: { type?: string } }>;
  content?: Record<string, unknown>;
}
interface Operation {
  method: string;
  path: string;
  responses: Record<string, Response_>;
}

/** A key of the right form that no store knows: enough for the limiter, and for a lookup to happen. */
const MADE_UP_KEY = `loket_${'Z'.repeat(43)}`;

const opened: Array<{ close(): Promise<void> }> = [];
async function stores() {
  const store = await createSqliteStore({ path: ':memory:' });
  const corrections = await createSqliteCorrectionStore({ path: ':memory:' });
  const monitor = await createSqliteMonitorStore({ path: ':memory:' });
  opened.push(store, corrections, monitor);
  return { store, corrections, monitor };
}
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
});

const deps = () => ({
  directory: syntheticDirectory(),
  postcodes: loadPostcodes(),
  hardening: { rateLimit: { ...DEFAULT_RATE_LIMITS, store: createMemoryRateLimitStore() } },
});

let operations: Operation[] = [];
beforeAll(async () => {
  const app = createApp({ ...deps(), ...(await stores()) });
  const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
    paths: Record<string, Record<string, { responses: Record<string, Response_> }>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method, path, responses: op.responses })),
  );
});

const takesKey = (op: Operation) => '401' in op.responses;
const label = (op: Operation) => `${op.method.toUpperCase()} ${op.path}`;

/** The request the tests send to `op`: with a key when it takes one; a valid body for the public POSTs. */
function requestFor(op: Operation): { url: string; init: RequestInit } {
  const path = op.path
    .replace('{id}', '00000000-0000-4000-8000-000000000000')
    .replace('{kvk}', '00000001')
    .replace('{slug}', TARGET)
    .replace(/\{\w+\}/g, 'x');
  const bodies: Record<string, unknown> = {
    'POST /v1/route': { question: 'Wij willen online verkopen, waar beginnen we?' },
    'POST /v1/corrections': {
      initiative: TARGET,
      topic: 'contact-of-website',
      message: 'Synthetische melding: het telefoonnummer klopt niet.',
    },
  };
  const body = bodies[label(op)] ?? (op.method === 'get' || op.method === 'delete' ? undefined : {});
  return {
    url: `/api${path}`,
    init: {
      method: op.method.toUpperCase(),
      headers: {
        ...(takesKey(op) ? { Authorization: `Bearer ${MADE_UP_KEY}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    },
  };
}

function expectRetryAfterProblem(op: Operation, status: string) {
  const response = op.responses[status]!;
  expect(Object.keys(response.content ?? {}), `${label(op)} ${status}`).toEqual(['application/problem+json']);
  expect(response.headers?.['Retry-After']?.schema?.type, `${label(op)} ${status} Retry-After`).toBe(
    'integer',
  );
}

describe('429 and 503 in the OpenAPI document', () => {
  test('the document has the operations these rules are about', () => {
    const labels = operations.map(label);
    for (const expected of [
      'POST /v1/route',
      'POST /v1/corrections',
      'GET /v1/corrections',
      'POST /v1/referrals',
      'GET /v1/initiatives',
      'GET /v1/ready',
    ]) {
      expect(labels).toContain(expected);
    }
  });

  test('an operation documents 429, with Retry-After, exactly when the limiter counts its requests', () => {
    for (const op of operations) {
      const { url, init } = requestFor(op);
      const counted = bucketFor(
        {
          method: init.method!,
          path: url,
          authorization: (init.headers as Record<string, string>).Authorization,
          address: '192.0.2.1',
        },
        DEFAULT_RATE_LIMITS,
      );
      expect('429' in op.responses, label(op)).toBe(counted !== null);
      if (counted) expectRetryAfterProblem(op, '429');
    }
    // Not vacuous: both kinds of bucket occur.
    expect(operations.filter((op) => '429' in op.responses).map(label)).toEqual(
      expect.arrayContaining(['POST /v1/route', 'GET /v1/referrals']),
    );
  });

  test('an operation documents 503 exactly when it answers 503 with its database unreachable', async () => {
    const error = await refusedConnection();
    expect((error as { code?: string }).code).toBe('ECONNREFUSED');
    const { store, corrections, monitor } = await stores();
    const app = createApp({
      ...deps(),
      store: failing(store, error),
      corrections: failing(corrections, error),
      monitor: failing(monitor, error),
    });
    const answered: string[] = [];
    for (const op of operations) {
      const { url, init } = requestFor(op);
      const res = await app.request(url, init);
      expect('503' in op.responses, `${label(op)} answered ${res.status}`).toBe(res.status === 503);
      if (res.status !== 503) continue;
      answered.push(label(op));
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      // /v1/ready's own 503 (not ready) has no Retry-After: the load balancer polls it anyway.
      if (op.path !== '/v1/ready') {
        expect(Number(res.headers.get('retry-after')), label(op)).toBeGreaterThan(0);
        expectRetryAfterProblem(op, '503');
      }
    }
    expect(answered).toEqual(
      expect.arrayContaining([
        'GET /v1/ready',
        'POST /v1/corrections',
        'POST /v1/referrals',
        'GET /v1/monitor/due',
      ]),
    );
    expect(answered).not.toContain('GET /v1/initiatives');
  });
});
