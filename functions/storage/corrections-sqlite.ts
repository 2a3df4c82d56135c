/** The embedded CorrectionStore: a table in the same SQLite file as the referrals (better-sqlite3). */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { applySqliteMigrations } from './apply-migrations.ts';
import {
  CORRECTION_MIGRATIONS,
  buildCorrection,
  correctionFromRow,
  correctionValues,
  type CorrectionRow,
  type CorrectionStore,
  type CorrectionStoreOptions,
} from './corrections.ts';

export interface SqliteCorrectionStoreOptions extends CorrectionStoreOptions {
  /** The database file, or ':memory:' for tests. */
  path: string;
}

/** Opens (and migrates) the SQLite correction store. */
export async function createSqliteCorrectionStore(
  options: SqliteCorrectionStoreOptions,
): Promise<CorrectionStore> {
  const now = options.now ?? (() => new Date());
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  // As for referrals: an acknowledged report has been fsynced.
  db.pragma('synchronous = FULL');
  // The referral store and the CLI may have the same file open.
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const insert = db.prepare(
    'INSERT INTO corrections (id, slug, initiative_name, curator, topic, message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );

  return {
    kind: 'sqlite',

    async create(input) {
      const correction = buildCorrection(input, now());
      insert.run(...correctionValues(correction));
      return correction;
    },

    async list(filter) {
      const where = filter.curator === undefined ? '' : 'WHERE curator = ?';
      const params = filter.curator === undefined ? [] : [filter.curator];
      const { n } = db.prepare(`SELECT COUNT(*) AS n FROM corrections ${where}`).get(...params) as {
        n: number;
      };
      const rows = db
        .prepare<unknown[], CorrectionRow>(
          `SELECT * FROM corrections ${where} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
        )
        .all(...params, filter.perPage, (filter.page - 1) * filter.perPage);
      return { items: rows.map(correctionFromRow), total: n };
    },

    async close() {
      if (db.open) db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  applySqliteMigrations(db, 'correction_migrations', CORRECTION_MIGRATIONS);
}
