/**
 * The ReferralStore contract: every implementation passes the same suite. SQLite always runs;
 * PostgreSQL runs when TEST_DATABASE_URL is set (`eval "$(bash scripts/ci-postgres.sh)"`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { looksLikeSecret } from '../../functions/storage/secrets.ts';
import type { Actor, ReferralStatus, ReferralStore } from '../../functions/storage/types.ts';
import {
  OTHER_TARGET,
  TARGET,
  newReferral,
  postgresSkipNotice,
  storeImplementations,
} from '../helpers/referrals.ts';

const implementations = storeImplementations();
beforeAll(postgresSkipNotice);

/** A clock that advances one second per reading, so every write has its own timestamp. */
function steppingClock(start = '2026-11-27T09:00:00.000Z') {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

const intermediair: Actor = {
  keyId: 'k_000000000001',
  org: 'Testverwijzer Synthetisch',
  role: 'intermediair',
};
const ontvanger: Actor = { keyId: 'k_000000000002', org: 'Testwerkplaats Synthetisch', role: 'ontvanger' };

describe.each(implementations)('ReferralStore on $name', (impl) => {
  let store: ReferralStore;
  const open = async () => (store = await impl.open({ now: steppingClock() }));
  afterEach(() => impl.cleanup());
  afterAll(() => impl.cleanup());

  describe('API keys', () => {
    test('a new key is found by its secret, which is returned once and never listed', async () => {
      await open();
      const { key, secret } = await store.createKey({
        role: 'ontvanger',
        org: 'Testwerkplaats Synthetisch',
        slug: TARGET,
      });
      expect(looksLikeSecret(secret)).toBe(true);
      expect(key).toMatchObject({
        role: 'ontvanger',
        org: 'Testwerkplaats Synthetisch',
        slug: TARGET,
        provincie: null,
        revokedAt: null,
      });
      expect(await store.findKeyBySecret(secret)).toEqual(key);
      const listed = await store.listKeys();
      expect(listed).toEqual([key]);
      expect(JSON.stringify(listed)).not.toContain(secret);
    });

    test('two keys never share a secret or an id', async () => {
      await open();
      const a = await store.createKey({ role: 'admin', org: 'Testbeheer' });
      const b = await store.createKey({ role: 'admin', org: 'Testbeheer' });
      expect(a.secret).not.toBe(b.secret);
      expect(a.key.id).not.toBe(b.key.id);
    });

    test('an unknown secret finds nothing', async () => {
      await open();
      await store.createKey({ role: 'admin', org: 'Testbeheer' });
      expect(await store.findKeyBySecret('loket_' + 'A'.repeat(43))).toBeNull();
    });

    test('a revoked key no longer authenticates, and revoking twice or an unknown id says false', async () => {
      await open();
      const { key, secret } = await store.createKey({
        role: 'provincie',
        org: 'Testprovincie',
        provincie: 'Overijssel',
      });
      expect(await store.revokeKey(key.id)).toBe(true);
      expect(await store.findKeyBySecret(secret)).toBeNull();
      expect(await store.revokeKey(key.id)).toBe(false);
      expect(await store.revokeKey('k_onbekend')).toBe(false);
      expect((await store.listKeys())[0]!.revokedAt).not.toBeNull();
    });
  });

  describe('referrals', () => {
    test('a new referral is verstuurd, reads back equal, and its history starts with its creation', async () => {
      await open();
      const created = await store.createReferral(newReferral(), intermediair);
      expect(created.status).toBe('verstuurd');
      expect(created.createdBy).toEqual({ keyId: intermediair.keyId, org: intermediair.org });
      expect(created.consent.version).toBe('test-1');
      expect(created.closedAt).toBeNull();
      expect(await store.getReferral(created.id)).toEqual(created);
      expect(await store.history(created.id)).toEqual([
        { at: created.createdAt, actor: intermediair, from: null, to: 'verstuurd', note: null, reason: null },
      ]);
    });

    test('the advice is kept as JSON, and null stays null', async () => {
      await open();
      const withAdvice = await store.createReferral(
        { ...newReferral(), advice: { a: [1, 'twee', { drie: null }] } },
        intermediair,
      );
      const without = await store.createReferral({ ...newReferral(), advice: null }, intermediair);
      expect((await store.getReferral(withAdvice.id))!.advice).toEqual({ a: [1, 'twee', { drie: null }] });
      expect((await store.getReferral(without.id))!.advice).toBeNull();
    });

    test('an unknown id is null, with an empty history', async () => {
      await open();
      expect(await store.getReferral('00000000-0000-4000-8000-000000000000')).toBeNull();
      expect(await store.history('00000000-0000-4000-8000-000000000000')).toEqual([]);
    });

    test('lists filter by organisation, by target and by status, newest first, with a total', async () => {
      await open();
      const other: Actor = { ...intermediair, keyId: 'k_000000000003', org: 'Andere Testverwijzer' };
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await store.createReferral(newReferral(), intermediair)).id);
      const toOther = await store.createReferral(newReferral({ targetSlug: OTHER_TARGET }), intermediair);
      await store.createReferral(newReferral(), other);
      await store.changeStatus({
        id: ids[0]!,
        from: 'verstuurd',
        to: 'ontvangen',
        actor: ontvanger,
        note: null,
        reason: null,
      });

      const mine = await store.listReferrals({ createdByOrg: intermediair.org, page: 1, perPage: 4 });
      expect(mine.total).toBe(6);
      expect(mine.items.map((r) => r.id)).toEqual([toOther.id, ids[4], ids[3], ids[2]]);
      const page2 = await store.listReferrals({ createdByOrg: intermediair.org, page: 2, perPage: 4 });
      expect(page2.items.map((r) => r.id)).toEqual([ids[1], ids[0]]);
      expect(
        (await store.listReferrals({ createdByOrg: intermediair.org, page: 3, perPage: 4 })).items,
      ).toEqual([]);

      const inbox = await store.listReferrals({ targetSlug: TARGET, page: 1, perPage: 100 });
      expect(inbox.total).toBe(6);
      expect(inbox.items.every((r) => r.targetSlug === TARGET)).toBe(true);

      const received = await store.listReferrals({
        createdByOrg: intermediair.org,
        statuses: ['ontvangen'],
        page: 1,
        perPage: 10,
      });
      expect(received.items.map((r) => r.id)).toEqual([ids[0]]);
      expect(received.total).toBe(1);
      const either = await store.listReferrals({
        targetSlug: TARGET,
        statuses: ['ontvangen', 'verstuurd'],
        page: 1,
        perPage: 10,
      });
      expect(either.total).toBe(6);
    });
  });

  describe('status changes', () => {
    test('a change sets the status, appends to the history, and closing sets closedAt', async () => {
      await open();
      const r = await store.createReferral(newReferral(), intermediair);
      const first = await store.changeStatus({
        id: r.id,
        from: 'verstuurd',
        to: 'ontvangen',
        actor: ontvanger,
        note: 'Synthetische notitie',
        reason: null,
      });
      expect(first.ok).toBe(true);
      if (!first.ok) return;
      expect(first.referral.status).toBe('ontvangen');
      expect(first.referral.closedAt).toBeNull();
      expect(first.forwarded).toBeNull();
      const closed = await store.changeStatus({
        id: r.id,
        from: 'ontvangen',
        to: 'afgewezen',
        actor: ontvanger,
        note: null,
        reason: 'geen_capaciteit',
      });
      expect(closed.ok && closed.referral.closedAt).toBeTruthy();
      const history = await store.history(r.id);
      expect(history.map((e) => [e.from, e.to, e.note, e.reason])).toEqual([
        [null, 'verstuurd', null, null],
        ['verstuurd', 'ontvangen', 'Synthetische notitie', null],
        ['ontvangen', 'afgewezen', null, 'geen_capaciteit'],
      ]);
      expect(history[1]!.actor).toEqual(ontvanger);
    });

    test('a change from a status that is no longer current is a conflict that changes nothing', async () => {
      await open();
      const r = await store.createReferral(newReferral(), intermediair);
      await store.changeStatus({
        id: r.id,
        from: 'verstuurd',
        to: 'ontvangen',
        actor: ontvanger,
        note: null,
        reason: null,
      });
      const stale = await store.changeStatus({
        id: r.id,
        from: 'verstuurd',
        to: 'ingetrokken',
        actor: intermediair,
        note: null,
        reason: null,
      });
      expect(stale).toEqual({ ok: false, reason: 'conflict', current: 'ontvangen' });
      expect((await store.getReferral(r.id))!.status).toBe('ontvangen');
      expect(await store.history(r.id)).toHaveLength(2);
    });

    test('of two simultaneous changes from the same status exactly one wins', async () => {
      await open();
      const r = await store.createReferral(newReferral(), intermediair);
      const results = await Promise.all([
        store.changeStatus({
          id: r.id,
          from: 'verstuurd',
          to: 'ontvangen',
          actor: ontvanger,
          note: null,
          reason: null,
        }),
        store.changeStatus({
          id: r.id,
          from: 'verstuurd',
          to: 'ingetrokken',
          actor: intermediair,
          note: null,
          reason: null,
        }),
      ]);
      expect(results.filter((x) => x.ok)).toHaveLength(1);
      expect(await store.history(r.id)).toHaveLength(2);
    });

    test('a write that fails changes nothing and does not affect the writes beside it', async () => {
      await open();
      const r = await store.createReferral(newReferral(), intermediair);
      const [bad, good] = await Promise.allSettled([
        store.changeStatus({
          id: r.id,
          from: 'verstuurd',
          // status is NOT NULL: the update fails after the forwarded referral was inserted.
          to: null as unknown as ReferralStatus,
          actor: ontvanger,
          note: null,
          reason: null,
          forward: { targetSlug: OTHER_TARGET, targetKind: 'werkplaats' },
        }),
        store.createReferral(newReferral(), intermediair),
      ]);
      expect(bad.status).toBe('rejected');
      expect(good.status).toBe('fulfilled');
      if (good.status === 'fulfilled') expect(await store.getReferral(good.value.id)).not.toBeNull();
      expect((await store.getReferral(r.id))!.status).toBe('verstuurd');
      expect(await store.history(r.id)).toHaveLength(1);
      expect(
        (await store.listReferrals({ createdByOrg: intermediair.org, page: 1, perPage: 10 })).total,
      ).toBe(2);
    });

    test('many simultaneous writes all land, each with its own history', async () => {
      await open();
      const created = await Promise.all(
        Array.from({ length: 50 }, () => store.createReferral(newReferral(), intermediair)),
      );
      const moved = await Promise.all(
        created.map((r) =>
          store.changeStatus({
            id: r.id,
            from: 'verstuurd',
            to: 'ontvangen',
            actor: ontvanger,
            note: null,
            reason: null,
          }),
        ),
      );
      expect(moved.every((m) => m.ok)).toBe(true);
      expect(
        (await store.listReferrals({ targetSlug: TARGET, statuses: ['ontvangen'], page: 1, perPage: 100 }))
          .total,
      ).toBe(50);
      for (const r of created.slice(0, 5)) expect(await store.history(r.id)).toHaveLength(2);
    });

    test('an unknown id is not_found', async () => {
      await open();
      const result = await store.changeStatus({
        id: '00000000-0000-4000-8000-000000000000',
        from: 'verstuurd',
        to: 'ontvangen',
        actor: ontvanger,
        note: null,
        reason: null,
      });
      expect(result).toEqual({ ok: false, reason: 'not_found' });
    });

    test('doorverwezen creates a linked referral to the new target that stays with the intermediair', async () => {
      await open();
      const r = await store.createReferral(newReferral(), intermediair);
      const result = await store.changeStatus({
        id: r.id,
        from: 'verstuurd',
        to: 'doorverwezen',
        actor: ontvanger,
        note: 'Past beter bij de tweede',
        reason: null,
        forward: { targetSlug: OTHER_TARGET, targetKind: 'werkplaats' },
      });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const child = result.forwarded!;
      expect(result.referral).toMatchObject({ status: 'doorverwezen', forwardedToId: child.id });
      expect(result.referral.closedAt).not.toBeNull();
      expect(child).toMatchObject({
        status: 'verstuurd',
        parentId: r.id,
        targetSlug: OTHER_TARGET,
        question: r.question,
        company: r.company,
        contact: r.contact,
        consent: r.consent,
        createdBy: r.createdBy,
        closedAt: null,
      });
      expect(await store.getReferral(child.id)).toEqual(child);
      expect(await store.history(child.id)).toEqual([
        expect.objectContaining({
          actor: ontvanger,
          from: null,
          to: 'verstuurd',
          note: 'Past beter bij de tweede',
        }),
      ]);
      const mine = await store.listReferrals({ createdByOrg: intermediair.org, page: 1, perPage: 10 });
      expect(mine.total).toBe(2);
    });
  });

  describe('aggregates', () => {
    test('counts by status, kind and gemeente, for one provincie or all', async () => {
      await open();
      const a = await store.createReferral(newReferral(), intermediair);
      await store.createReferral(newReferral(), intermediair);
      await store.createReferral(
        { ...newReferral({ provincie: 'Groningen', gemeente: 'Groningen' }), targetKind: 'subsidie' },
        intermediair,
      );
      await store.changeStatus({
        id: a.id,
        from: 'verstuurd',
        to: 'ontvangen',
        actor: ontvanger,
        note: null,
        reason: null,
      });

      expect(await store.stats({ provincie: 'Overijssel' })).toEqual({
        total: 2,
        byStatus: { verstuurd: 1, ontvangen: 1 },
        byKind: { werkplaats: 2 },
        byGemeente: { Enschede: 2 },
      });
      expect(await store.stats({ provincie: 'Zeeland' })).toEqual({
        total: 0,
        byStatus: {},
        byKind: {},
        byGemeente: {},
      });
      const all = await store.stats({});
      expect(all.total).toBe(3);
      expect(all.byKind).toEqual({ werkplaats: 2, subsidie: 1 });
    });
  });

  describe('privacy', () => {
    test('a purge empties the personal fields and notes of referrals closed before the cutoff, and only those', async () => {
      await open();
      const closed = await store.createReferral(newReferral(), intermediair);
      const open_ = await store.createReferral(newReferral(), intermediair);
      await store.changeStatus({
        id: closed.id,
        from: 'verstuurd',
        to: 'ontvangen',
        actor: ontvanger,
        note: 'Synthetische notitie',
        reason: null,
      });
      await store.changeStatus({
        id: closed.id,
        from: 'ontvangen',
        to: 'geen_contact',
        actor: ontvanger,
        note: 'Nog een notitie',
        reason: null,
      });
      await store.changeStatus({
        id: open_.id,
        from: 'verstuurd',
        to: 'ontvangen',
        actor: ontvanger,
        note: 'Blijft staan',
        reason: null,
      });
      const closedAt = Date.parse((await store.getReferral(closed.id))!.closedAt!);

      expect(await store.purgeClosedBefore(new Date(closedAt))).toBe(0);
      expect(await store.purgeClosedBefore(new Date(closedAt + 1))).toBe(1);
      expect(await store.purgeClosedBefore(new Date(closedAt + 1))).toBe(0);

      const purged = (await store.getReferral(closed.id))!;
      expect(purged.purgedAt).not.toBeNull();
      expect(purged.question).toBeNull();
      expect(purged.advice).toBeNull();
      expect(purged.company).toEqual({
        name: null,
        kvk: null,
        postcode: null,
        employees: 8,
        sector: 'detailhandel',
        gemeente: 'Enschede',
        provincie: 'Overijssel',
      });
      expect(purged.contact).toEqual({ name: null, email: null, phone: null });
      expect((await store.history(closed.id)).map((e) => [e.to, e.note])).toEqual([
        ['verstuurd', null],
        ['ontvangen', null],
        ['geen_contact', null],
      ]);
      const kept = (await store.getReferral(open_.id))!;
      expect(kept.question).not.toBeNull();
      expect(kept.purgedAt).toBeNull();
      expect((await store.history(open_.id))[1]!.note).toBe('Blijft staan');
      // Aggregates survive the purge.
      expect((await store.stats({ provincie: 'Overijssel' })).total).toBe(2);
    });

    test('export and erase by KVK number cover the whole chain and nothing else', async () => {
      await open();
      const r = await store.createReferral(newReferral({ kvk: '00000002' }), intermediair);
      await store.changeStatus({
        id: r.id,
        from: 'verstuurd',
        to: 'doorverwezen',
        actor: ontvanger,
        note: null,
        reason: null,
        forward: { targetSlug: OTHER_TARGET, targetKind: 'werkplaats' },
      });
      const other = await store.createReferral(newReferral({ kvk: '00000003' }), intermediair);

      const exported = await store.exportByKvk('00000002');
      expect(exported).toHaveLength(2);
      expect(exported.every((x) => x.referral.company.kvk === '00000002' && x.history.length > 0)).toBe(true);

      expect(await store.eraseByKvk('00000002')).toBe(2);
      expect(await store.exportByKvk('00000002')).toEqual([]);
      expect(await store.getReferral(r.id)).toBeNull();
      expect(await store.history(r.id)).toEqual([]);
      expect(await store.getReferral(other.id)).not.toBeNull();
      expect(await store.eraseByKvk('00000002')).toBe(0);
    });
  });

  test('closing twice is harmless', async () => {
    await open();
    await store.close();
    await expect(store.close()).resolves.toBeUndefined();
  });

  test('opening the same database again keeps everything (migrations run once)', async () => {
    await open();
    const r = await store.createReferral(newReferral(), intermediair);
    const { secret } = await store.createKey({ role: 'admin', org: 'Testbeheer' });
    const again = await impl.reopen();
    expect(await again.getReferral(r.id)).toEqual(r);
    expect(await again.findKeyBySecret(secret)).not.toBeNull();
  });
});
