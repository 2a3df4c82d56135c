/** The MonitorStore contract, on SQLite and (with TEST_DATABASE_URL) on PostgreSQL. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MONITOR_VERSION } from '../../functions/monitor/questionnaires.ts';
import {
  INVITATION_DAYS,
  hashToken,
  type MonitorStore,
  type NewMonitorResponse,
} from '../../functions/storage/monitor.ts';
import { postgresSkipNotice } from '../helpers/referrals.ts';
import { eenmeting, monitorImplementations, nulmeting } from './helpers.ts';

const implementations = monitorImplementations();
beforeAll(postgresSkipNotice);

const DAY = 24 * 60 * 60 * 1000;

function answer(referralId: string, patch: Partial<NewMonitorResponse> = {}): NewMonitorResponse {
  return {
    referralId,
    kvk: '00000001',
    targetSlug: 'testwerkplaats-synthetisch',
    provincie: 'Overijssel',
    sector: 'detailhandel',
    measurement: 'nulmeting',
    version: MONITOR_VERSION,
    answers: nulmeting(),
    submittedVia: 'key:k_test',
    ...patch,
  };
}

describe.each(implementations)('MonitorStore on $name', (impl) => {
  let clock = new Date('2027-01-01T10:00:00Z');
  let store: MonitorStore;
  beforeAll(async () => {
    store = await impl.open({ now: () => clock });
  });
  afterAll(() => impl.cleanup());

  test('stores an answer with its version, referral, KVK number and time, and reads it back', async () => {
    const id = randomUUID();
    const saved = await store.save(answer(id));
    expect(saved.ok).toBe(true);
    const listed = (await store.list({ measurement: 'nulmeting' })).find((r) => r.referralId === id);
    expect(listed).toMatchObject({
      version: MONITOR_VERSION,
      kvk: '00000001',
      measurement: 'nulmeting',
      answers: nulmeting(),
      createdAt: clock.toISOString(),
    });
    expect(await store.answered(id)).toEqual(['nulmeting']);
  });

  test('a second answer of the same measurement for a referral is a duplicate; the other one is not', async () => {
    const id = randomUUID();
    expect((await store.save(answer(id))).ok).toBe(true);
    expect(await store.save(answer(id))).toEqual({ ok: false, reason: 'duplicate' });
    expect((await store.save(answer(id, { measurement: 'eenmeting', answers: eenmeting() }))).ok).toBe(true);
    expect((await store.answered(id)).sort()).toEqual(['eenmeting', 'nulmeting']);
  });

  test('list filters by receiver and by province', async () => {
    const slug = `filter-${randomUUID()}`;
    await store.save(answer(randomUUID(), { targetSlug: slug, provincie: 'Groningen' }));
    await store.save(answer(randomUUID(), { targetSlug: slug, provincie: 'Drenthe' }));
    expect(await store.list({ measurement: 'nulmeting', targetSlug: slug })).toHaveLength(2);
    expect(
      await store.list({ measurement: 'nulmeting', targetSlug: slug, provincie: 'Groningen' }),
    ).toHaveLength(1);
    expect(await store.list({ measurement: 'eenmeting', targetSlug: slug })).toHaveLength(0);
  });

  test('an invitation token is 32 random bytes in base64url, stored only as its SHA-256 hash', async () => {
    const id = randomUUID();
    const { token, expiresAt } = await store.createInvitation(id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(new Date(expiresAt).getTime() - clock.getTime()).toBe(INVITATION_DAYS * DAY);
    expect(await store.checkInvitation(token)).toEqual({ ok: true, referralId: id, expiresAt });
    expect((await store.createInvitation(id)).token).not.toBe(token);
  });

  test('a token is used up by the answer it carries, and then reports used', async () => {
    const id = randomUUID();
    const { token } = await store.createInvitation(id);
    const first = await store.save(
      answer(id, { measurement: 'eenmeting', answers: eenmeting(), submittedVia: 'token' }),
      token,
    );
    expect(first.ok).toBe(true);
    expect(await store.checkInvitation(token)).toEqual({ ok: false, reason: 'used' });
    const again = await store.save(answer(randomUUID(), { measurement: 'eenmeting' }), token);
    expect(again).toEqual({ ok: false, reason: 'token', check: { ok: false, reason: 'used' } });
  });

  test('a token for another referral, an unknown token and an expired token store nothing', async () => {
    const id = randomUUID();
    const { token } = await store.createInvitation(id);
    const other = randomUUID();
    expect(await store.save(answer(other, { measurement: 'eenmeting' }), token)).toEqual({
      ok: false,
      reason: 'token',
      check: { ok: false, reason: 'other_referral' },
    });
    expect(await store.save(answer(other, { measurement: 'eenmeting' }), 'x'.repeat(43))).toEqual({
      ok: false,
      reason: 'token',
      check: { ok: false, reason: 'unknown' },
    });
    expect(await store.answered(other)).toEqual([]);
    const before = clock;
    clock = new Date(before.getTime() + INVITATION_DAYS * DAY);
    expect(await store.checkInvitation(token)).toEqual({ ok: false, reason: 'expired' });
    expect((await store.save(answer(id, { measurement: 'eenmeting' }), token)).ok).toBe(false);
    clock = before;
    expect(await store.checkInvitation(token)).toMatchObject({ ok: true });
  });

  test('two answers racing with one token: exactly one is stored', async () => {
    const id = randomUUID();
    const { token } = await store.createInvitation(id);
    const results = await Promise.all(
      [1, 2, 3].map(() => store.save(answer(id, { measurement: 'eenmeting', answers: eenmeting() }), token)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      await store.list({ measurement: 'eenmeting' }).then((rs) => rs.filter((r) => r.referralId === id)),
    ).toHaveLength(1);
  });
});
