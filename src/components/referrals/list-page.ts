/**
 * What /inbox and /mijn-doorverwijzingen show: the status filter and page from the URL (a plain
 * GET form, so it works without JavaScript) and that page of the referrals in the key's scope.
 */
import {
  REFERRAL_STATUSES,
  type ReferralFilter,
  type ReferralStatus,
} from '../../../functions/storage/types.ts';
import { stores } from '../../lib/session.ts';
import { referralService } from './service.ts';

export const PER_PAGE = 25;

/** `scope`: the referrals of one organisation or addressed to one slug; null shows none. */
export async function referralListPage(
  url: URL,
  scope: Pick<ReferralFilter, 'createdByOrg' | 'targetSlug'> | null,
) {
  const raw = url.searchParams.get('status') ?? '';
  // An unknown status in the URL shows everything rather than an error: it is only a filter.
  const status = (REFERRAL_STATUSES as readonly string[]).includes(raw) ? (raw as ReferralStatus) : undefined;
  const page = Math.max(
    1,
    Math.min(100_000, Number.parseInt(url.searchParams.get('pagina') ?? '1', 10) || 1),
  );
  const { bySlug } = await referralService();
  const { items, total } = scope
    ? await (
        await stores()
      ).store.listReferrals({ ...scope, ...(status ? { statuses: [status] } : {}), page, perPage: PER_PAGE })
    : { items: [], total: 0 };
  return { status, page, items, total, bySlug };
}
