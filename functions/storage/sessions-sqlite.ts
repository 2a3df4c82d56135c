/** The embedded SessionStore: a table in the same SQLite file as the referrals and their keys. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { applySqliteMigrations } from './apply-migrations.ts';
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

export interface SqliteSessionStoreOptions extends SessionStoreOptions {
  /** The database file: the referral store's (sessions join its api_keys table). */
  path: string;
}

type FoundRow = KeyRow & { csrf_token: string; s_created_at: string; expires_at: string };

/** Opens (and migrates) the SQLite session store. The referral store must have migrated the file. */
export async function createSqliteSessionStore(options: SqliteSessionStoreOptions): Promise<SessionStore> {
  const now = options.now ?? (() => new Date());
  const ttlMs = options.ttlMs ?? SESSION_TTL_MS;
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // The referral store, the correction store and the CLI may have the same file open.
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const insert = db.prepare(
    'INSERT INTO web_sessions (id_hash, key_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  );
  const select = db.prepare<[string, string], FoundRow>(FIND_SESSION_SQL);
  const remove = db.prepare('DELETE FROM web_sessions WHERE id_hash = ?');
  const removeExpired = db.prepare('DELETE FROM web_sessions WHERE expires_at <= ?');

  return {
    kind: 'sqlite',
    async create(keyId) {
      const { id, ...session } = buildSession(now(), ttlMs);
      insert.run(hashSessionId(id), keyId, session.csrfToken, session.createdAt, session.expiresAt);
      return { id, session };
    },
    async find(id) {
      if (!looksLikeSessionId(id)) return null;
      const row = select.get(hashSessionId(id), now().toISOString());
      if (!row) return null;
      return {
        key: keyFromRow(row),
        csrfToken: row.csrf_token,
        createdAt: row.s_created_at,
        expiresAt: row.expires_at,
      };
    },
    async delete(id) {
      if (looksLikeSessionId(id)) remove.run(hashSessionId(id));
    },
    async deleteExpired() {
      return removeExpired.run(now().toISOString()).changes;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  applySqliteMigrations(db, 'session_migrations', SESSION_MIGRATIONS);
}
