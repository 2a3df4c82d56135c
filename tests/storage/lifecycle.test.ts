import { describe, expect, test } from 'vitest';
import { checkTransition } from '../../functions/storage/lifecycle.ts';
import { retentionCutoff } from '../../functions/storage/retention.ts';
import { REFERRAL_STATUSES, type ReferralStatus, type Role } from '../../functions/storage/types.ts';

// Written out by hand from the issue, so the test does not restate the implementation.
const ALLOWED: Record<string, string[]> = {
  'ontvanger verstuurd': ['ontvangen', 'afgewezen', 'geen_contact', 'doorverwezen'],
  'ontvanger ontvangen': ['in_behandeling', 'afgewezen', 'geen_contact', 'doorverwezen'],
  'ontvanger in_behandeling': ['afgerond', 'afgewezen', 'geen_contact', 'doorverwezen'],
  'intermediair verstuurd': ['ingetrokken'],
};

const cases = (['intermediair', 'ontvanger', 'provincie', 'admin'] as Role[]).flatMap((role) =>
  REFERRAL_STATUSES.flatMap((from) =>
    REFERRAL_STATUSES.map((to) => [role, from, to, (ALLOWED[`${role} ${from}`] ?? []).includes(to)] as const),
  ),
);

describe('checkTransition', () => {
  test.each(cases)('%s moving %s → %s is allowed: %s', (role, from, to, allowed) => {
    const result = checkTransition(role, from as ReferralStatus, to as ReferralStatus);
    expect(result.ok).toBe(allowed);
    if (!result.ok) expect(result.detail).toMatch(/\.$/);
  });
});

describe('retentionCutoff', () => {
  test.each([
    ['2026-11-27T12:00:00.000Z', 24, '2024-11-27T12:00:00.000Z'],
    ['2026-11-27T12:00:00.000Z', 1, '2026-10-27T12:00:00.000Z'],
    ['2026-01-15T00:00:00.000Z', 13, '2024-12-15T00:00:00.000Z'],
  ])('%s minus %i months is %s', (now, months, expected) => {
    expect(retentionCutoff(new Date(now), months).toISOString()).toBe(expected);
  });
});
