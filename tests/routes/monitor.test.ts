/**
 * /api/v1/referrals/{id}/nulmeting|eenmeting and /api/v1/monitor/* through createApp().request(),
 * for every role, on SQLite and (with TEST_DATABASE_URL) on PostgreSQL. The key test: 32 synthetic
 * 1-metingen like the 2020 results give the evaluation's own figures (28/47/16/9 % and 91 %).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../functions/app.ts';
import { loadPostcodes } from '../../functions/data.ts';
import { MIN_SECTOR_GROUP, POOLED_SECTOR } from '../../functions/monitor/summary.ts';
import { MonitorDueSchema, MonitorSummarySchema } from '../../functions/routes/monitor.ts';
import type { MonitorStore } from '../../functions/storage/monitor.ts';
import type { Referral, ReferralStore } from '../../functions/storage/types.ts';
import {
  OTHER_TARGET,
  TARGET,
  client,
  createKeyring,
  newReferral,
  postgresSkipNotice,
  storeImplementations,
  syntheticDirectory,
  type Keyring,
} from '../helpers/referrals.ts';
import { eenmeting, metingen2020, monitorImplementations, nulmeting } from '../monitor/helpers.ts';

const referralImpls = storeImplementations();
const monitorImpls = monitorImplementations();
const pairs = referralImpls.map((r, i) => ({ name: r.name, referrals: r, monitors: monitorImpls[i]! }));
beforeAll(postgresSkipNotice);

interface ProblemBody {
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

const MONTH = 31 * 24 * 60 * 60 * 1000;

describe.each(pairs)('impact monitor API on $name', ({ referrals, monitors }) => {
  // The real time: GET /due asks the app's clock, which is the real one.
  let clock = new Date();
  const now = () => clock;
  let store: ReferralStore;
  let monitor: MonitorStore;
  let keys: Keyring;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    store = await referrals.open({ now });
    monitor = await monitors.open({ now });
    keys = await createKeyring(store);
    api = client(createApp({ directory: syntheticDirectory(), postcodes: loadPostcodes(), store, monitor }));
  });
  afterAll(async () => {
    await monitors.cleanup();
    await referrals.cleanup();
  });

  /** A referral from the intermediair to `targetSlug`, moved to afgerond when asked. */
  async function referral(
    opts: { afgerond?: boolean; targetSlug?: string; provincie?: string; kvk?: string } = {},
  ): Promise<Referral> {
    const { afgerond = true, ...patch } = opts;
    const created = await store.createReferral(newReferral(patch), {
      keyId: keys.keys.intermediair!.id,
      org: keys.keys.intermediair!.org,
      role: 'intermediair',
    });
    if (!afgerond) return created;
    const receiver = patch.targetSlug === OTHER_TARGET ? keys.keys.otherOntvanger! : keys.keys.ontvanger!;
    const actor = { keyId: receiver.id, org: receiver.org, role: 'ontvanger' as const };
    let from = created.status;
    for (const to of ['ontvangen', 'in_behandeling', 'afgerond'] as const) {
      const moved = await store.changeStatus({ id: created.id, from, to, actor, note: null, reason: null });
      if (!moved.ok) throw new Error('status change failed');
      from = to;
    }
    return (await store.getReferral(created.id))!;
  }

  const nul = (id: string, key: string | undefined, body: unknown = nulmeting()) =>
    api.post(`/api/v1/referrals/${id}/nulmeting`, key, body);
  const een = (id: string, key: string | undefined, body: unknown = eenmeting(), query = '') =>
    api.post(`/api/v1/referrals/${id}/eenmeting${query}`, key, body);
  const invite = async (id: string) => {
    const res = await api.post(`/api/v1/referrals/${id}/eenmeting/uitnodiging`, keys.ontvanger, {});
    expect(res.status).toBe(201);
    const body = (await res.json()) as { url: string; expires_at: string };
    return new URL(body.url, 'http://x').searchParams.get('token')!;
  };
  const summary = async (scope: string, key: string) => {
    const res = await api.get(`/api/v1/monitor/summary?scope=${encodeURIComponent(scope)}`, key);
    expect(res.status).toBe(200);
    return MonitorSummarySchema.parse(await res.json());
  };

  describe('the key test: the 2020 results', () => {
    test('32 synthetic 1-metingen like 2020 give 28 / 47 / 16 / 9 % and 91 % gaat door', async () => {
      const slug = OTHER_TARGET;
      for (const answers of metingen2020()) {
        const r = await referral({ targetSlug: slug, provincie: 'Groningen' });
        expect((await een(r.id, keys.otherOntvanger, answers)).status).toBe(201);
      }
      const figures = await summary(`initiative:${slug}`, keys.otherOntvanger);
      expect(figures.respondents.eenmeting).toBe(32);
      expect(figures.tevredenheid).toEqual({ zeer_tevreden: 28, tevreden: 47, neutraal: 16, ontevreden: 9 });
      expect(figures.doorgaan_met_digitaliseren).toBe(91);
      expect(Object.keys(figures.vervolgstappen)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
      expect(figures.vervolgstappen.i).toBe(3); // 1 of 32
      expect(figures.vervolgstappen.j).toBe(6); // 2 of 32
      // Province scope sees the same 32 (they are all in Groningen).
      expect((await summary('provincie:Groningen', keys.admin)).tevredenheid.zeer_tevreden).toBe(28);
    });
  });

  describe('nulmeting', () => {
    test('the intermediair and the receiver of the referral may send it; one per referral', async () => {
      const a = await referral({ afgerond: false });
      expect((await nul(a.id, keys.intermediair)).status).toBe(201);
      await problemOf(await nul(a.id, keys.ontvanger), 409);
      const b = await referral({ afgerond: false });
      const res = await nul(b.id, keys.ontvanger);
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({
        measurement: 'nulmeting',
        questionnaire_version: 'dw-monitor-2021',
      });
    });

    test.each(['otherIntermediair', 'otherOntvanger', 'provincie', 'admin'] as const)(
      '%s gets 404 for a referral that is not theirs',
      async (who) => {
        const r = await referral({ afgerond: false });
        await problemOf(await nul(r.id, keys[who]), 404);
      },
    );

    test('without a key: 401; with a revoked key: 401', async () => {
      const r = await referral({ afgerond: false });
      await problemOf(await nul(r.id, undefined), 401);
      await problemOf(await nul(r.id, keys.revoked), 401);
    });

    test('a body outside the letter ranges is 400 with a pointer per field, in Dutch', async () => {
      const r = await referral({ afgerond: false });
      const body = await problemOf(
        await nul(r.id, keys.intermediair, { ...nulmeting(), q1: 'j', q3: 11, q4: ['i'], q5: 'g', extra: 1 }),
        400,
      );
      expect(body.errors!.map((e) => e.pointer).sort()).toEqual([
        '#/extra',
        '#/q1',
        '#/q3',
        '#/q4/0',
        '#/q5',
      ]);
    });

    test('"anders" (i) needs its text', async () => {
      const r = await referral({ afgerond: false });
      const body = await problemOf(await nul(r.id, keys.intermediair, nulmeting({ q1: 'i' })), 400);
      expect(body.errors).toEqual([{ pointer: '#/q1_anders', detail: expect.stringMatching(/Vul in/) }]);
    });
  });

  describe('eenmeting with a key', () => {
    test('only once the referral is afgerond (409 before)', async () => {
      const r = await referral({ afgerond: false });
      await problemOf(await een(r.id, keys.ontvanger), 409);
    });

    test('the intermediair may send it; a second is 409', async () => {
      const r = await referral();
      expect((await een(r.id, keys.intermediair)).status).toBe(201);
      await problemOf(await een(r.id, keys.ontvanger), 409);
    });

    test.each(['otherIntermediair', 'otherOntvanger', 'provincie', 'admin'] as const)(
      '%s gets 404',
      async (who) => {
        const r = await referral();
        await problemOf(await een(r.id, keys[who]), 404);
      },
    );

    test('a statement out of 1..5 and a missing statement are 400', async () => {
      const r = await referral();
      const body = await problemOf(
        await een(r.id, keys.ontvanger, { ...eenmeting(), q1: { a: 6, b: 3, c: 2, d: 4, e: 3, f: 5 } }),
        400,
      );
      expect(body.errors!.map((e) => e.pointer).sort()).toEqual(['#/q1/a', '#/q1/g']);
    });
  });

  describe('eenmeting with the owner’s token', () => {
    test('?token= works without a key, once', async () => {
      const r = await referral();
      const token = await invite(r.id);
      expect((await een(r.id, undefined, eenmeting(), `?token=${token}`)).status).toBe(201);
      const again = await problemOf(await een(r.id, undefined, eenmeting(), `?token=${token}`), 403);
      expect(again.detail).toMatch(/al gebruikt/);
    });

    test('a token field in the body works too', async () => {
      const r = await referral();
      const token = await invite(r.id);
      expect((await een(r.id, undefined, { ...eenmeting(), token })).status).toBe(201);
    });

    test('a token for another referral never opens this one', async () => {
      const mine = await referral();
      const other = await referral();
      const token = await invite(mine.id);
      await problemOf(await een(other.id, undefined, eenmeting(), `?token=${token}`), 403);
      await problemOf(await een(other.id, undefined, { ...eenmeting(), token }), 403);
      expect(await monitor.answered(other.id)).toEqual([]);
    });

    test('a forged and an expired token are 403 with a Dutch explanation', async () => {
      const r = await referral();
      const forged = await problemOf(
        await een(r.id, undefined, eenmeting(), `?token=${'A'.repeat(43)}`),
        403,
      );
      expect(forged.detail).toMatch(/klopt niet/);
      const token = await invite(r.id);
      const before = clock;
      clock = new Date(before.getTime() + 91 * 24 * 60 * 60 * 1000);
      const expired = await problemOf(await een(r.id, undefined, eenmeting(), `?token=${token}`), 403);
      expect(expired.detail).toMatch(/verlopen/);
      clock = before;
    });

    test('without key and token: 401', async () => {
      const r = await referral();
      await problemOf(await een(r.id, undefined), 401);
    });

    test('only the receiver makes links, for afgeronde referrals', async () => {
      const open = await referral({ afgerond: false });
      await problemOf(
        await api.post(`/api/v1/referrals/${open.id}/eenmeting/uitnodiging`, keys.ontvanger, {}),
        409,
      );
      const r = await referral();
      for (const who of ['intermediair', 'otherOntvanger', 'provincie', 'admin'] as const) {
        await problemOf(
          await api.post(`/api/v1/referrals/${r.id}/eenmeting/uitnodiging`, keys[who], {}),
          404,
        );
      }
    });
  });

  describe('summary tenancy', () => {
    test.each([
      ['admin', 'landelijk', 200],
      ['admin', 'provincie:Overijssel', 200],
      ['admin', `initiative:${TARGET}`, 200],
      ['provincie', 'provincie:Overijssel', 200],
      ['provincie', 'provincie:overijssel', 200],
      ['provincie', 'provincie:Groningen', 404],
      ['provincie', 'landelijk', 404],
      ['provincie', `initiative:${TARGET}`, 404],
      ['otherProvincie', 'provincie:Overijssel', 404],
      ['ontvanger', `initiative:${TARGET}`, 200],
      ['ontvanger', `initiative:${OTHER_TARGET}`, 404],
      ['ontvanger', 'landelijk', 404],
      ['ontvanger', 'provincie:Overijssel', 404],
      ['otherOntvanger', `initiative:${TARGET}`, 404],
      ['intermediair', 'landelijk', 404],
      ['intermediair', `initiative:${TARGET}`, 404],
    ] as const)('%s asking for %s gets %i', async (who, scope, status) => {
      const res = await api.get(`/api/v1/monitor/summary?scope=${encodeURIComponent(scope)}`, keys[who]);
      if (status === 200) expect(res.status).toBe(200);
      else await problemOf(res, status);
    });

    test('without scope a key gets its own; a malformed scope is 400; no key is 401', async () => {
      const res = await api.get('/api/v1/monitor/summary', keys.ontvanger);
      expect(MonitorSummarySchema.parse(await res.json()).scope).toBe(`initiative:${TARGET}`);
      await problemOf(await api.get('/api/v1/monitor/summary?scope=gemeente:Enschede', keys.admin), 400);
      await problemOf(await api.get('/api/v1/monitor/summary'), 401);
    });

    test('the summary holds no personal data', async () => {
      const r = await referral({ kvk: '99999999' });
      await nul(r.id, keys.intermediair);
      const res = await api.get('/api/v1/monitor/summary?scope=landelijk', keys.admin);
      const text = await res.text();
      expect(text).not.toContain('99999999');
      expect(text).not.toContain(r.id);
      expect(text).not.toContain('Synthetisch: wij willen');
    });

    test('the 0-meting is counted per sector, a small sector together with the rest', async () => {
      // One 0-meting in a sector of its own: counted, but not shown under its name.
      const small = await store.createReferral(newReferral({ sector: 'Visserij' }), {
        keyId: keys.keys.intermediair!.id,
        org: keys.keys.intermediair!.org,
        role: 'intermediair',
      });
      expect((await nul(small.id, keys.intermediair)).status).toBe(201);
      // At least MIN_SECTOR_GROUP in detailhandel (the helpers' sector).
      for (let i = 0; i < MIN_SECTOR_GROUP; i++) {
        expect((await nul((await referral({ afgerond: false })).id, keys.intermediair)).status).toBe(201);
      }
      const figures = await summary(`initiative:${TARGET}`, keys.ontvanger);
      const perSector = figures.nulmeting_per_sector;
      expect(Object.keys(perSector).sort()).toEqual(['detailhandel', POOLED_SECTOR]);
      expect(perSector.detailhandel!.respondents).toBeGreaterThanOrEqual(MIN_SECTOR_GROUP);
      expect(perSector[POOLED_SECTOR]!.respondents).toBe(1);
      expect(perSector.detailhandel!.respondents + 1).toBe(figures.respondents.nulmeting);
      const found = (sector: string) => perSector[sector]!.hoe_gevonden.g ?? 0;
      expect(found('detailhandel') + found(POOLED_SECTOR)).toBe(figures.respondents.nulmeting);
      expect(JSON.stringify(figures)).not.toMatch(/visserij/i);
    });
  });

  describe('due invitations', () => {
    test('afgerond six months ago without a 1-meting is due; with one, or recent, it is not', async () => {
      const start = clock;
      clock = new Date(start.getTime() - 7 * MONTH);
      const old = await referral();
      const answered = await referral();
      clock = new Date(start.getTime() - 2 * MONTH);
      const recent = await referral();
      clock = start;
      await een(answered.id, keys.ontvanger);
      const res = await api.get('/api/v1/monitor/due', keys.ontvanger);
      expect(res.status).toBe(200);
      const ids = MonitorDueSchema.parse(await res.json()).items.map((i) => i.referral_id);
      expect(ids).toContain(old.id);
      expect(ids).not.toContain(answered.id);
      expect(ids).not.toContain(recent.id);
      const other = MonitorDueSchema.parse(
        await (await api.get('/api/v1/monitor/due', keys.otherOntvanger)).json(),
      );
      expect(other.items.map((i) => i.referral_id)).not.toContain(old.id);
      expect(
        MonitorDueSchema.parse(await (await api.get('/api/v1/monitor/due', keys.admin)).json()).items.map(
          (i) => i.referral_id,
        ),
      ).toContain(old.id);
    });

    test.each(['intermediair', 'provincie'] as const)('%s gets 404', async (who) => {
      await problemOf(await api.get('/api/v1/monitor/due', keys[who]), 404);
    });
  });
});
