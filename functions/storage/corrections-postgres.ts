/** The PostgreSQL CorrectionStore (the `pg` client), used when DATABASE_URL is set. */
import pg from 'pg';
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
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 4 });
  pool.on('error', (error) => {
    console.error(
      JSON.stringify({ level: 'error', msg: 'postgres pool error', code: (error as { code?: string }).code }),
    );
  });

  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS correction_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
    );
    const applied = new Set(
      (await client.query<{ version: number }>('SELECT version FROM correction_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    for (const m of CORRECTION_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await client.query(m.postgres);
      await client.query(
        'INSERT INTO correction_migrations (version, name, applied_at) VALUES ($1, $2, now())',
        [m.version, m.name],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
    await pool.end();
    throw error;
  }
  client.release();

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
