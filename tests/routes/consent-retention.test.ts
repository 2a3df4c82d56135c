/**
 * The consent text names the retention period the purge uses (REFERRAL_RETENTION_MONTHS), and a
 * referral made under another period stores a consent version that says so.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../functions/app.ts';
import { loadPostcodes } from '../../functions/data.ts';
import { CONSENT_VERSION, consentText, consentVersion } from '../../functions/routes/referrals.ts';
import {
  DEFAULT_RETENTION_MONTHS,
  RETENTION_MONTHS_ERROR,
  retentionMonthsFromEnv,
} from '../../functions/storage/retention.ts';
import type { ReferralStore } from '../../functions/storage/types.ts';
import {
  client,
  createKeyring,
  referralBody,
  storeImplementations,
  syntheticDirectory,
} from '../helpers/referrals.ts';

describe('retention period from the environment', () => {
  test('unset or empty: the default of 24 months', () => {
    expect(retentionMonthsFromEnv({})).toBe(DEFAULT_RETENTION_MONTHS);
    expect(retentionMonthsFromEnv({ REFERRAL_RETENTION_MONTHS: '' })).toBe(24);
  });
  test('a whole number of months from 1 to 120', () => {
    expect(retentionMonthsFromEnv({ REFERRAL_RETENTION_MONTHS: '12' })).toBe(12);
    for (const bad of ['0', '121', '6.5', 'twaalf'])
      expect(() => retentionMonthsFromEnv({ REFERRAL_RETENTION_MONTHS: bad })).toThrow(
        RETENTION_MONTHS_ERROR,
      );
  });
});

describe('consent text and version', () => {
  test('the text names the period', () => {
    expect(consentText()).toContain('uiterlijk 24 maanden na afsluiting');
    expect(consentText(12)).toContain('uiterlijk 12 maanden na afsluiting');
    expect(consentText(12)).not.toContain('24 maanden');
  });
  test('the default period keeps the plain version; another one is marked', () => {
    expect(consentVersion(24)).toBe(CONSENT_VERSION);
    expect(consentVersion(12)).toBe(`${CONSENT_VERSION}+12m`);
  });
});

const [sqlite] = storeImplementations();

describe('a referral made under a 12-month period', () => {
  let store: ReferralStore;
  beforeAll(async () => {
    store = await sqlite!.open();
  });
  afterAll(() => sqlite!.cleanup());

  test('stores the consent version of the text the adviser was shown', async () => {
    const keys = await createKeyring(store);
    const app = createApp({
      directory: syntheticDirectory(),
      postcodes: loadPostcodes(),
      store,
      retentionMonths: 12,
    });
    const res = await client(app).post('/api/v1/referrals', keys.intermediair, referralBody());
    expect(res.status).toBe(201);
    const body = (await res.json()) as { consent: { version: string } };
    expect(body.consent.version).toBe(`${CONSENT_VERSION}+12m`);
  });
});
