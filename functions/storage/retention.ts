/**
 * The retention rule (AVG): personal fields of a referral are removed a number of months after it
 * was closed. Used by `npm run purge` and by the schedule in server.ts.
 */
import type { ReferralStore } from './types.ts';

/** Months after closing that personal data is kept, unless REFERRAL_RETENTION_MONTHS says otherwise. */
export const DEFAULT_RETENTION_MONTHS = 24;

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
