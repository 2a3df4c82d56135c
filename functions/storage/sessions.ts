/**
 * Web sessions: after a login with an API key, the browser holds only a random session id in an
 * HttpOnly cookie. The SessionStore keeps a SHA-256 hash of that id (a leaked table grants no
 * session), the key it stands for, a CSRF token and an expiry. It shares the referral store's
 * database, because a session is valid only while its key is not revoked: `find` joins api_keys.
 * Implementations: sessions-sqlite.ts and sessions-postgres.ts, one contract suite
 * (tests/web/sessions.test.ts). Migrations are recorded in `session_migrations`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Migration } from './migrations.ts';
import type { ApiKey } from './types.ts';

/** How long a session lasts after login: one working day. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/** A live session. */
export interface Session {
  /** The key the user logged in with (as it is now: role, org, slug). */
  key: ApiKey;
  /** The per-session token every POST form must carry (see src/lib/csrf.ts). */
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface SessionStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Starts a session for a key; `id` is the cookie value, returned once and stored only hashed. */
  create(keyId: string): Promise<{ id: string; session: Omit<Session, 'key'> }>;
  /** The session with this id, unless it is unknown, expired, or its key was revoked. */
  find(id: string): Promise<Session | null>;
  /** Ends a session (logout); unknown ids are ignored. */
  delete(id: string): Promise<void>;
  /** Removes expired sessions; returns how many. */
  deleteExpired(): Promise<number>;
  close(): Promise<void>;
}

export interface SessionStoreOptions {
  /** The clock; tests pass their own. */
  now?: () => Date;
  /** Session lifetime (default SESSION_TTL_MS). */
  ttlMs?: number;
}

export const SESSION_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'web sessions',
    // Timestamps as ISO text in both dialects: they compare correctly as strings.
    sqlite: `
      CREATE TABLE web_sessions (
        id_hash TEXT PRIMARY KEY,
        key_id TEXT NOT NULL,
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX web_sessions_by_expiry ON web_sessions (expires_at);
    `,
    postgres: `
      CREATE TABLE web_sessions (
        id_hash TEXT PRIMARY KEY,
        key_id TEXT NOT NULL,
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX web_sessions_by_expiry ON web_sessions (expires_at);
    `,
  },
];

/** A new random session id (256 bits, base64url). */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/** A new random CSRF token (256 bits, base64url). */
export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the store keeps instead of the session id. */
export function hashSessionId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex');
}

/** Whether a cookie value could be a session id; anything else is not looked up. */
export function looksLikeSessionId(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** A new session's row values, for both implementations. */
export function buildSession(now: Date, ttlMs: number) {
  return {
    id: newSessionId(),
    csrfToken: newCsrfToken(),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
  };
}

/** The columns `find` selects: the session's, then the key's (named as KeyRow expects). */
export const FIND_SESSION_SQL = `SELECT s.csrf_token, s.created_at AS s_created_at, s.expires_at,
    k.id, k.role, k.org, k.slug, k.provincie, k.created_at, k.revoked_at
  FROM web_sessions s JOIN api_keys k ON k.id = s.key_id
  WHERE s.id_hash = ? AND s.expires_at > ? AND k.revoked_at IS NULL`;
