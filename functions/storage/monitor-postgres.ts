/** The PostgreSQL MonitorStore (the `pg` client), used when DATABASE_URL is set. */
import { applyPostgresMigrations, openPostgresPool } from './apply-migrations.ts';
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
} from './monitor.ts';

export interface PostgresMonitorStoreOptions extends MonitorStoreOptions {
  connectionString: string;
  /** Pool size (default 4: answers are rare). */
  max?: number;
}

// An arbitrary constant, different from the other stores': serialises these migrations.
const MIGRATION_LOCK = 4_711_016;

interface InvitationRow {
  referral_id: string;
  expires_at: Date;
  used_at: Date | null;
}

/** Connects to PostgreSQL and applies missing monitor migrations. */
export async function createPostgresMonitorStore(
  options: PostgresMonitorStoreOptions,
): Promise<MonitorStore> {
  const now = options.now ?? (() => new Date());
  const pool = openPostgresPool(options.connectionString, options.max ?? 4);
  await applyPostgresMigrations(pool, 'monitor_migrations', MIGRATION_LOCK, MONITOR_MIGRATIONS);

  return {
    kind: 'postgres',

    async save(input, token) {
      const at = now();
      const tx = await pool.connect();
      try {
        await tx.query('BEGIN');
        if (token !== undefined) {
          // FOR UPDATE: two submissions with one token cannot both pass the check.
          const found = await tx.query<InvitationRow>(
            'SELECT referral_id, expires_at, used_at FROM monitor_invitations WHERE token_hash = $1 FOR UPDATE',
            [hashToken(token)],
          );
          const check = judgeInvitation(found.rows[0], at);
          if (!check.ok) {
            await tx.query('ROLLBACK');
            return { ok: false, reason: 'token', check };
          }
          if (check.referralId !== input.referralId) {
            await tx.query('ROLLBACK');
            return { ok: false, reason: 'token', check: { ok: false, reason: 'other_referral' } };
          }
        }
        const response = buildResponse(input, at);
        const inserted = await tx.query(
          `INSERT INTO monitor_responses (${INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (referral_id, measurement) DO NOTHING`,
          responseValues(response),
        );
        if (inserted.rowCount === 0) {
          await tx.query('ROLLBACK');
          return { ok: false, reason: 'duplicate' };
        }
        if (token !== undefined) {
          await tx.query('UPDATE monitor_invitations SET used_at = $1 WHERE token_hash = $2', [
            at,
            hashToken(token),
          ]);
        }
        await tx.query('COMMIT');
        return { ok: true, response };
      } catch (error) {
        await tx.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        tx.release();
      }
    },

    async answered(referralId) {
      const rows = await pool.query<{ measurement: Measurement }>(
        'SELECT measurement FROM monitor_responses WHERE referral_id = $1 ORDER BY measurement DESC',
        [referralId],
      );
      return rows.rows.map((r) => r.measurement);
    },

    async list(filter) {
      const { where, params } = filterSql(filter, (i) => `$${i}`);
      const rows = await pool.query<MonitorRow>(
        `SELECT * FROM monitor_responses ${where} ORDER BY created_at, id`,
        params,
      );
      return rows.rows.map(responseFromRow);
    },

    async createInvitation(referralId) {
      const token = newToken();
      const at = now();
      const expiresAt = expiryFrom(at);
      await pool.query(
        'INSERT INTO monitor_invitations (token_hash, referral_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
        [hashToken(token), referralId, at, expiresAt],
      );
      return { token, expiresAt: expiresAt.toISOString() };
    },

    async checkInvitation(token) {
      const found = await pool.query<InvitationRow>(
        'SELECT referral_id, expires_at, used_at FROM monitor_invitations WHERE token_hash = $1',
        [hashToken(token)],
      );
      return judgeInvitation(found.rows[0], now());
    },

    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
