/**
 * Picks the MonitorStore the way from-env.ts picks the ReferralStore: PostgreSQL when DATABASE_URL
 * is set, otherwise the SQLite file at SQLITE_PATH (the same file). Reads nothing itself.
 */
import { StoreEnvSchema, storeFromEnv } from './from-env.ts';
import { createPostgresMonitorStore } from './monitor-postgres.ts';
import { createSqliteMonitorStore } from './monitor-sqlite.ts';
import type { MonitorStore } from './monitor.ts';
import type { ReferralStore } from './types.ts';

/** Opens and migrates the monitor store the environment asks for. */
export function monitorStoreFromEnv(env: Record<string, string | undefined>): Promise<MonitorStore> {
  const parsed = StoreEnvSchema.parse(env);
  return parsed.DATABASE_URL
    ? createPostgresMonitorStore({ connectionString: parsed.DATABASE_URL })
    : createSqliteMonitorStore({ path: parsed.SQLITE_PATH });
}

let shared: Promise<{ monitor: MonitorStore; store: ReferralStore }> | undefined;

/** One monitor store and one referral store per process, for the on-demand /monitor pages. */
export function sharedMonitorStores(
  env: Record<string, string | undefined>,
): Promise<{ monitor: MonitorStore; store: ReferralStore }> {
  shared ??= Promise.all([monitorStoreFromEnv(env), storeFromEnv(env)]).then(([monitor, store]) => ({
    monitor,
    store,
  }));
  // A failed open is not cached: the next request tries again.
  shared.catch(() => {
    shared = undefined;
  });
  return shared;
}
