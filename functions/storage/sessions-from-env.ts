/**
 * Picks the SessionStore like storage/from-env.ts picks the ReferralStore (PostgreSQL when
 * DATABASE_URL is set, otherwise the SQLite file at SQLITE_PATH), and shares one of each per
 * process for the site's on-demand pages (login, referral forms, inbox).
 */
import { StoreEnvSchema, storeFromEnv } from './from-env.ts';
import { createPostgresSessionStore } from './sessions-postgres.ts';
import { createSqliteSessionStore } from './sessions-sqlite.ts';
import type { SessionStore } from './sessions.ts';
import type { ReferralStore } from './types.ts';

/** Opens and migrates the session store the environment asks for. */
export function sessionStoreFromEnv(env: Record<string, string | undefined>): Promise<SessionStore> {
  const parsed = StoreEnvSchema.parse(env);
  return parsed.DATABASE_URL
    ? createPostgresSessionStore({ connectionString: parsed.DATABASE_URL })
    : createSqliteSessionStore({ path: parsed.SQLITE_PATH });
}

let shared: Promise<{ sessions: SessionStore; store: ReferralStore }> | undefined;

/** One referral store and one session store per process; a failed open is retried next time. */
export function sharedSessionStores(
  env: Record<string, string | undefined>,
): Promise<{ sessions: SessionStore; store: ReferralStore }> {
  // The referral store first: it creates api_keys, which sessions join.
  shared ??= storeFromEnv(env).then(async (store) => ({ store, sessions: await sessionStoreFromEnv(env) }));
  shared.catch(() => {
    shared = undefined;
  });
  return shared;
}
