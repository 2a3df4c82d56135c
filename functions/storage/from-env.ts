/**
 * Picks the ReferralStore from an environment record: PostgreSQL when DATABASE_URL is set, otherwise
 * the SQLite file at SQLITE_PATH (default data/loket.sqlite). Reads nothing itself: server.ts, the
 * Astro mount and the CLIs pass their env in.
 */
import { z } from 'zod';
import { createPostgresStore } from './postgres.ts';
import { DEFAULT_SQLITE_PATH, createSqliteStore } from './sqlite.ts';
import type { ReferralStore } from './types.ts';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const StoreEnvSchema = z.object({
  /** postgres://… — when set, PostgreSQL is used. */
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL begint met postgres:// of postgresql://.')
      .optional(),
  ),
  /** The SQLite file when DATABASE_URL is not set. */
  SQLITE_PATH: z.preprocess(blankToUndefined, z.string().default(DEFAULT_SQLITE_PATH)),
});

/** Opens and migrates the store the environment asks for. */
export function storeFromEnv(env: Record<string, string | undefined>): Promise<ReferralStore> {
  const parsed = StoreEnvSchema.parse(env);
  return parsed.DATABASE_URL
    ? createPostgresStore({ connectionString: parsed.DATABASE_URL })
    : createSqliteStore({ path: parsed.SQLITE_PATH });
}

/** Where the store lives, for a start-up log line (never the connection string: it may hold a password). */
export function describeStore(env: Record<string, string | undefined>): string {
  const parsed = StoreEnvSchema.parse(env);
  return parsed.DATABASE_URL ? 'postgres' : `sqlite:${parsed.SQLITE_PATH}`;
}
