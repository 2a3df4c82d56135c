/**
 * The standalone API (for deployments that scale the API apart from the static site).
 * The only file that reads the environment.
 */
import { serve } from '@hono/node-server';
import { z } from 'zod';
import { formatProblems, loadDirectory } from '../content/load.ts';
import { createApp } from './app.ts';
import { withSyntheticEntries } from './core/synthetic-directory.ts';
import { loadPostcodes } from './data.ts';
import { createMeilisearchIndex } from './search/meilisearch.ts';
import { describeStore, storeFromEnv } from './storage/from-env.ts';
import { DEFAULT_RETENTION_MONTHS, purgeExpired } from './storage/retention.ts';

const env = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(8787),
    HOST: z.string().default('127.0.0.1'),
    /** Another content root (tests and benchmarks use a synthetic one). */
    CONTENT_DIR: z.string().optional(),
    /** Months after closing that a referral's personal data is kept. */
    REFERRAL_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(DEFAULT_RETENTION_MONTHS),
    /** A Meilisearch server for /api/v1/initiatives?q= (otherwise the in-process index). */
    MEILISEARCH_URL: z.string().url().optional(),
    MEILISEARCH_API_KEY: z.string().optional(),
    MEILISEARCH_INDEX: z.string().default('initiatives'),
    /** Load tests only: fill the directory up to this many entries with synthetic ones. */
    SYNTHETIC_SCALE: z.coerce.number().int().min(1).max(1_000_000).optional(),
  })
  .parse(process.env);

const result = loadDirectory(env.CONTENT_DIR);
if (!result.ok) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}

// DATABASE_URL (PostgreSQL) or SQLITE_PATH (default data/loket.sqlite); see storage/from-env.ts.
const store = await storeFromEnv(process.env);
const purge = () =>
  purgeExpired(store, env.REFERRAL_RETENTION_MONTHS).then(
    (purged) => purged > 0 && console.log(JSON.stringify({ level: 'info', msg: 'referrals purged', purged })),
    (error: Error) =>
      console.error(JSON.stringify({ level: 'error', msg: 'purge failed', name: error.name })),
  );
void purge();
setInterval(purge, 6 * 60 * 60 * 1000).unref();

const search = env.MEILISEARCH_URL
  ? createMeilisearchIndex({ url: env.MEILISEARCH_URL, apiKey: env.MEILISEARCH_API_KEY, index: env.MEILISEARCH_INDEX })
  : undefined;
await search?.replaceAll(result.initiatives);

const directory = env.SYNTHETIC_SCALE ? withSyntheticEntries(result.initiatives, env.SYNTHETIC_SCALE) : result.initiatives;
const app = createApp({ directory, postcodes: loadPostcodes(), store, search });
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  console.log(JSON.stringify({ level: 'info', msg: 'api listening', port: info.port, store: describeStore(process.env), search: search?.engine ?? 'in-process' }));
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => void store.close().then(() => process.exit(0))));
}
