/**
 * The referral service as the site's pages use it: the same createReferralService the API uses,
 * with the directory, postcodes and router of this process, built once.
 */
import { createReferralService, type ReferralService } from '../../../functions/routes/referrals.ts';
import { routerAdvisor } from '../../../functions/routes/route.ts';
import { retentionMonthsFromEnv } from '../../../functions/storage/retention.ts';
import { getDirectory } from '../../lib/directory.ts';
import { getRouter } from '../../lib/router.ts';
import { stores } from '../../lib/session.ts';

let cached: Promise<ReferralService> | undefined;

export function referralService(): Promise<ReferralService> {
  cached ??= Promise.all([getDirectory(), getRouter(), stores()]).then(([directory, router, { store }]) =>
    createReferralService({
      store,
      directory,
      postcodes: router.postcodes,
      advise: routerAdvisor(router.index, router.postcodes),
      // process.env is read only for the retention period the consent text names.
      retentionMonths: retentionMonthsFromEnv(process.env),
    }),
  );
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
