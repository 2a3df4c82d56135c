/** The PostgreSQL SessionStore (the `pg` client), used when DATABASE_URL is set. */
import pg from 'pg';
import { keyFromRow, type KeyRow } from './rows.ts';
import {
  FIND_SESSION_SQL,
  SESSION_MIGRATIONS,
  SESSION_TTL_MS,
  buildSession,
  hashSessionId,
  looksLikeSessionId,
  type SessionStore,
  type SessionStoreOptions,
} from './sessions.ts';

export interface PostgresSessionStoreOptions extends SessionStoreOptions {
  connectionString: string;
  /** Pool size (default 4). */
  max?: number;
}

// An arbitrary constant, different from the other stores': serialises these migrations.
const MIGRATION_LOCK = 4_711_009;

type FoundRow = KeyRow & { csrf_token: string; s_created_at: string; expires_at: string };

/** `?` placeholders → `$1, $2, …` (FIND_SESSION_SQL is shared with SQLite). */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** Connects to PostgreSQL and applies missing session migrations. */
export async function createPostgresSessionStore(
  options: PostgresSessionStoreOptions,
): Promise<SessionStore> {
  const now = options.now ?? (() => new Date());
  const ttlMs = options.ttlMs ?? SESSION_TTL_MS;
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 4 });
  pool.on('error', (error) => {
    console.error(
      JSON.stringify({ level: 'error', msg: 'postgres pool error', code: (error as { code?: string }).code }),
    );
  });

  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS session_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
    );
    const applied = new Set(
      (await client.query<{ version: number }>('SELECT version FROM session_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    for (const m of SESSION_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await client.query(m.postgres);
      await client.query(
        'INSERT INTO session_migrations (version, name, applied_at) VALUES ($1, $2, now())',
        [m.version, m.name],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
    await pool.end();
    throw error;
  }
  client.release();

  const findSql = numbered(FIND_SESSION_SQL);
  return {
    kind: 'postgres',
    async create(keyId) {
      const { id, ...session } = buildSession(now(), ttlMs);
      await pool.query(
        'INSERT INTO web_sessions (id_hash, key_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [hashSessionId(id), keyId, session.csrfToken, session.createdAt, session.expiresAt],
      );
      return { id, session };
    },
    async find(id) {
      if (!looksLikeSessionId(id)) return null;
      const row = (await pool.query<FoundRow>(findSql, [hashSessionId(id), now().toISOString()])).rows[0];
      if (!row) return null;
      return {
        key: keyFromRow(row),
        csrfToken: row.csrf_token,
        createdAt: row.s_created_at,
        expiresAt: row.expires_at,
      };
    },
    async delete(id) {
      if (looksLikeSessionId(id))
        await pool.query('DELETE FROM web_sessions WHERE id_hash = $1', [hashSessionId(id)]);
    },
    async deleteExpired() {
      return (
        (await pool.query('DELETE FROM web_sessions WHERE expires_at <= $1', [now().toISOString()]))
          .rowCount ?? 0
      );
    },
    async close() {
      await pool.end();
    },
  };
}
