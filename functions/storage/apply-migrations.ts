/**
 * Applies a store's migrations, each store keeping its own `<name>_migrations` table so version
 * numbers never clash. Shared by the correction, monitor and session stores.
 */
import type Database from 'better-sqlite3';
import pg from 'pg';
import type { Migration } from './migrations.ts';

/** Applies the missing migrations in one immediate transaction. */
export function applySqliteMigrations(
  db: Database.Database,
  table: string,
  migrations: readonly Migration[],
): void {
  db.transaction(() => {
    db.exec(
      `CREATE TABLE IF NOT EXISTS ${table} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
    );
    const applied = new Set(
      db
        .prepare<[], { version: number }>(`SELECT version FROM ${table}`)
        .all()
        .map((r) => r.version),
    );
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      db.exec(m.sqlite);
      db.prepare(`INSERT INTO ${table} (version, name, applied_at) VALUES (?, ?, ?)`).run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    }
  }).immediate();
}

/**
 * How long a query waits for a connection (a new one, or a free one of the pool) before it fails;
 * the API answers that with 503 (storage/unavailable.ts) instead of hanging on a database that
 * does not answer.
 */
export const POSTGRES_CONNECT_TIMEOUT_MS = 10_000;

/**
 * A pool whose idle-client errors are logged (by code only: details can contain the connection
 * string) instead of crashing the process.
 */
export function openPostgresPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS });
  pool.on('error', (error) => {
    console.error(
      JSON.stringify({ level: 'error', msg: 'postgres pool error', code: (error as { code?: string }).code }),
    );
  });
  return pool;
}

/**
 * Applies the missing migrations under an advisory lock (instances starting together wait for each
 * other). On failure the pool is closed and the error rethrown.
 */
export async function applyPostgresMigrations(
  pool: pg.Pool,
  table: string,
  lock: number,
  migrations: readonly Migration[],
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [lock]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${table} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`,
    );
    const applied = new Set(
      (await client.query<{ version: number }>(`SELECT version FROM ${table}`)).rows.map((r) => r.version),
    );
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await client.query(m.postgres);
      await client.query(`INSERT INTO ${table} (version, name, applied_at) VALUES ($1, $2, now())`, [
        m.version,
        m.name,
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
    await pool.end();
    throw error;
  }
  client.release();
}
