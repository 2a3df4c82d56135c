/** The PostgreSQL CorrectionStore (the `pg` client), used when DATABASE_URL is set. */
import { applyPostgresMigrations, openPostgresPool } from './apply-migrations.ts';
import {
  CORRECTION_MIGRATIONS,
  buildCorrection,
  correctionFromRow,
  correctionValues,
  type CorrectionRow,
  type CorrectionStore,
  type CorrectionStoreOptions,
} from './corrections.ts';

export interface PostgresCorrectionStoreOptions extends CorrectionStoreOptions {
  connectionString: string;
  /** Pool size (default 4: corrections are rare). */
  max?: number;
}

// An arbitrary constant, different from the referral store's: serialises these migrations.
const MIGRATION_LOCK = 4_711_008;

/** Connects to PostgreSQL and applies missing correction migrations. */
export async function createPostgresCorrectionStore(
  options: PostgresCorrectionStoreOptions,
): Promise<CorrectionStore> {
  const now = options.now ?? (() => new Date());
  const pool = openPostgresPool(options.connectionString, options.max ?? 4);
  await applyPostgresMigrations(pool, 'correction_migrations', MIGRATION_LOCK, CORRECTION_MIGRATIONS);

  return {
    kind: 'postgres',

    async create(input) {
      const correction = buildCorrection(input, now());
      await pool.query(
        'INSERT INTO corrections (id, slug, initiative_name, curator, topic, message, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        correctionValues(correction),
      );
      return correction;
    },

    async list(filter) {
      const where = filter.curator === undefined ? '' : 'WHERE curator = $1';
      const params: Array<string | number> = filter.curator === undefined ? [] : [filter.curator];
      const total = Number(
        (await pool.query<{ n: string }>(`SELECT COUNT(*) AS n FROM corrections ${where}`, params)).rows[0]
          ?.n ?? 0,
      );
      const limit = params.length + 1;
      const rows = await pool.query<CorrectionRow>(
        `SELECT * FROM corrections ${where} ORDER BY created_at DESC, id DESC LIMIT $${limit} OFFSET $${limit + 1}`,
        [...params, filter.perPage, (filter.page - 1) * filter.perPage],
      );
      return { items: rows.rows.map(correctionFromRow), total };
    },

    async close() {
      // Closing twice is harmless, as with SQLite.
      if (!pool.ended) await pool.end();
    },
  };
}
