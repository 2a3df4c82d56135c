/**
 * /api/v1/referrals through createApp(...).request(), for every role, every transition and the
 * tenancy rules, on SQLite and (with TEST_DATABASE_URL) on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../functions/app.ts';
import { loadPostcodes } from '../../functions/data.ts';
import {
  CONSENT_VERSION,
  ReferralListSchema,
  ReferralOutSchema,
  type AdvisorInput,
  type ReferralOut,
} from '../../functions/routes/referrals.ts';
import { REFERRAL_STATUSES, type ReferralStatus, type ReferralStore } from '../../functions/storage/types.ts';
import {
  OTHER_TARGET,
  TARGET,
  client,
  createKeyring,
  postgresSkipNotice,
  referralApp,
  referralBody,
  storeImplementations,
  syntheticDirectory,
  type Keyring,
} from '../helpers/referrals.ts';

const implementations = storeImplementations();
beforeAll(postgresSkipNotice);

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: Array<{ pointer: string; detail: string }>;
}

async function problemOf(res: Response, status: number): Promise<ProblemBody> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as ProblemBody;
  expect(body.status).toBe(status);
  expect(body.detail.length).toBeGreaterThan(10);
  return body;
}

async function referralOf(res: Response, status = 200): Promise<ReferralOut> {
  expect(res.status).toBe(status);
  return ReferralOutSchema.parse(await res.json());
}

const ZERO_UUID = '00000000-0000-4000-8000-000000000000';

describe.each(implementations)('referral API on $name', (impl) => {
  let store: ReferralStore;
  let keys: Keyring;
  let api: ReturnType<typeof client>;
  const advisorCalls: AdvisorInput[] = [];

  beforeAll(async () => {
    store = await impl.open();
    keys = await createKeyring(store);
    api = client(
      referralApp(store, (input) => {
        advisorCalls.push(input);
        return { synthetic: true, best: TARGET, at: new Date(0) };
      }),
    );
  });
  afterAll(() => impl.cleanup());

  const send = async (patch: Record<string, unknown> = {}, key = keys.intermediair) =>
    referralOf(await api.post('/api/v1/referrals', key, referralBody(patch)), 201);
  const move = (id: string, key: string, body: Record<string, unknown>) =>
    api.post(`/api/v1/referrals/${id}/status`, key, body);

  describe('authentication', () => {
    const endpoints = [
      ['POST', '/api/v1/referrals'],
      ['GET', '/api/v1/referrals'],
      ['GET', `/api/v1/referrals/${ZERO_UUID}`],
      ['POST', `/api/v1/referrals/${ZERO_UUID}/status`],
      ['GET', '/api/v1/stats/referrals'],
      ['GET', '/api/v1/admin/kvk/00000001'],
      ['DELETE', '/api/v1/admin/kvk/00000001'],
    ] as const;
    const headers = (key: () => string | undefined) => ({
      ...(key() !== undefined ? { Authorization: key()! } : {}),
      'Content-Type': 'application/json',
    });
    const variants: Array<[string, () => string | undefined]> = [
      ['no Authorization header', () => undefined],
      ['an empty header', () => ''],
      ['Basic instead of Bearer', () => `Basic ${keys.admin}`],
      ['a bearer that is not a key', () => 'Bearer onzin'],
      ['an unknown key', () => `Bearer loket_${'x'.repeat(43)}`],
      ['a revoked key', () => `Bearer ${keys.revoked}`],
    ];
    test.each(
      endpoints.flatMap(([method, path]) =>
        variants.map(([name, key]) => [method, path, name, key] as const),
      ),
    )('%s %s with %s is 401 problem+json with a Bearer challenge', async (method, path, _name, key) => {
      const res = await referralApp(store).request(path, {
        method,
        headers: headers(key),
        ...(method === 'POST' ? { body: JSON.stringify(referralBody()) } : {}),
      });
      const body = await problemOf(res, 401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(JSON.stringify(body)).not.toContain(keys.revoked);
    });

    test('the scheme name is case-insensitive', async () => {
      const res = await referralApp(store).request('/api/v1/referrals', {
        headers: { Authorization: `bearer ${keys.intermediair}` },
      });
      expect(res.status).toBe(200);
    });

    test('without a store the referral API is not mounted', async () => {
      const app = createApp({ directory: syntheticDirectory(), postcodes: loadPostcodes() });
      await problemOf(
        await app.request('/api/v1/referrals', { headers: { Authorization: `Bearer ${keys.intermediair}` } }),
        404,
      );
    });
  });

  describe('POST /referrals', () => {
    test('an intermediair sends a referral: 201, status verstuurd, derived place, consent, advice and history', async () => {
      advisorCalls.length = 0;
      const res = await api.post(
        '/api/v1/referrals',
        keys.intermediair,
        referralBody({
          company: {
            name: 'Testbedrijf Synthetisch BV',
            kvk: '00000001',
            postcode: '7511ab',
            employees: 8,
            sector: 'detailhandel',
          },
        }),
      );
      const r = await referralOf(res, 201);
      expect(res.headers.get('location')).toBe(`/api/v1/referrals/${r.id}`);
      expect(r).toMatchObject({
        status: 'verstuurd',
        question: 'Synthetische testvraag: hoe verkopen wij onze producten online?',
        company: {
          name: 'Testbedrijf Synthetisch BV',
          kvk: '00000001',
          postcode: '7511 AB',
          employees: 8,
          sector: 'detailhandel',
          gemeente: 'Enschede',
          provincie: 'Overijssel',
        },
        contact: { name: 'Test Persoon', email: 'test@example.invalid', phone: '06 00000000' },
        contact_preference: 'email',
        consent: { version: CONSENT_VERSION },
        target: { slug: TARGET, name: 'Testwerkplaats Synthetisch', kind: 'werkplaats' },
        advice: { synthetic: true, best: TARGET, at: '1970-01-01T00:00:00.000Z' },
        parent_id: null,
        forwarded_to_id: null,
        created_by: { org: 'Testverwijzer Synthetisch' },
        closed_at: null,
        purged_at: null,
      });
      expect(Math.abs(Date.parse(r.consent.at) - Date.now())).toBeLessThan(60_000);
      expect(r.history).toEqual([
        {
          at: r.created_at,
          by: { key_id: keys.keys.intermediair!.id, org: 'Testverwijzer Synthetisch', role: 'intermediair' },
          from: null,
          to: 'verstuurd',
          note: null,
          reason: null,
        },
      ]);
      expect(advisorCalls).toEqual([
        {
          question: 'Synthetische testvraag: hoe verkopen wij onze producten online?',
          postcode: '7511 AB',
          employees: 8,
          sector: 'detailhandel',
        },
      ]);
    });

    test("by default the loket's router advises; a router that throws does not stop the referral", async () => {
      const plain = client(referralApp(store));
      const advice = (
        await referralOf(await plain.post('/api/v1/referrals', keys.intermediair, referralBody()), 201)
      ).advice as { recommendations: Array<{ slug: string }> };
      expect(advice.recommendations.length).toBeGreaterThan(0);
      const broken = client(
        referralApp(store, () => {
          throw new Error('router stuk');
        }),
      );
      expect(
        (await referralOf(await broken.post('/api/v1/referrals', keys.intermediair, referralBody()), 201))
          .advice,
      ).toBeNull();
    });

    test('the owner may ask not to be contacted, with phone only', async () => {
      const r = await send({
        contact_preference: 'ondernemer_belt_zelf',
        contact: { name: 'Test Persoon', phone: '+31 6 00000000' },
      });
      expect(r.contact_preference).toBe('ondernemer_belt_zelf');
      expect(r.contact).toEqual({ name: 'Test Persoon', email: null, phone: '+31 6 00000000' });
    });

    test.each(['ontvanger', 'provincie', 'admin'] as const)(
      'a %s cannot send referrals: 404',
      async (role) => {
        await problemOf(await api.post('/api/v1/referrals', keys[role], referralBody()), 404);
      },
    );

    const company = referralBody().company as Record<string, unknown>;
    const contact = referralBody().contact as Record<string, unknown>;
    test.each<[string, Record<string, unknown>, string]>([
      ['no question', { question: undefined }, '#/question'],
      ['a question of three letters', { question: 'hoi' }, '#/question'],
      ['an unknown top-level field', { extra: 1 }, '#/extra'],
      ['an unknown company field', { company: { ...company, iban: 'NL00TEST0000000000' } }, '#/company/iban'],
      ['a KVK number of 7 digits', { company: { ...company, kvk: '0000001' } }, '#/company/kvk'],
      ['a KVK number with letters', { company: { ...company, kvk: '0000000A' } }, '#/company/kvk'],
      ['a KVK number as a number', { company: { ...company, kvk: 1 } }, '#/company/kvk'],
      ['a malformed postcode', { company: { ...company, postcode: '0123' } }, '#/company/postcode'],
      ['a postcode that does not exist', { company: { ...company, postcode: '1000' } }, '#/company/postcode'],
      ['a negative size', { company: { ...company, employees: -1 } }, '#/company/employees'],
      ['a fractional size', { company: { ...company, employees: 2.5 } }, '#/company/employees'],
      ['no company name', { company: { ...company, name: '  ' } }, '#/company/name'],
      ['neither e-mail nor phone', { contact: { name: 'Test Persoon' } }, '#/contact/email'],
      ['an invalid e-mail address', { contact: { ...contact, email: 'geen-adres@' } }, '#/contact/email'],
      ['a phone number with letters', { contact: { ...contact, phone: '06-BELMIJ' } }, '#/contact/phone'],
      [
        'telefoon as preference without a phone',
        { contact_preference: 'telefoon', contact: { name: 'Test Persoon', email: 'test@example.invalid' } },
        '#/contact/phone',
      ],
      ['consent false', { consent: false }, '#/consent'],
      ['consent missing', { consent: undefined }, '#/consent'],
      ['consent as a string', { consent: 'true' }, '#/consent'],
      ['an unknown contact preference', { contact_preference: 'fax' }, '#/contact_preference'],
      ['a target that does not exist', { target_slug: 'bestaat-niet' }, '#/target_slug'],
      ['a target that stopped', { target_slug: 'testinitiatief-gestopt' }, '#/target_slug'],
    ])('%s is 400 with a pointer to the field', async (_name, patch, pointer) => {
      const body = await problemOf(
        await api.post('/api/v1/referrals', keys.intermediair, referralBody(patch)),
        400,
      );
      expect(body.errors?.map((e) => e.pointer)).toContain(pointer);
      for (const e of body.errors ?? []) expect(e.detail).toMatch(/[.!?]$/);
    });

    test('validation errors never echo the value that was sent', async () => {
      const secretish = 'geheim-adres-synthetisch@';
      const res = await api.post(
        '/api/v1/referrals',
        keys.intermediair,
        referralBody({ contact: { name: 'Test Persoon', email: secretish }, extra: secretish }),
      );
      const text = JSON.stringify(await problemOf(res, 400));
      expect(text).not.toContain(secretish);
    });

    test('a body that is not JSON is 400, another content type is 415, and more than 16 KB is 413', async () => {
      const app = referralApp(store);
      const auth = { Authorization: `Bearer ${keys.intermediair}` };
      await problemOf(
        await app.request('/api/v1/referrals', {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: '{"question": ',
        }),
        400,
      );
      await problemOf(
        await app.request('/api/v1/referrals', {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'text/plain' },
          body: JSON.stringify(referralBody()),
        }),
        415,
      );
      await problemOf(
        await app.request('/api/v1/referrals', {
          method: 'POST',
          headers: auth,
          body: JSON.stringify(referralBody()),
        }),
        415,
      );
      const big = JSON.stringify(referralBody({ question: 'x'.repeat(17 * 1024) }));
      await problemOf(
        await app.request('/api/v1/referrals', {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: big,
        }),
        413,
      );
      // A Content-Length that understates the body does not get past the limit either.
      await problemOf(
        await app.request('/api/v1/referrals', {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json', 'Content-Length': '100' },
          body: big,
        }),
        413,
      );
      await problemOf(
        await app.request('/api/v1/referrals', {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: '[]',
        }),
        400,
      );
    });
  });

  describe('reading', () => {
    let mine: ReferralOut;
    let colleagues: ReferralOut;
    let others: ReferralOut;
    let toOther: ReferralOut;
    beforeAll(async () => {
      mine = await send();
      colleagues = await send({}, keys.colleague);
      others = await send({}, keys.otherIntermediair);
      toOther = await send({ target_slug: OTHER_TARGET });
    });

    test('GET /{id}: the organisation that sent it and the receiver see it with its history', async () => {
      for (const key of [keys.intermediair, keys.colleague, keys.ontvanger]) {
        const r = await referralOf(await api.get(`/api/v1/referrals/${mine.id}`, key));
        expect(r.id).toBe(mine.id);
        expect(r.history).toHaveLength(1);
      }
      expect(
        (await referralOf(await api.get(`/api/v1/referrals/${toOther.id}`, keys.otherOntvanger))).id,
      ).toBe(toOther.id);
    });

    test.each(['otherIntermediair', 'otherOntvanger', 'provincie', 'admin'] as const)(
      'GET /{id}: a %s gets 404, the same as for an id that does not exist',
      async (role) => {
        const denied = await problemOf(await api.get(`/api/v1/referrals/${mine.id}`, keys[role]), 404);
        const absent = await problemOf(await api.get(`/api/v1/referrals/${ZERO_UUID}`, keys[role]), 404);
        expect(denied).toEqual(absent);
      },
    );

    test.each(['niet-een-id', ZERO_UUID.toUpperCase(), '1', "'; DROP TABLE referrals; --"])(
      'GET /{id} with id %j is 404',
      async (id) => {
        await problemOf(await api.get(`/api/v1/referrals/${encodeURIComponent(id)}`, keys.intermediair), 404);
      },
    );

    test('GET /: an intermediair lists its organisation’s referrals, not another organisation’s', async () => {
      const list = ReferralListSchema.parse(
        await (await api.get('/api/v1/referrals?per_page=100', keys.intermediair)).json(),
      );
      const ids = list.items.map((r) => r.id);
      expect(ids).toEqual(expect.arrayContaining([mine.id, colleagues.id, toOther.id]));
      expect(ids).not.toContain(others.id);
      expect(list.items.every((r) => r.created_by.org === 'Testverwijzer Synthetisch')).toBe(true);
      expect(list.total).toBe(list.items.length);
      expect(list.items[0]!.history).toBeUndefined();
      const theirs = ReferralListSchema.parse(
        await (await api.get('/api/v1/referrals?per_page=100', keys.otherIntermediair)).json(),
      );
      expect(theirs.items.map((r) => r.id)).toEqual([others.id]);
    });

    test('GET /: a receiver lists what is addressed to its slug, whoever sent it', async () => {
      const inbox = ReferralListSchema.parse(
        await (await api.get('/api/v1/referrals?per_page=100', keys.ontvanger)).json(),
      );
      expect(inbox.items.map((r) => r.id)).toEqual(
        expect.arrayContaining([mine.id, colleagues.id, others.id]),
      );
      expect(inbox.items.every((r) => r.target.slug === TARGET)).toBe(true);
      const otherInbox = ReferralListSchema.parse(
        await (await api.get('/api/v1/referrals', keys.otherOntvanger)).json(),
      );
      expect(otherInbox.items.map((r) => r.id)).toContain(toOther.id);
      expect(otherInbox.items.every((r) => r.target.slug === OTHER_TARGET)).toBe(true);
    });

    test.each(['provincie', 'admin'] as const)('GET /: a %s gets 404', async (role) => {
      await problemOf(await api.get('/api/v1/referrals', keys[role]), 404);
    });

    test('GET /: pages are newest first with a total, and status filters', async () => {
      const all = ReferralListSchema.parse(
        await (await api.get('/api/v1/referrals?per_page=100', keys.otherIntermediair)).json(),
      );
      for (let i = 0; i < 3; i++) await send({}, keys.otherIntermediair);
      const page1 = ReferralListSchema.parse(
        await (await api.get('/api/v1/referrals?page=1&per_page=2', keys.otherIntermediair)).json(),
      );
      const page2 = ReferralListSchema.parse(
        await (await api.get('/api/v1/referrals?page=2&per_page=2', keys.otherIntermediair)).json(),
      );
      expect(page1).toMatchObject({ page: 1, per_page: 2, total: all.total + 3 });
      expect(page1.items).toHaveLength(2);
      expect(page2.items).toHaveLength(2);
      expect(page2.items.at(-1)!.id).toBe(others.id);
      expect(page1.items[0]!.created_at >= page2.items[0]!.created_at).toBe(true);

      await move(others.id, keys.ontvanger, { status: 'ontvangen' });
      const received = ReferralListSchema.parse(
        await (await api.get('/api/v1/referrals?status=ontvangen', keys.otherIntermediair)).json(),
      );
      expect(received.items.map((r) => r.id)).toEqual([others.id]);
      const both = ReferralListSchema.parse(
        await (await api.get('/api/v1/referrals?status=ontvangen,verstuurd', keys.otherIntermediair)).json(),
      );
      expect(both.total).toBe(all.total + 3);
    });

    test.each([
      'page=0',
      'per_page=101',
      'per_page=abc',
      'page=1.5',
      'status=onzin',
      'status=verstuurd,onzin',
      'sort=asc',
    ])('GET /?%s is 400 problem+json', async (query) => {
      const body = await problemOf(await api.get(`/api/v1/referrals?${query}`, keys.intermediair), 400);
      expect(body.errors?.length).toBeGreaterThan(0);
    });
  });

  describe('status changes', () => {
    // Which role may move which status where, written out from the issue.
    const ALLOWED: Record<string, readonly ReferralStatus[]> = {
      'ontvanger verstuurd': ['ontvangen', 'afgewezen', 'geen_contact', 'doorverwezen'],
      'ontvanger ontvangen': ['in_behandeling', 'afgewezen', 'geen_contact', 'doorverwezen'],
      'ontvanger in_behandeling': ['afgerond', 'afgewezen', 'geen_contact', 'doorverwezen'],
      'intermediair verstuurd': ['ingetrokken'],
    };
    // How to reach each status through the store.
    const PATHS: Record<ReferralStatus, ReferralStatus[]> = {
      verstuurd: [],
      ontvangen: ['ontvangen'],
      in_behandeling: ['ontvangen', 'in_behandeling'],
      afgerond: ['ontvangen', 'in_behandeling', 'afgerond'],
      afgewezen: ['afgewezen'],
      geen_contact: ['geen_contact'],
      doorverwezen: ['doorverwezen'],
      ingetrokken: ['ingetrokken'],
    };
    const bodyFor = (to: ReferralStatus): Record<string, unknown> => ({
      status: to,
      ...(to === 'afgewezen' ? { reason: 'geen_capaciteit' } : {}),
      ...(to === 'doorverwezen' ? { forward_to_slug: OTHER_TARGET } : {}),
    });
    async function referralIn(status: ReferralStatus): Promise<string> {
      const r = await send();
      let from: ReferralStatus = 'verstuurd';
      for (const to of PATHS[status]) {
        const actor = to === 'ingetrokken' ? keys.keys.intermediair! : keys.keys.ontvanger!;
        const result = await store.changeStatus({
          id: r.id,
          from,
          to,
          actor: { keyId: actor.id, org: actor.org, role: actor.role },
          note: null,
          reason: to === 'afgewezen' ? 'geen_capaciteit' : null,
          ...(to === 'doorverwezen'
            ? { forward: { targetSlug: OTHER_TARGET, targetKind: 'werkplaats' } }
            : {}),
        });
        expect(result.ok).toBe(true);
        from = to;
      }
      return r.id;
    }

    const matrix = (['intermediair', 'ontvanger'] as const).flatMap((role) =>
      REFERRAL_STATUSES.flatMap((from) =>
        REFERRAL_STATUSES.map(
          (to) => [role, from, to, (ALLOWED[`${role} ${from}`] ?? []).includes(to)] as const,
        ),
      ),
    );
    test.each(matrix)(
      'the %s moving %s → %s: allowed %s (200, else 409)',
      async (role, from, to, allowed) => {
        const id = await referralIn(from);
        const before = (await store.history(id)).length;
        const res = await move(id, keys[role], bodyFor(to));
        if (allowed) {
          const r = await referralOf(res);
          expect(r.status).toBe(to);
          expect(r.history).toHaveLength(before + 1);
          expect(r.history!.at(-1)).toMatchObject({ from, to, by: { role, org: keys.keys[role]!.org } });
          expect(r.closed_at === null).toBe(['ontvangen', 'in_behandeling'].includes(to));
        } else {
          const body = await problemOf(res, 409);
          expect(body).toMatchObject({ current: from });
          expect((await store.getReferral(id))!.status).toBe(from);
          expect(await store.history(id)).toHaveLength(before);
        }
      },
    );

    test('the full happy path keeps every step, with notes, in the history', async () => {
      const r = await send();
      await referralOf(
        await move(r.id, keys.ontvanger, { status: 'ontvangen', note: 'Synthetisch: gezien' }),
      );
      await referralOf(await move(r.id, keys.ontvanger, { status: 'in_behandeling' }));
      const done = await referralOf(
        await move(r.id, keys.ontvanger, { status: 'afgerond', note: 'Synthetisch: klaar' }),
      );
      expect(done.closed_at).not.toBeNull();
      expect(done.history!.map((e) => [e.from, e.to, e.note])).toEqual([
        [null, 'verstuurd', null],
        ['verstuurd', 'ontvangen', 'Synthetisch: gezien'],
        ['ontvangen', 'in_behandeling', null],
        ['in_behandeling', 'afgerond', 'Synthetisch: klaar'],
      ]);
      // The intermediair sees the same trail.
      expect((await referralOf(await api.get(`/api/v1/referrals/${r.id}`, keys.colleague))).history).toEqual(
        done.history,
      );
    });

    test('doorverwezen makes a linked referral for the new receiver; the sender follows the chain', async () => {
      const r = await send();
      const moved = await referralOf(
        await move(r.id, keys.ontvanger, {
          status: 'doorverwezen',
          forward_to_slug: OTHER_TARGET,
          note: 'Synthetisch: past beter',
        }),
      );
      expect(moved.status).toBe('doorverwezen');
      const childId = moved.forwarded_to_id!;
      expect(childId).toMatch(/^[0-9a-f-]{36}$/);
      const child = await referralOf(await api.get(`/api/v1/referrals/${childId}`, keys.intermediair));
      expect(child).toMatchObject({
        status: 'verstuurd',
        parent_id: r.id,
        target: { slug: OTHER_TARGET },
        question: r.question,
        company: r.company,
        created_by: r.created_by,
      });
      expect(child.history).toEqual([
        expect.objectContaining({
          from: null,
          to: 'verstuurd',
          by: expect.objectContaining({ role: 'ontvanger' }),
        }),
      ]);
      // The new receiver sees and works it; the old one no longer sees the child.
      expect((await referralOf(await api.get(`/api/v1/referrals/${childId}`, keys.otherOntvanger))).id).toBe(
        childId,
      );
      await problemOf(await api.get(`/api/v1/referrals/${childId}`, keys.ontvanger), 404);
      await problemOf(await api.get(`/api/v1/referrals/${r.id}`, keys.otherOntvanger), 404);
      expect(
        (await referralOf(await move(childId, keys.otherOntvanger, { status: 'ontvangen' }))).status,
      ).toBe('ontvangen');
    });

    test.each<[string, Record<string, unknown>, string]>([
      ['afgewezen without a reason', { status: 'afgewezen' }, '#/reason'],
      ['an unknown reason', { status: 'afgewezen', reason: 'zomaar' }, '#/reason'],
      ['a reason with another status', { status: 'ontvangen', reason: 'geen_capaciteit' }, '#/reason'],
      ['doorverwezen without a target', { status: 'doorverwezen' }, '#/forward_to_slug'],
      [
        'doorverwezen to an unknown target',
        { status: 'doorverwezen', forward_to_slug: 'bestaat-niet' },
        '#/forward_to_slug',
      ],
      ['doorverwezen to itself', { status: 'doorverwezen', forward_to_slug: TARGET }, '#/forward_to_slug'],
      [
        'doorverwezen to an initiative that stopped',
        { status: 'doorverwezen', forward_to_slug: 'testinitiatief-gestopt' },
        '#/forward_to_slug',
      ],
      [
        'a target with another status',
        { status: 'ontvangen', forward_to_slug: OTHER_TARGET },
        '#/forward_to_slug',
      ],
      ['an unknown status', { status: 'gelezen' }, '#/status'],
      ['no status', { note: 'Synthetisch' }, '#/status'],
      ['an unknown field', { status: 'ontvangen', door: 'iemand' }, '#/door'],
      ['a note that is too long', { status: 'ontvangen', note: 'x'.repeat(2001) }, '#/note'],
    ])('%s is 400 with a pointer to the field', async (_name, body, pointer) => {
      const r = await send();
      const problem = await problemOf(await move(r.id, keys.ontvanger, body), 400);
      expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
      expect((await store.getReferral(r.id))!.status).toBe('verstuurd');
    });

    test.each(['otherIntermediair', 'otherOntvanger', 'provincie', 'admin'] as const)(
      'a %s cannot move a referral that is not theirs: 404, and nothing changes',
      async (role) => {
        const r = await send();
        for (const status of ['ontvangen', 'ingetrokken']) {
          await problemOf(await move(r.id, keys[role], { status }), 404);
        }
        expect(await store.history(r.id)).toHaveLength(1);
      },
    );

    test('an unknown or malformed id is 404 for the receiver', async () => {
      await problemOf(await move(ZERO_UUID, keys.ontvanger, { status: 'ontvangen' }), 404);
      await problemOf(await move('x', keys.ontvanger, { status: 'ontvangen' }), 404);
    });

    test('accepting and withdrawing at the same moment: one wins, the other is 409', async () => {
      const r = await send();
      const [accept, withdraw] = await Promise.all([
        move(r.id, keys.ontvanger, { status: 'ontvangen' }),
        move(r.id, keys.intermediair, { status: 'ingetrokken' }),
      ]);
      expect([accept.status, withdraw.status].sort()).toEqual([200, 409]);
      expect(await store.history(r.id)).toHaveLength(2);
    });
  });
});
