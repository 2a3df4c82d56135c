/**
 * The rate-limit store in PostgreSQL (used when DATABASE_URL is set), so that every API instance
 * counts against the same windows. One row per bucket, changed by one atomic upsert per request:
 * a window that has ended starts again at 1, otherwise the count goes up. The database's clock
 * decides when a window ends, so instances with skewed clocks still agree.
 *
 * The table is UNLOGGED: counters are worth nothing after a crash and need no WAL or replication.
 * Rows of ended windows are deleted now and then by every instance (cheap, idempotent).
 */
import { openPostgresPool } from './storage/apply-migrations.ts';
import type { RateLimitStore } from './rate-limit.ts';

export interface PostgresRateLimitOptions {
  /** postgres://user@host:port/database */
  connectionString: string;
  /** Pool size (default 4: one short statement per limited request). */
  max?: number;
  /** How often ended windows are deleted (default 10 minutes). */
  sweepMs?: number;
}

// An arbitrary constant (not the referral store's): serialises the CREATE TABLE across instances.
const SCHEMA_LOCK = 4_711_017;

const HIT = `
  INSERT INTO rate_limit_windows AS w (bucket, hits, window_end)
  VALUES ($1, 1, now() + make_interval(secs => $2::float8 / 1000))
  ON CONFLICT (bucket) DO UPDATE SET
    hits = CASE WHEN w.window_end <= now() THEN 1 ELSE w.hits + 1 END,
    window_end = CASE WHEN w.window_end <= now() THEN EXCLUDED.window_end ELSE w.window_end END
  RETURNING hits, (extract(epoch FROM window_end) * 1000)::float8 AS reset_at`;

/** Connects, creates the table when missing, and returns the store. */
export async function createPostgresRateLimitStore(
  options: PostgresRateLimitOptions,
): Promise<RateLimitStore> {
  const pool = openPostgresPool(options.connectionString, options.max ?? 4);
  const client = await pool.connect().catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(
      `CREATE UNLOGGED TABLE IF NOT EXISTS rate_limit_windows (
         bucket TEXT PRIMARY KEY,
         hits INTEGER NOT NULL,
         window_end TIMESTAMPTZ NOT NULL
       )`,
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
    await pool.end();
    throw error;
  }
  client.release();

  const sweep = setInterval(
    () => {
      pool.query(`DELETE FROM rate_limit_windows WHERE window_end < now()`).catch((error: Error) => {
        console.error(JSON.stringify({ level: 'error', msg: 'rate limit sweep failed', name: error.name }));
      });
    },
    options.sweepMs ?? 10 * 60_000,
  );
  sweep.unref();

  return {
    kind: 'postgres',
    async hit(bucket, windowMs) {
      const { rows } = await pool.query<{ hits: number; reset_at: number }>(HIT, [bucket, windowMs]);
      const row = rows[0]!;
      return { count: row.hits, resetAt: row.reset_at };
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      clearInterval(sweep);
      if (!pool.ended) await pool.end();
    },
  };
}
