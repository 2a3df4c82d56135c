/** /api/v1/stats/referrals: aggregates for a provincie, without personal data; 404 for other roles. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ReferralStatsSchema } from '../../functions/routes/stats.ts';
import type { ReferralStore } from '../../functions/storage/types.ts';
import {
  client,
  createKeyring,
  postgresSkipNotice,
  referralApp,
  referralBody,
  storeImplementations,
  type Keyring,
} from '../helpers/referrals.ts';

const implementations = storeImplementations();
beforeAll(postgresSkipNotice);

describe.each(implementations)('GET /api/v1/stats/referrals on $name', (impl) => {
  let store: ReferralStore;
  let keys: Keyring;
  let api: ReturnType<typeof client>;
  const company = referralBody().company as Record<string, unknown>;

  beforeAll(async () => {
    store = await impl.open();
    keys = await createKeyring(store);
    api = client(referralApp(store));
    const send = async (patch: Record<string, unknown>) => {
      const res = await api.post('/api/v1/referrals', keys.intermediair, referralBody(patch));
      expect(res.status).toBe(201);
      return (await res.json()) as { id: string };
    };
    const first = await send({});
    await send({});
    await send({ target_slug: 'testsubsidie-synthetisch' });
    await send({ company: { ...company, postcode: '9711' } });
    await send({ company: { ...company, postcode: '1011' } });
    expect(
      (await api.post(`/api/v1/referrals/${first.id}/status`, keys.ontvanger, { status: 'ontvangen' }))
        .status,
    ).toBe(200);
  });
  afterAll(() => impl.cleanup());

  const stats = async (key: string, query = '') => {
    const res = await api.get(`/api/v1/stats/referrals${query}`, key);
    expect(res.status).toBe(200);
    return ReferralStatsSchema.parse(await res.json());
  };

  test('a provincie sees counts for its own province only', async () => {
    expect(await stats(keys.provincie)).toEqual({
      provincie: 'Overijssel',
      total: 3,
      by_status: { verstuurd: 2, ontvangen: 1 },
      by_kind: { werkplaats: 2, subsidie: 1 },
      by_gemeente: { Enschede: 3 },
    });
    expect(await stats(keys.otherProvincie)).toEqual({
      provincie: 'Groningen',
      total: 1,
      by_status: { verstuurd: 1 },
      by_kind: { werkplaats: 1 },
      by_gemeente: { Groningen: 1 },
    });
  });

  test('the aggregates hold no personal data', async () => {
    const text = JSON.stringify(await stats(keys.admin));
    for (const personal of [
      '00000001',
      'Testbedrijf',
      'test@example.invalid',
      'Test Persoon',
      'Synthetische testvraag',
      '7511',
    ]) {
      expect(text).not.toContain(personal);
    }
  });

  test('a provincie may name its own province, and gets 404 for another', async () => {
    expect((await stats(keys.provincie, '?provincie=Overijssel')).total).toBe(3);
    expect((await api.get('/api/v1/stats/referrals?provincie=Groningen', keys.provincie)).status).toBe(404);
  });

  test('an admin sees every province, or one', async () => {
    expect((await stats(keys.admin)).total).toBe(5);
    expect((await stats(keys.admin)).provincie).toBeNull();
    expect((await stats(keys.admin, '?provincie=Noord-Holland')).by_gemeente).toEqual({ Amsterdam: 1 });
  });

  test.each(['?provincie=Nergensland', '?van=2026-01-01'])('%s is 400 problem+json', async (query) => {
    const res = await api.get(`/api/v1/stats/referrals${query}`, keys.admin);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  test.each(['intermediair', 'ontvanger'] as const)('an %s gets 404', async (role) => {
    const res = await api.get('/api/v1/stats/referrals', keys[role]);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  test('a provincie key without a province gets 404 rather than every count', async () => {
    const { secret } = await store.createKey({ role: 'provincie', org: 'Testprovincie Zonder' });
    expect((await api.get('/api/v1/stats/referrals', secret)).status).toBe(404);
  });
});
