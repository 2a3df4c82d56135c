/**
 * Fuzzing from the contract: reads /api/v1/openapi.json from createApp and sends random valid and
 * invalid requests to every operation in it (new operations are fuzzed without touching this file),
 * as every role of two tenants, as the administrator, with revoked and made-up keys, and
 * anonymously. Every answer must be below 500, every error application/problem+json with its own
 * status, and no answer may carry the other tenant's data: each tenant's referrals, organisation
 * names and corrections hold a distinctive synthetic marker that the other must never see.
 *
 * Requests are built from the operation's own schemas (parameters and body), with known-good values
 * for the fields whose validity depends on data (postcode, slug, KVK number, referral id), then
 * sometimes broken: a field dropped or retyped, random JSON, malformed JSON, the wrong media type, an
 * oversized body.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import type { Initiative } from '../content/schema.ts';
import { createApp } from '../functions/app.ts';
import { loadPostcodes } from '../functions/data.ts';
import { createMemoryRateLimitStore } from '../functions/rate-limit.ts';
import { createSqliteCorrectionStore } from '../functions/storage/corrections-sqlite.ts';
import { createSqliteMonitorStore } from '../functions/storage/monitor-sqlite.ts';
import { createSqliteStore } from '../functions/storage/sqlite.ts';
import { OTHER_TARGET, TARGET, syntheticDirectory } from './helpers/referrals.ts';

/** Requests per operation (28 operations: some 7,000 requests, well under a minute). */
const RUNS_PER_OPERATION = 250;

const MARKER = { A: 'MARKERAAAAQX', B: 'MARKERBBBBQX' } as const;
type Tenant = keyof typeof MARKER;
/** Slugs a generated request may send referrals to: each tenant's own, and one that nobody receives. */
const NEUTRAL = 'testsubsidie-synthetisch';
const OWN_SLUG: Record<Tenant, string> = { A: TARGET, B: OTHER_TARGET };
const PROVINCE: Record<Tenant, 'Overijssel' | 'Groningen'> = { A: 'Overijssel', B: 'Groningen' };
const POSTCODE: Record<Tenant, string> = { A: '7511 AB', B: '9711 AA' };
const KVK: Record<Tenant, string> = { A: '31313131', B: '42424242' };

// Each tenant's ontvanger initiative is curated by its own province, so corrections split too.
const directory: Initiative[] = syntheticDirectory().map((i) =>
  i.slug === TARGET
    ? { ...i, curated_by: PROVINCE.A }
    : i.slug === OTHER_TARGET
      ? { ...i, curated_by: PROVINCE.B }
      : i,
);
const store = await createSqliteStore({ path: ':memory:' });
const corrections = await createSqliteCorrectionStore({ path: ':memory:' });
const monitor = await createSqliteMonitorStore({ path: ':memory:' });
const app = createApp({
  directory,
  postcodes: loadPostcodes(),
  store,
  corrections,
  monitor,
  // The limiter runs (its answers are part of the contract) but never stops the fuzzer.
  hardening: {
    rateLimit: {
      windowMs: 60_000,
      publicLimit: 1_000_000,
      keyLimit: 1_000_000,
      store: createMemoryRateLimitStore(),
    },
  },
});

type Role =
  | 'anonymous'
  | 'admin'
  | 'revoked'
  | 'made-up'
  | 'malformed'
  | `${'intermediair' | 'ontvanger' | 'provincie'}-${Tenant}`;
const secrets = new Map<Role, string>();
for (const tenant of ['A', 'B'] as const) {
  const org = `Verwijzer ${MARKER[tenant]}`;
  secrets.set(`intermediair-${tenant}`, (await store.createKey({ role: 'intermediair', org })).secret);
  secrets.set(
    `ontvanger-${tenant}`,
    (await store.createKey({ role: 'ontvanger', org: `Ontvanger ${MARKER[tenant]}`, slug: OWN_SLUG[tenant] }))
      .secret,
  );
  secrets.set(
    `provincie-${tenant}`,
    (
      await store.createKey({
        role: 'provincie',
        org: `Provincie ${MARKER[tenant]}`,
        provincie: PROVINCE[tenant],
      })
    ).secret,
  );
}
secrets.set('admin', (await store.createKey({ role: 'admin', org: 'Beheer' })).secret);
const revoked = await store.createKey({ role: 'intermediair', org: `Verwijzer ${MARKER.A}` });
await store.revokeKey(revoked.key.id);
secrets.set('revoked', revoked.secret);
secrets.set('made-up', `loket_${'Z'.repeat(43)}`);
const ROLES: Role[] = ['anonymous', 'malformed', ...secrets.keys()];

/** Which tenant a role belongs to (null: the administrator, who may see everything). */
const tenantOf = (role: Role): Tenant | 'none' | null =>
  role === 'admin' ? null : role.endsWith('-A') ? 'A' : role.endsWith('-B') ? 'B' : 'none';

// Seed: per tenant, referrals (one moved along) and a correction, all carrying the marker.
const seededIds: Record<Tenant, string[]> = { A: [], B: [] };
for (const tenant of ['A', 'B'] as const) {
  for (let n = 0; n < 2; n++) {
    const res = await app.request('/api/v1/referrals', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${secrets.get(`intermediair-${tenant}`)}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        question: `Synthetische vraag ${MARKER[tenant]}: hoe verkopen wij online?`,
        company: {
          name: `Bedrijf ${MARKER[tenant]} BV`,
          kvk: KVK[tenant],
          postcode: POSTCODE[tenant],
          sector: MARKER[tenant],
        },
        contact: {
          name: `Persoon ${MARKER[tenant]}`,
          email: `${MARKER[tenant].toLowerCase()}@example.invalid`,
        },
        consent: true,
        contact_preference: 'email',
        target_slug: OWN_SLUG[tenant],
      }),
    });
    if (res.status !== 201) throw new Error(`seed failed: ${res.status} ${await res.text()}`);
    seededIds[tenant].push(((await res.json()) as { id: string }).id);
  }
  await app.request(`/api/v1/referrals/${seededIds[tenant][0]}/status`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${secrets.get(`ontvanger-${tenant}`)}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ status: 'ontvangen', note: `Notitie ${MARKER[tenant]}` }),
  });
  const reported = await app.request('/api/v1/corrections', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      initiative: OWN_SLUG[tenant],
      topic: 'contact-of-website',
      message: `Melding ${MARKER[tenant]} klopt niet`,
    }),
  });
  if (reported.status !== 201) throw new Error(`seed failed: ${reported.status} ${await reported.text()}`);
}

// ---------------------------------------------------------------------------------------------
// The contract, and arbitraries from its schemas.

type Json = Record<string, unknown>;
const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
  paths: Record<string, Record<string, Json>>;
  components?: { schemas?: Record<string, Json> };
};

const resolve = (schema: Json | undefined): Json | undefined => {
  const ref = schema?.$ref;
  return typeof ref === 'string' ? doc.components?.schemas?.[ref.split('/').pop()!] : schema;
};

/** Values whose validity depends on the data, by field name: the fuzzer uses them often. */
function knownGood(name: string, tenant: Tenant | 'none' | null): fc.Arbitrary<unknown> | undefined {
  const own = tenant === 'A' || tenant === 'B' ? [tenant] : [];
  const slugs = [NEUTRAL, ...own.map((t) => OWN_SLUG[t])];
  switch (name) {
    case 'postcode':
      return fc.constantFrom('7511 AB', '9711', '1011AB', '3511');
    case 'kvk':
      return fc.constantFrom('12345678', '00000001', ...own.map((t) => KVK[t]));
    case 'target_slug':
    case 'initiative':
    case 'slug':
      return fc.constantFrom(...slugs);
    // Never forward into the other tenant: that would hand it our data by design.
    case 'forward_to_slug':
      return fc.constant(NEUTRAL);
    case 'id':
      return fc.constantFrom(...seededIds.A, ...seededIds.B, '00000000-0000-4000-8000-000000000000');
    case 'email':
      return fc.constant('fuzz@example.invalid');
    case 'phone':
      return fc.constant('06 12345678');
    case 'question':
    case 'message':
      return fc.constantFrom(
        'Wij willen online verkopen, waar beginnen we?',
        'hulp bij cybersecurity voor ons bedrijf',
      );
    case 'provincie':
      return fc.constantFrom('Overijssel', 'Groningen', 'Utrecht');
    default:
      return undefined;
  }
}

/** An arbitrary for a JSON schema: mostly valid values, with the known-good ones for data fields. */
function fromSchema(
  schema: Json | undefined,
  tenant: Tenant | 'none' | null,
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = resolve(schema) ?? {};
  const good = knownGood(name, tenant);
  if (good)
    return fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: fc.string({ maxLength: 20 }), weight: 1 });
  if (depth > 4) return fc.constant(null);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  if ('const' in s) return fc.constant(s.const);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = s[key] as Json[] | undefined;
    if (Array.isArray(options) && options.length > 0) {
      return fc.oneof(...options.map((o) => fromSchema(o, tenant, name, depth + 1)));
    }
  }
  const type = Array.isArray(s.type)
    ? (s.type as string[]).find((t) => t !== 'null')
    : (s.type as string | undefined);
  switch (type) {
    case 'string': {
      if (s.format === 'uuid') return fc.uuid();
      const min = typeof s.minLength === 'number' ? s.minLength : 0;
      const max = typeof s.maxLength === 'number' ? Math.min(s.maxLength, 60) : 60;
      return fc.string({ minLength: Math.min(min, max), maxLength: Math.max(min, max) });
    }
    case 'integer':
    case 'number': {
      const min = typeof s.minimum === 'number' ? s.minimum : -10;
      const max = typeof s.maximum === 'number' ? Math.min(s.maximum, min + 1000) : min + 1000;
      return type === 'integer' ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(fromSchema(s.items as Json, tenant, name, depth + 1), { maxLength: 3 });
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Json>;
      const required = new Set((s.required as string[] | undefined) ?? []);
      const entries = Object.entries(props).map(([key, value]) => {
        const arb = fromSchema(value, tenant, key, depth + 1);
        return [key, required.has(key) ? arb : fc.option(arb, { nil: undefined })] as const;
      });
      return fc
        .record(Object.fromEntries(entries))
        .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Breaks a valid body in one of the ways clients do. */
const broken = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof(
    valid.chain((v) =>
      typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0
        ? fc.constantFrom(...Object.keys(v)).chain((key) =>
            fc.oneof(
              fc.constant(Object.fromEntries(Object.entries(v).filter(([k]) => k !== key))),
              fc.jsonValue({ maxDepth: 1 }).map((junk) => ({ ...v, [key]: junk })),
              fc.constant({ ...v, onbekend_veld: 1 }),
            ),
          )
        : fc.jsonValue({ maxDepth: 2 }),
    ),
    fc.jsonValue({ maxDepth: 3 }),
  );

interface Operation {
  method: string;
  path: string;
  parameters: Array<{ name: string; in: string; required?: boolean; schema?: Json }>;
  body?: Json;
}

const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, op]) => {
      const content = ((op.requestBody as Json | undefined)?.content ?? {}) as Record<
        string,
        { schema?: Json }
      >;
      return {
        method: method.toUpperCase(),
        path,
        parameters: ((op.parameters as Operation['parameters'] | undefined) ?? []).filter(
          (p) => p.in !== 'header',
        ),
        ...(content['application/json']?.schema ? { body: content['application/json'].schema } : {}),
      };
    }),
);

interface Sent {
  role: Role;
  url: string;
  init: RequestInit;
}

/** One request to `op`: a role, path and query parameters, and a body (valid, broken or hostile). */
function requestFor(op: Operation): fc.Arbitrary<Sent> {
  return fc.constantFrom(...ROLES).chain((role) => {
    const tenant = tenantOf(role);
    const pathParams = op.parameters.filter((p) => p.in === 'path');
    const queryParams = op.parameters.filter((p) => p.in === 'query');
    const pathArb = fc.record(
      Object.fromEntries(
        pathParams.map((p) => [
          p.name,
          fc.oneof(
            { arbitrary: fromSchema(p.schema, tenant, p.name), weight: 4 },
            { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
          ),
        ]),
      ),
    );
    const queryArb = fc.record(
      Object.fromEntries(
        [
          ...queryParams.map((p) => [p.name, fromSchema(p.schema, tenant, p.name)] as const),
          ['extra', fc.string()] as const,
        ].map(([name, arb]) => [
          name,
          fc.option(fc.oneof(arb, fc.string({ maxLength: 30 })), { nil: undefined }),
        ]),
      ),
    );
    const valid = op.body ? fromSchema(op.body, tenant) : fc.constant(undefined);
    const bodyArb: fc.Arbitrary<{ text?: string; type?: string }> = op.body
      ? fc.oneof(
          { arbitrary: valid.map((v) => ({ text: JSON.stringify(v), type: 'application/json' })), weight: 5 },
          {
            arbitrary: broken(valid).map((v) => ({ text: JSON.stringify(v), type: 'application/json' })),
            weight: 3,
          },
          { arbitrary: fc.string().map((t) => ({ text: t, type: 'application/json' })), weight: 1 },
          { arbitrary: valid.map((v) => ({ text: JSON.stringify(v), type: 'text/plain' })), weight: 1 },
          {
            arbitrary: fc.constant({
              text: JSON.stringify({ question: 'x'.repeat(40_000) }),
              type: 'application/json',
            }),
            weight: 1,
          },
          { arbitrary: fc.constant({}), weight: 1 },
        )
      : fc.oneof(
          { arbitrary: fc.constant({}), weight: 4 },
          {
            arbitrary: fc.jsonValue().map((v) => ({ text: JSON.stringify(v), type: 'application/json' })),
            weight: 1,
          },
        );
    return fc.tuple(pathArb, queryArb, bodyArb).map(([params, query, body]) => {
      const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
        encodeURIComponent(String(params[name] ?? '')),
      );
      const search = new URLSearchParams(
        Object.entries(query)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
      );
      const headers: Record<string, string> = {};
      if (role === 'malformed') headers.Authorization = 'Basic dXNlcjpwYXNz';
      else if (role !== 'anonymous') headers.Authorization = `Bearer ${secrets.get(role)}`;
      if (body.type) headers['Content-Type'] = body.type;
      const hasBody = body.text !== undefined && op.method !== 'GET';
      return {
        role,
        url: `/api${path}${search.size > 0 ? `?${search}` : ''}`,
        init: { method: op.method, headers, ...(hasBody ? { body: body.text } : {}) },
      };
    });
  });
}

// ---------------------------------------------------------------------------------------------

const tried = new Map<string, number>();
const statuses = new Map<number, number>();

afterAll(async () => {
  const total = [...tried.values()].reduce((a, b) => a + b, 0);
  console.log(
    `[fuzz] ${tried.size} operations × ${RUNS_PER_OPERATION} runs = ${total} requests; statuses: ${[
      ...statuses.entries(),
    ]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(', ')}`,
  );
  await store.close();
  await corrections.close();
  await monitor.close();
});

describe('fuzzing every operation of the OpenAPI document', () => {
  test('the document lists the operations this suite relies on', () => {
    const keys = operations.map((o) => `${o.method} ${o.path}`);
    for (const key of [
      'POST /v1/referrals',
      'GET /v1/referrals/{id}',
      'POST /v1/route',
      'GET /v1/corrections',
    ]) {
      expect(keys).toContain(key);
    }
    expect(operations.length).toBeGreaterThanOrEqual(15);
  });

  test.each(operations.map((o) => [`${o.method} ${o.path}`, o] as const))('%s', async (key, op) => {
    await fc.assert(
      fc.asyncProperty(requestFor(op), async ({ role, url, init }) => {
        tried.set(key, (tried.get(key) ?? 0) + 1);
        const res = await app.request(url, init);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const text = await res.text();
        const where = `${init.method} ${url} as ${role} → ${res.status}`;
        expect(res.status, where).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.headers.get('content-type'), where).toMatch(/^application\/problem\+json/);
          const problem = JSON.parse(text) as { status: number; title: string; detail: string };
          expect(problem.status, where).toBe(res.status);
          expect(typeof problem.detail, where).toBe('string');
        }
        const tenant = tenantOf(role);
        if (tenant === 'A') expect(text, where).not.toContain(MARKER.B);
        if (tenant === 'B') expect(text, where).not.toContain(MARKER.A);
        if (tenant === 'none') {
          expect(text, where).not.toContain(MARKER.A);
          expect(text, where).not.toContain(MARKER.B);
        }
      }),
      { numRuns: RUNS_PER_OPERATION },
    );
  });

  test('the markers are there to be found: each tenant sees its own data, the administrator both', async () => {
    const read = async (role: Role, url: string) =>
      (await app.request(url, { headers: { Authorization: `Bearer ${secrets.get(role)}` } })).text();
    expect(await read('intermediair-A', '/api/v1/referrals?per_page=100')).toContain(MARKER.A);
    expect(await read('ontvanger-B', '/api/v1/referrals?per_page=100')).toContain(MARKER.B);
    expect(await read('provincie-A', '/api/v1/corrections?per_page=100')).toContain(MARKER.A);
    const admin = await read('admin', `/api/v1/admin/kvk/${KVK.B}`);
    expect(admin).toContain(MARKER.B);
  });
});
