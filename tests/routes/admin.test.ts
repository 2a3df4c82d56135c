/** /api/v1/admin/kvk/{kvk}: export and erasure of everything about one KVK number, admin only. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { KvkErasureSchema, KvkExportSchema } from '../../functions/routes/admin.ts';
import type { ReferralStore } from '../../functions/storage/types.ts';
import {
  OTHER_TARGET,
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

describe.each(implementations)('admin API on $name', (impl) => {
  let store: ReferralStore;
  let keys: Keyring;
  let api: ReturnType<typeof client>;
  const company = referralBody().company as Record<string, unknown>;
  const send = async (kvk: string) => {
    const res = await api.post(
      '/api/v1/referrals',
      keys.intermediair,
      referralBody({ company: { ...company, kvk } }),
    );
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };

  beforeAll(async () => {
    store = await impl.open();
    keys = await createKeyring(store);
    api = client(referralApp(store));
  });
  afterAll(() => impl.cleanup());

  test('an admin exports every referral about a KVK number, the forwarded ones included, with history', async () => {
    const id = await send('00000011');
    await send('00000011');
    await send('00000012');
    const moved = await api.post(`/api/v1/referrals/${id}/status`, keys.ontvanger, {
      status: 'doorverwezen',
      forward_to_slug: OTHER_TARGET,
    });
    expect(moved.status).toBe(200);
    const res = await api.get('/api/v1/admin/kvk/00000011', keys.admin);
    expect(res.status).toBe(200);
    const body = KvkExportSchema.parse(await res.json());
    expect(body.kvk).toBe('00000011');
    expect(body.referrals).toHaveLength(3);
    expect(body.referrals.every((r) => r.company.kvk === '00000011' && (r.history?.length ?? 0) >= 1)).toBe(
      true,
    );
  });

  test('an admin erases them: gone for everyone, other KVK numbers untouched', async () => {
    const id = await send('00000021');
    const keep = await send('00000022');
    const res = await api.del('/api/v1/admin/kvk/00000021', keys.admin);
    expect(res.status).toBe(200);
    expect(KvkErasureSchema.parse(await res.json())).toEqual({ kvk: '00000021', erased: 1 });
    expect((await api.get(`/api/v1/referrals/${id}`, keys.intermediair)).status).toBe(404);
    expect(await store.history(id)).toEqual([]);
    expect((await api.get(`/api/v1/referrals/${keep}`, keys.intermediair)).status).toBe(200);
    const again = KvkExportSchema.parse(
      await (await api.get('/api/v1/admin/kvk/00000021', keys.admin)).json(),
    );
    expect(again.referrals).toEqual([]);
  });

  test.each(['intermediair', 'ontvanger', 'provincie'] as const)(
    'a %s gets 404 for export and erasure, and nothing is erased',
    async (role) => {
      const id = await send('00000031');
      for (const res of [
        await api.get('/api/v1/admin/kvk/00000031', keys[role]),
        await api.del('/api/v1/admin/kvk/00000031', keys[role]),
      ]) {
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
      expect(await store.getReferral(id)).not.toBeNull();
    },
  );

  test.each(['1234567', '123456789', 'abcdefgh', '0000000%20'])('KVK %j is 400 for an admin', async (kvk) => {
    const res = await api.get(`/api/v1/admin/kvk/${kvk}`, keys.admin);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await res.json()).errors[0].pointer).toBe('#/kvk');
  });
});

describe('admin API errors', () => {
  test('an unexpected failure is a generic 500 whose log line holds no KVK number', async () => {
    const impl = storeImplementations()[0]!;
    const store = await impl.open();
    const keys = await createKeyring(store);
    const failing: ReferralStore = {
      ...store,
      exportByKvk: () => Promise.reject(new Error('kapot bij 00000099')),
    };
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    try {
      const res = await client(referralApp(failing)).get('/api/v1/admin/kvk/00000099', keys.admin);
      expect(res.status).toBe(500);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await res.text()).not.toContain('00000099');
    } finally {
      console.error = original;
      await impl.cleanup();
    }
    expect(logged).toHaveLength(1);
    expect(logged.join('\n')).not.toContain('00000099');
  });
});
