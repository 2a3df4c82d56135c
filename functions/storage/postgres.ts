/**
 * The PostgreSQL ReferralStore (the `pg` client), used when DATABASE_URL is set. Every write is one
 * transaction that has committed (synchronous_commit on, the server default) before we answer.
 */
import pg from 'pg';
import { openPostgresPool } from './apply-migrations.ts';
import { MIGRATIONS } from './migrations.ts';
import { buildForwarded, buildReferral, isClosed, referralValues } from './records.ts';
import { generateSecret, hashSecret, newKeyId } from './secrets.ts';
import {
  PERSONAL_COLUMNS,
  REFERRAL_COLUMNS,
  entryFromRow,
  keyFromRow,
  referralFromRow,
  shapeStats,
  type CountRow,
  type EventRow,
  type KeyRow,
  type ReferralRow,
} from './rows.ts';
import type { Actor, ReferralStore, StoreOptions } from './types.ts';

export interface PostgresStoreOptions extends StoreOptions {
  /** postgres://user@host:port/database */
  connectionString: string;
  /** Pool size (default 10). */
  max?: number;
}

// An arbitrary constant: the advisory lock that serialises migrations across processes.
const MIGRATION_LOCK = 4_711_005;

const INSERT_REFERRAL = `INSERT INTO referrals (${REFERRAL_COLUMNS.join(', ')})
  VALUES (${REFERRAL_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`;
const INSERT_EVENT = `INSERT INTO referral_events
  (referral_id, at, actor_key, actor_org, actor_role, from_status, to_status, note, reason)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

type Queryable = Pick<pg.PoolClient, 'query'>;

/** Connects to PostgreSQL and applies missing migrations. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<ReferralStore> {
  const now = options.now ?? (() => new Date());
  const pool = openPostgresPool(options.connectionString, options.max ?? 10);

  async function tx<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  try {
    await tx(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
      );
      const applied = new Set(
        (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
          (r) => r.version,
        ),
      );
      for (const m of MIGRATIONS) {
        if (applied.has(m.version)) continue;
        await client.query(m.postgres);
        await client.query(
          'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())',
          [m.version, m.name],
        );
      }
    });
  } catch (error) {
    await pool.end();
    throw error;
  }

  let ended: Promise<void> | undefined;

  const event = (
    q: Queryable,
    referralId: string,
    at: string,
    actor: Actor,
    from: string | null,
    to: string,
    note: string | null,
    reason: string | null,
  ) => q.query(INSERT_EVENT, [referralId, at, actor.keyId, actor.org, actor.role, from, to, note, reason]);

  const getReferral = async (q: Queryable, id: string, lock = false) => {
    const { rows } = await q.query<ReferralRow>(
      `SELECT * FROM referrals WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? referralFromRow(rows[0]) : null;
  };

  const history = async (q: Queryable, id: string) =>
    (
      await q.query<EventRow>('SELECT * FROM referral_events WHERE referral_id = $1 ORDER BY id', [id])
    ).rows.map(entryFromRow);

  return {
    kind: 'postgres',

    async createKey(input) {
      const secret = generateSecret();
      const { rows } = await pool.query<KeyRow>(
        `INSERT INTO api_keys (id, secret_hash, role, org, slug, provincie, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [
          newKeyId(),
          hashSecret(secret),
          input.role,
          input.org,
          input.slug ?? null,
          input.provincie ?? null,
          now(),
        ],
      );
      return { key: keyFromRow(rows[0]!), secret };
    },

    async findKeyBySecret(secret) {
      const { rows } = await pool.query<KeyRow>(
        'SELECT * FROM api_keys WHERE secret_hash = $1 AND revoked_at IS NULL',
        [hashSecret(secret)],
      );
      return rows[0] ? keyFromRow(rows[0]) : null;
    },

    async listKeys() {
      return (await pool.query<KeyRow>('SELECT * FROM api_keys ORDER BY created_at, id')).rows.map(
        keyFromRow,
      );
    },

    async revokeKey(id) {
      const result = await pool.query(
        'UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
        [now(), id],
      );
      return result.rowCount === 1;
    },

    async createReferral(input, actor) {
      const referral = buildReferral(input, { keyId: actor.keyId, org: actor.org }, now());
      const values = referralValues(referral);
      const n = values.length;
      // One statement, so one implicit transaction and one round trip.
      await pool.query(
        `WITH r AS (${INSERT_REFERRAL} RETURNING id)
         INSERT INTO referral_events (referral_id, at, actor_key, actor_org, actor_role, from_status, to_status)
         SELECT id, $${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, NULL, 'verstuurd' FROM r`,
        [...values, referral.createdAt, actor.keyId, actor.org, actor.role],
      );
      return referral;
    },

    async getReferral(id) {
      return getReferral(pool, id);
    },

    async listReferrals(filter) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.createdByOrg !== undefined) {
        params.push(filter.createdByOrg);
        where.push(`created_by_org = $${params.length}`);
      }
      if (filter.targetSlug !== undefined) {
        params.push(filter.targetSlug);
        where.push(`target_slug = $${params.length}`);
      }
      if (filter.statuses && filter.statuses.length > 0) {
        params.push([...filter.statuses]);
        where.push(`status = ANY($${params.length})`);
      }
      const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const total = Number(
        (await pool.query<{ n: string }>(`SELECT COUNT(*) AS n FROM referrals ${clause}`, params)).rows[0]!.n,
      );
      const { rows } = await pool.query<ReferralRow>(
        `SELECT * FROM referrals ${clause} ORDER BY created_at DESC, id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, filter.perPage, (filter.page - 1) * filter.perPage],
      );
      return { items: rows.map(referralFromRow), total };
    },

    async history(id) {
      return history(pool, id);
    },

    async changeStatus(change) {
      return tx(async (client) => {
        const current = await getReferral(client, change.id, true);
        if (!current) return { ok: false as const, reason: 'not_found' as const };
        if (current.status !== change.from) {
          return { ok: false as const, reason: 'conflict' as const, current: current.status };
        }
        const at = now();
        const iso = at.toISOString();
        const closedAt = isClosed(change.to) ? iso : null;
        let forwarded = null;
        if (change.forward) {
          forwarded = buildForwarded(current, change.forward, at);
          await client.query(INSERT_REFERRAL, referralValues(forwarded));
          await event(client, forwarded.id, iso, change.actor, null, 'verstuurd', change.note, null);
        }
        await client.query(
          `UPDATE referrals SET status = $1, updated_at = $2, closed_at = $3, forwarded_to_id = COALESCE($4, forwarded_to_id)
           WHERE id = $5`,
          [change.to, iso, closedAt, forwarded?.id ?? null, change.id],
        );
        await event(client, change.id, iso, change.actor, change.from, change.to, change.note, change.reason);
        return { ok: true as const, referral: (await getReferral(client, change.id))!, forwarded };
      });
    },

    async stats(filter) {
      const where = filter.provincie === undefined ? '' : 'WHERE provincie = $1';
      const params = filter.provincie === undefined ? [] : [filter.provincie];
      const group = async (column: string) =>
        (
          await pool.query<CountRow>(
            `SELECT ${column} AS k, COUNT(*) AS n FROM referrals ${where} GROUP BY ${column}`,
            params,
          )
        ).rows;
      const [byStatus, byKind, byGemeente] = await Promise.all([
        group('status'),
        group('target_kind'),
        group('gemeente'),
      ]);
      return shapeStats(byStatus, byKind, byGemeente);
    },

    async purgeClosedBefore(cutoff) {
      return tx(async (client) => {
        const { rows } = await client.query<{ id: string }>(
          `UPDATE referrals SET ${PERSONAL_COLUMNS.map((c) => `${c} = NULL`).join(', ')}, purged_at = $1
           WHERE closed_at IS NOT NULL AND closed_at < $2 AND purged_at IS NULL RETURNING id`,
          [now(), cutoff],
        );
        const ids = rows.map((r) => r.id);
        if (ids.length > 0) {
          await client.query('UPDATE referral_events SET note = NULL WHERE referral_id = ANY($1)', [ids]);
        }
        return ids.length;
      });
    },

    async exportByKvk(kvk) {
      const { rows } = await pool.query<ReferralRow>(
        'SELECT * FROM referrals WHERE kvk = $1 ORDER BY created_at, id',
        [kvk],
      );
      return Promise.all(
        rows.map(async (row) => ({ referral: referralFromRow(row), history: await history(pool, row.id) })),
      );
    },

    async eraseByKvk(kvk) {
      return (await pool.query('DELETE FROM referrals WHERE kvk = $1', [kvk])).rowCount ?? 0;
    },

    close() {
      // Idempotent: the server's signal handler and a caller may both close.
      ended ??= pool.end();
      return ended;
    },
  };
}
