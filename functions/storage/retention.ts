/**
 * The retention rule (AVG): personal fields of a referral are removed a number of months after it
 * was closed. Used by `npm run purge` and by the schedule in server.ts.
 */
import { z } from 'zod';
import type { ReferralStore } from './types.ts';

/** Months after closing that personal data is kept, unless REFERRAL_RETENTION_MONTHS says otherwise. */
export const DEFAULT_RETENTION_MONTHS = 24;

/** A retention period as configured: a whole number of months, 1 to 120. */
export const RetentionMonthsSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(120)
  .default(DEFAULT_RETENTION_MONTHS);

export const RETENTION_MONTHS_ERROR =
  'De bewaartermijn is een heel aantal maanden van 1 tot en met 120 (REFERRAL_RETENTION_MONTHS).';

/**
 * REFERRAL_RETENTION_MONTHS of an environment: what the purge uses and what the consent text
 * promises the owner, so the two cannot differ. Throws with a Dutch message when invalid.
 */
export function retentionMonthsFromEnv(env: Record<string, string | undefined>): number {
  const parsed = RetentionMonthsSchema.safeParse(env.REFERRAL_RETENTION_MONTHS || undefined);
  if (!parsed.success) throw new Error(RETENTION_MONTHS_ERROR);
  return parsed.data;
}

/** `now` minus `months` calendar months (31 March − 1 month is 3 March: JavaScript's overflow, on the safe side). */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/** Purges what is past the retention period; returns how many referrals were purged. */
export function purgeExpired(store: ReferralStore, months: number, now: Date = new Date()): Promise<number> {
  return store.purgeClosedBefore(retentionCutoff(now, months));
}
