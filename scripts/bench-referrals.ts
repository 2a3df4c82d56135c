/**
 * `npm run bench:referrals`: referrals created per second and p99 latency of POST /api/v1/referrals,
 * on SQLite and on PostgreSQL, with 2 and with 32 concurrent writers.
 *
 * For each store it starts the real standalone server (functions/server.ts via tsx) on a free
 * loopback port with a synthetic content directory and an empty database, warms up, and runs
 * autocannon against 127.0.0.1 only, for a bounded time per run. PostgreSQL uses a fresh database
 * next to BENCH_DATABASE_URL or TEST_DATABASE_URL (`eval "$(bash scripts/ci-postgres.sh)"`) and is
 * skipped with a notice when neither is set. Every write is durable (SQLite synchronous=FULL,
 * PostgreSQL synchronous_commit on), so this measures fsyncs as much as code.
 *
 * Options: --seconds N per run (default 10). Results also go to bench-results/referrals-<time>.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createPostgresStore } from '../functions/storage/postgres.ts';
import { createSqliteStore } from '../functions/storage/sqlite.ts';
import type { ReferralStore } from '../functions/storage/types.ts';
import {
  freshPostgresDatabase,
  referralBody,
  startServer,
  writeSyntheticContent,
} from '../tests/helpers/referrals.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' } } });
const SECONDS = Math.max(1, Math.min(120, Number(values.seconds) || 10));
const WRITERS = [2, 32] as const;
const POSTGRES_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;

interface Row {
  store: string;
  writers: number;
  seconds: number;
  created: number;
  perSecond: number;
  p50: number;
  p99: number;
  failed: number;
}

async function measure(url: string, key: string, writers: number, seconds: number) {
  const result = await autocannon({
    url: `${url}/api/v1/referrals`,
    method: 'POST',
    connections: writers,
    duration: seconds,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(referralBody()),
  });
  return {
    created: result['2xx'],
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

async function bench(
  name: string,
  env: Record<string, string>,
  open: () => Promise<ReferralStore>,
): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-referrals-'));
  const store = await open();
  const { secret } = await store.createKey({ role: 'intermediair', org: 'Benchverwijzer Synthetisch' });
  await store.close();
  const server = await startServer({
    ...env,
    CONTENT_DIR: writeSyntheticContent(dir),
    REFERRAL_RETENTION_MONTHS: '24',
    // The bench measures the store, not the per-key limiter (one key sends everything).
    RATE_LIMIT_KEY: '0',
    RATE_LIMIT_PUBLIC: '0',
    LOG_REQUESTS: 'false',
  });
  const rows: Row[] = [];
  try {
    await measure(server.url, secret, 4, 2); // warm-up: JIT, prepared statements, pool
    for (const writers of WRITERS) {
      const m = await measure(server.url, secret, writers, SECONDS);
      rows.push({ store: name, writers, ...m, perSecond: m.created / m.seconds });
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

const rows: Row[] = [];
const sqliteDir = mkdtempSync(join(tmpdir(), 'bench-referrals-sqlite-'));
try {
  const path = join(sqliteDir, 'loket.sqlite');
  rows.push(
    ...(await bench('sqlite', { SQLITE_PATH: path, DATABASE_URL: '' }, () => createSqliteStore({ path }))),
  );
} finally {
  rmSync(sqliteDir, { recursive: true, force: true });
}
if (POSTGRES_URL) {
  const db = await freshPostgresDatabase(POSTGRES_URL);
  try {
    rows.push(
      ...(await bench('postgres', { DATABASE_URL: db.url }, () =>
        createPostgresStore({ connectionString: db.url, max: 1 }),
      )),
    );
  } finally {
    await db.drop();
  }
} else {
  console.log(
    'PostgreSQL overgeslagen: zet BENCH_DATABASE_URL of TEST_DATABASE_URL (eval "$(bash scripts/ci-postgres.sh)").',
  );
}

console.log(
  `\nPOST /api/v1/referrals, ${SECONDS} s per meting, server en autocannon op deze machine (loopback)\n`,
);
console.log('store      schrijvers   aangemaakt/s   p50 ms   p99 ms   aangemaakt   mislukt');
for (const r of rows) {
  console.log(
    [
      r.store.padEnd(10),
      String(r.writers).padStart(10),
      r.perSecond.toFixed(1).padStart(14),
      String(r.p50).padStart(8),
      String(r.p99).padStart(8),
      String(r.created).padStart(12),
      String(r.failed).padStart(9),
    ].join(' '),
  );
}
mkdirSync('bench-results', { recursive: true });
const file = join('bench-results', `referrals-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ seconds: SECONDS, rows }, null, 2));
console.log(`\nOpgeslagen in ${file}`);
if (rows.some((r) => r.failed > 0)) process.exitCode = 1;
