/**
 * The embedded ReferralStore: one SQLite file (better-sqlite3 12), the default when no DATABASE_URL
 * is set. WAL with synchronous=FULL: every acknowledged write has been fsynced, so a crash or
 * SIGKILL after a 201 never loses it (tests/durability.test.ts proves this on the real server).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
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

export interface SqliteStoreOptions extends StoreOptions {
  /** The database file, or ':memory:' for tests. */
  path: string;
}

/** The default file, relative to the working directory (git-ignored). */
export const DEFAULT_SQLITE_PATH = 'data/loket.sqlite';

/** Opens (and migrates) the SQLite store. */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<ReferralStore> {
  const now = options.now ?? (() => new Date());
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  // FULL: the WAL is fsynced at every commit, so what we acknowledged survives a power cut too.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // The CLI and the server may open the same file at once.
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const insertReferral = db.prepare(
    `INSERT INTO referrals (${REFERRAL_COLUMNS.join(', ')}) VALUES (${REFERRAL_COLUMNS.map(() => '?').join(', ')})`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO referral_events (referral_id, at, actor_key, actor_org, actor_role, from_status, to_status, note, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectReferral = db.prepare<[string], ReferralRow>('SELECT * FROM referrals WHERE id = ?');
  // Every authenticated request looks its key up: prepared once.
  const selectKeyBySecretHash = db.prepare<[string], KeyRow>(
    'SELECT * FROM api_keys WHERE secret_hash = ? AND revoked_at IS NULL',
  );
  const selectEvents = db.prepare<[string], EventRow>(
    'SELECT * FROM referral_events WHERE referral_id = ? ORDER BY id',
  );

  const event = (
    referralId: string,
    at: string,
    actor: Actor,
    from: string | null,
    to: string,
    note: string | null,
    reason: string | null,
  ) => insertEvent.run(referralId, at, actor.keyId, actor.org, actor.role, from, to, note, reason);

  // Group commit: writes that arrive in the same turn of the event loop share one transaction and
  // so one fsync. Each runs in its own savepoint (a nested better-sqlite3 transaction), so one
  // failing write does not undo the others; every promise settles only after the commit.
  type Job = { run: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
  let queue: Job[] = [];
  const flush = () => {
    const jobs = queue;
    queue = [];
    const results: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      db.transaction(() => {
        for (const job of jobs) {
          try {
            results.push({ ok: true, value: db.transaction(job.run)() });
          } catch (error) {
            results.push({ ok: false, error });
          }
        }
      }).immediate();
    } catch (error) {
      // The commit itself failed: nothing in this batch was stored.
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => {
      const result = results[i]!;
      if (result.ok) job.resolve(result.value);
      else job.reject(result.error);
    });
  };
  const write = <T>(run: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ run, resolve: resolve as (value: unknown) => void, reject });
    });

  const getReferral = (id: string) => {
    const row = selectReferral.get(id);
    return row ? referralFromRow(row) : null;
  };

  const history = (id: string) => selectEvents.all(id).map(entryFromRow);

  const store: ReferralStore = {
    kind: 'sqlite',

    async createKey(input) {
      const secret = generateSecret();
      const row: KeyRow = {
        id: newKeyId(),
        role: input.role,
        org: input.org,
        slug: input.slug ?? null,
        provincie: input.provincie ?? null,
        created_at: now().toISOString(),
        revoked_at: null,
      };
      db.prepare(
        'INSERT INTO api_keys (id, secret_hash, role, org, slug, provincie, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(row.id, hashSecret(secret), row.role, row.org, row.slug, row.provincie, row.created_at);
      return { key: keyFromRow(row), secret };
    },

    async findKeyBySecret(secret) {
      const row = selectKeyBySecretHash.get(hashSecret(secret));
      return row ? keyFromRow(row) : null;
    },

    async listKeys() {
      return db.prepare<[], KeyRow>('SELECT * FROM api_keys ORDER BY created_at, id').all().map(keyFromRow);
    },

    async revokeKey(id) {
      const result = db
        .prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
        .run(now().toISOString(), id);
      return result.changes === 1;
    },

    async createReferral(input, actor) {
      const referral = buildReferral(input, { keyId: actor.keyId, org: actor.org }, now());
      await write(() => {
        insertReferral.run(...referralValues(referral));
        event(referral.id, referral.createdAt, actor, null, 'verstuurd', null, null);
      });
      return referral;
    },

    async getReferral(id) {
      return getReferral(id);
    },

    async listReferrals(filter) {
      const where: string[] = [];
      const params: Array<string | number> = [];
      if (filter.createdByOrg !== undefined) {
        where.push('created_by_org = ?');
        params.push(filter.createdByOrg);
      }
      if (filter.targetSlug !== undefined) {
        where.push('target_slug = ?');
        params.push(filter.targetSlug);
      }
      if (filter.statuses && filter.statuses.length > 0) {
        where.push(`status IN (${filter.statuses.map(() => '?').join(', ')})`);
        params.push(...filter.statuses);
      }
      const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const total = (
        db.prepare(`SELECT COUNT(*) AS n FROM referrals ${clause}`).get(...params) as { n: number }
      ).n;
      const rows = db
        .prepare<unknown[], ReferralRow>(
          `SELECT * FROM referrals ${clause} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
        )
        .all(...params, filter.perPage, (filter.page - 1) * filter.perPage);
      return { items: rows.map(referralFromRow), total };
    },

    async history(id) {
      return history(id);
    },

    async changeStatus(change) {
      return write(() => {
        const current = getReferral(change.id);
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
          insertReferral.run(...referralValues(forwarded));
          event(forwarded.id, iso, change.actor, null, 'verstuurd', change.note, null);
        }
        db.prepare(
          'UPDATE referrals SET status = ?, updated_at = ?, closed_at = ?, forwarded_to_id = COALESCE(?, forwarded_to_id) WHERE id = ? AND status = ?',
        ).run(change.to, iso, closedAt, forwarded?.id ?? null, change.id, change.from);
        event(change.id, iso, change.actor, change.from, change.to, change.note, change.reason);
        return { ok: true as const, referral: getReferral(change.id)!, forwarded };
      });
    },

    async stats(filter) {
      const where = filter.provincie === undefined ? '' : 'WHERE provincie = ?';
      const params = filter.provincie === undefined ? [] : [filter.provincie];
      const group = (column: string) =>
        db
          .prepare<unknown[], CountRow>(
            `SELECT ${column} AS k, COUNT(*) AS n FROM referrals ${where} GROUP BY ${column}`,
          )
          .all(...params);
      return shapeStats(group('status'), group('target_kind'), group('gemeente'));
    },

    async purgeClosedBefore(cutoff) {
      return db
        .transaction(() => {
          const ids = db
            .prepare<[string], { id: string }>(
              'SELECT id FROM referrals WHERE closed_at IS NOT NULL AND closed_at < ? AND purged_at IS NULL',
            )
            .all(cutoff.toISOString())
            .map((r) => r.id);
          const purge = db.prepare(
            `UPDATE referrals SET ${PERSONAL_COLUMNS.map((c) => `${c} = NULL`).join(', ')}, purged_at = ? WHERE id = ?`,
          );
          const clearNotes = db.prepare('UPDATE referral_events SET note = NULL WHERE referral_id = ?');
          const at = now().toISOString();
          for (const id of ids) {
            purge.run(at, id);
            clearNotes.run(id);
          }
          return ids.length;
        })
        .immediate();
    },

    async exportByKvk(kvk) {
      return db
        .prepare<[string], ReferralRow>('SELECT * FROM referrals WHERE kvk = ? ORDER BY created_at, id')
        .all(kvk)
        .map((row) => ({ referral: referralFromRow(row), history: history(row.id) }));
    },

    async eraseByKvk(kvk) {
      return db
        .transaction(() => db.prepare('DELETE FROM referrals WHERE kvk = ?').run(kvk).changes)
        .immediate();
    },

    async close() {
      if (queue.length > 0) flush();
      if (db.open) db.close();
    },
  };
  return store;
}

function migrate(db: Database.Database): void {
  db.transaction(() => {
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const applied = new Set(
      db
        .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
        .all()
        .map((r) => r.version),
    );
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    }
  }).immediate();
}
