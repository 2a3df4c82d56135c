/** The PostgreSQL SessionStore (the `pg` client), used when DATABASE_URL is set. */
import { applyPostgresMigrations, openPostgresPool } from './apply-migrations.ts';
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
  const pool = openPostgresPool(options.connectionString, options.max ?? 4);
  await applyPostgresMigrations(pool, 'session_migrations', MIGRATION_LOCK, SESSION_MIGRATIONS);

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
