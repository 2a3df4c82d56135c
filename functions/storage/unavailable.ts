/**
 * Whether an error means the database cannot be used right now (connection refused or lost, the
 * server shutting down, starting up or full, a statement cancelled by its timeout, SQLite locked
 * past its busy timeout), as opposed to a bug. app.ts answers the first with 503 and Retry-After,
 * since the same request may well succeed a little later (the load balancer takes an instance out
 * once /api/v1/ready fails), and the second with 500.
 */

/** Seconds a client is asked to wait after a 503 for unavailable storage. */
export const STORAGE_RETRY_AFTER_SECONDS = 5;

/** Node's socket errors, as pg reports them for a database it cannot reach. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * PostgreSQL SQLSTATEs (appendix A of its manual) that say "not now" rather than "never":
 * connection exceptions, too many connections, query cancelled (statement_timeout), and the
 * server shutting down, crashing or still starting.
 */
const POSTGRES_CODES = /^(08[0-9A-Z]{3}|53300|57014|57P0[123])$/;

/** SQLite's SQLITE_BUSY and SQLITE_LOCKED, with their extended codes (better-sqlite3's `code`). */
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED)(_[A-Z]+)?$/;

/** pg's own errors for a lost connection or a pool that could not connect; they carry no code. */
const PG_MESSAGES = /^(Connection terminated\b|timeout exceeded when trying to connect$)/;

/** The error's `code`, when it is a short token (a code is never personal data; a message may be). */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,32}$/.test(code) ? code : undefined;
}

/**
 * See the file comment. Only the error itself counts, not its `cause`: fetch wraps a refused
 * connection as `cause`, and Meilisearch being down is not the database being down.
 */
export function isStorageUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = errorCode(error);
  if (code === undefined) return PG_MESSAGES.test(error.message);
  return NETWORK_CODES.has(code) || POSTGRES_CODES.test(code) || SQLITE_CODES.test(code);
}
