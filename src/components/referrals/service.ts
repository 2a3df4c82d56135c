/**
 * The referral service as the site's pages use it: the same createReferralService the API uses,
 * with the directory, postcodes and router of this process, built once.
 */
import { createReferralService, type ReferralService } from '../../../functions/routes/referrals.ts';
import { routerAdvisor } from '../../../functions/routes/route.ts';
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
    }),
  );
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
