/**
 * Picks the CorrectionStore the same way storage/from-env.ts picks the ReferralStore: PostgreSQL
 * when DATABASE_URL is set, otherwise the SQLite file at SQLITE_PATH (the same file). Reads
 * nothing itself: callers pass their env in.
 */
import { createPostgresCorrectionStore } from './corrections-postgres.ts';
import { createSqliteCorrectionStore } from './corrections-sqlite.ts';
import type { CorrectionStore } from './corrections.ts';
import { StoreEnvSchema, storeFromEnv } from './from-env.ts';
import type { ReferralStore } from './types.ts';

/** Opens and migrates the correction store the environment asks for. */
export function correctionStoreFromEnv(env: Record<string, string | undefined>): Promise<CorrectionStore> {
  const parsed = StoreEnvSchema.parse(env);
  return parsed.DATABASE_URL
    ? createPostgresCorrectionStore({ connectionString: parsed.DATABASE_URL })
    : createSqliteCorrectionStore({ path: parsed.SQLITE_PATH });
}

let shared: Promise<{ corrections: CorrectionStore; keys: ReferralStore }> | undefined;

/**
 * One correction store, and one referral store for its API keys, per process: for the site's
 * on-demand pages (/meld-een-fout, /correcties), which have no createApp deps to take them from.
 */
export function sharedCorrectionStores(
  env: Record<string, string | undefined>,
): Promise<{ corrections: CorrectionStore; keys: ReferralStore }> {
  shared ??= Promise.all([correctionStoreFromEnv(env), storeFromEnv(env)]).then(([corrections, keys]) => ({
    corrections,
    keys,
  }));
  // A failed open is not cached: the next request tries again.
  shared.catch(() => {
    shared = undefined;
  });
  return shared;
}
