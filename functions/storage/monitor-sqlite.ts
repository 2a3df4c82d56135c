/** The embedded MonitorStore: tables in the same SQLite file as the referrals (better-sqlite3). */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { applySqliteMigrations } from './apply-migrations.ts';
import type { Measurement } from '../monitor/questionnaires.ts';
import {
  INSERT_COLUMNS,
  MONITOR_MIGRATIONS,
  buildResponse,
  expiryFrom,
  filterSql,
  hashToken,
  judgeInvitation,
  newToken,
  responseFromRow,
  responseValues,
  type MonitorRow,
  type MonitorStore,
  type MonitorStoreOptions,
  type SaveResult,
} from './monitor.ts';

export interface SqliteMonitorStoreOptions extends MonitorStoreOptions {
  /** The database file, or ':memory:' for tests. */
  path: string;
}

interface InvitationRow {
  referral_id: string;
  expires_at: string;
  used_at: string | null;
}

/** Opens (and migrates) the SQLite monitor store. */
export async function createSqliteMonitorStore(options: SqliteMonitorStoreOptions): Promise<MonitorStore> {
  const now = options.now ?? (() => new Date());
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // The referral store, the server and the CLI may have the same file open.
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const insert = db.prepare(
    `INSERT INTO monitor_responses (${INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (referral_id, measurement) DO NOTHING`,
  );
  const findInvitation = db.prepare<[string], InvitationRow>(
    'SELECT referral_id, expires_at, used_at FROM monitor_invitations WHERE token_hash = ?',
  );
  const useInvitation = db.prepare(
    'UPDATE monitor_invitations SET used_at = ? WHERE token_hash = ? AND used_at IS NULL',
  );

  const save = db.transaction(
    (input: Parameters<MonitorStore['save']>[0], token: string | undefined): SaveResult => {
      const at = now();
      if (token !== undefined) {
        const check = judgeInvitation(findInvitation.get(hashToken(token)), at);
        if (!check.ok) return { ok: false, reason: 'token', check };
        if (check.referralId !== input.referralId)
          return { ok: false, reason: 'token', check: { ok: false, reason: 'other_referral' } };
      }
      const response = buildResponse(input, at);
      if (insert.run(...responseValues(response)).changes === 0) return { ok: false, reason: 'duplicate' };
      if (token !== undefined) useInvitation.run(at.toISOString(), hashToken(token));
      return { ok: true, response };
    },
  );

  return {
    kind: 'sqlite',

    async save(input, token) {
      return save.immediate(input, token);
    },

    async answered(referralId) {
      return db
        .prepare<[string], { measurement: Measurement }>(
          'SELECT measurement FROM monitor_responses WHERE referral_id = ? ORDER BY measurement DESC',
        )
        .all(referralId)
        .map((r) => r.measurement);
    },

    async list(filter) {
      const { where, params } = filterSql(filter, () => '?');
      return db
        .prepare<string[], MonitorRow>(`SELECT * FROM monitor_responses ${where} ORDER BY created_at, id`)
        .all(...params)
        .map(responseFromRow);
    },

    async createInvitation(referralId) {
      const token = newToken();
      const at = now();
      const expiresAt = expiryFrom(at).toISOString();
      db.prepare(
        'INSERT INTO monitor_invitations (token_hash, referral_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      ).run(hashToken(token), referralId, at.toISOString(), expiresAt);
      return { token, expiresAt };
    },

    async checkInvitation(token) {
      return judgeInvitation(findInvitation.get(hashToken(token)), now());
    },

    async close() {
      if (db.open) db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  applySqliteMigrations(db, 'monitor_migrations', MONITOR_MIGRATIONS);
}
