/**
 * The standalone API (for deployments that scale the API apart from the static site), or with
 * --site the built site and the API on one port (functions/site-server.ts; npm start / serve).
 * The only file that reads the environment.
 */
import { getRequestListener } from '@hono/node-server';
import cluster from 'node:cluster';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { z } from 'zod';
import { formatProblems, loadDirectory } from '../content/load.ts';
import { createApp } from './app.ts';
import { withSyntheticEntries } from './core/synthetic-directory.ts';
import { loadDictionaries, loadPostcodes } from './data.ts';
import { createMeilisearchIndex } from './search/meilisearch.ts';
import { DEFAULT_HTTP_TIMEOUTS, applyTimeouts, timeoutServerOptions } from './middleware/http-timeouts.ts';
import { stdoutLogger } from './middleware/request-log.ts';
import { setNodeSecurityHeaders } from './middleware/security-headers.ts';
import { DEFAULT_RATE_LIMITS, createMemoryRateLimitStore } from './rate-limit.ts';
import { createPostgresRateLimitStore } from './rate-limit-postgres.ts';
import { createSiteListener, loadAstroHandler, normalisedPath } from './site-server.ts';
import { superviseWorkers } from './workers.ts';
import { correctionStoreFromEnv } from './storage/corrections-from-env.ts';
import { monitorStoreFromEnv } from './storage/monitor-from-env.ts';
import { StoreEnvSchema, describeStore, storeFromEnv } from './storage/from-env.ts';
import { RetentionMonthsSchema, purgeExpired } from './storage/retention.ts';

/** --site: also serve the built site (dist/), as `npm start` does. */
const site = process.argv.slice(2).includes('--site');
const ms = (fallback: number) => z.coerce.number().int().min(1).max(600_000).default(fallback);
const flag = (fallback: boolean) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? !/^(0|false|no|off)$/i.test(v.trim()) : undefined),
    z.boolean().default(fallback),
  );

const env = z
  .object({
    /** Default 8787 for the API alone, 4321 with --site. */
    PORT: z.coerce.number().int().min(1).max(65535).optional(),
    HOST: z.string().default('127.0.0.1'),
    /**
     * The content root: content/ of the working directory, like data/ (the built server,
     * dist/api/server.mjs, no longer sits next to it). Tests use a synthetic one.
     */
    CONTENT_DIR: z.string().default(resolve('content')),
    /** Months after closing that a referral's personal data is kept. */
    REFERRAL_RETENTION_MONTHS: RetentionMonthsSchema,
    /** A Meilisearch server for /api/v1/initiatives?q= (otherwise the in-process index). */
    MEILISEARCH_URL: z.string().url().optional(),
    MEILISEARCH_API_KEY: z.string().optional(),
    MEILISEARCH_INDEX: z.string().default('initiatives'),
    /** Load tests only: fill the directory up to this many entries with synthetic ones. */
    SYNTHETIC_SCALE: z.coerce.number().int().min(1).max(1_000_000).optional(),
    /**
     * How many proxies (load balancer, CDN) stand in front and write X-Forwarded-For/-Proto; 0 (the
     * default) believes neither header. "true" means 1.
     */
    TRUSTED_PROXY: z.preprocess(
      (v) => (v === 'true' ? '1' : v === 'false' || v === '' ? '0' : v),
      z.coerce.number().int().min(0).max(10).default(0),
    ),
    /** Rate-limit window; the limits below count per window. */
    RATE_LIMIT_WINDOW_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(86_400)
      .default(DEFAULT_RATE_LIMITS.windowMs / 1000),
    /** Requests per window per client address on the public POST endpoints and forms; 0: no limit. */
    RATE_LIMIT_PUBLIC: z.coerce.number().int().min(0).default(DEFAULT_RATE_LIMITS.publicLimit),
    /** Requests per window per API key; 0: no limit. */
    RATE_LIMIT_KEY: z.coerce.number().int().min(0).default(DEFAULT_RATE_LIMITS.keyLimit),
    /** See middleware/http-timeouts.ts. */
    HTTP_HEADERS_TIMEOUT_MS: ms(DEFAULT_HTTP_TIMEOUTS.headersTimeoutMs),
    HTTP_REQUEST_TIMEOUT_MS: ms(DEFAULT_HTTP_TIMEOUTS.requestTimeoutMs),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: ms(DEFAULT_HTTP_TIMEOUTS.keepAliveTimeoutMs),
    HTTP_SOCKET_TIMEOUT_MS: ms(DEFAULT_HTTP_TIMEOUTS.socketTimeoutMs),
    /**
     * Copies of the server on this machine (functions/workers.ts), sharing the port: one per core.
     * Each counts in-process rate limits on its own; with DATABASE_URL they share them.
     */
    WORKERS: z.coerce.number().int().min(1).max(64).default(1),
    /** One JSON line per request on stdout (method, route pattern, status, time, request id). */
    LOG_REQUESTS: flag(true),
    /** --site: the map's tile server, as the site was built with (its host goes into the CSP). */
    PUBLIC_TILE_URL: z.string().optional(),
    /** --site: the Astro build's server entry. */
    SITE_ENTRY: z.string().default('dist/server/entry.mjs'),
  })
  .refine((e) => e.HTTP_HEADERS_TIMEOUT_MS <= e.HTTP_REQUEST_TIMEOUT_MS, {
    message: 'HTTP_HEADERS_TIMEOUT_MS mag niet groter zijn dan HTTP_REQUEST_TIMEOUT_MS.',
    path: ['HTTP_HEADERS_TIMEOUT_MS'],
  })
  .parse(process.env);

if (env.WORKERS > 1 && cluster.isPrimary) {
  // The supervisor only: the workers run the rest of this file.
  process.exit(await superviseWorkers(env.WORKERS));
}

const result = loadDirectory(env.CONTENT_DIR);
if (!result.ok) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}

// DATABASE_URL (PostgreSQL) or SQLITE_PATH (default data/loket.sqlite); see storage/from-env.ts.
const store = await storeFromEnv(process.env);
const corrections = await correctionStoreFromEnv(process.env);
const monitor = await monitorStoreFromEnv(process.env);
const purge = () =>
  purgeExpired(store, env.REFERRAL_RETENTION_MONTHS).then(
    (purged) => purged > 0 && console.log(JSON.stringify({ level: 'info', msg: 'referrals purged', purged })),
    (error: Error) =>
      console.error(JSON.stringify({ level: 'error', msg: 'purge failed', name: error.name })),
  );
void purge();
setInterval(purge, 6 * 60 * 60 * 1000).unref();

const directory = env.SYNTHETIC_SCALE
  ? withSyntheticEntries(result.initiatives, env.SYNTHETIC_SCALE)
  : result.initiatives;
const search = env.MEILISEARCH_URL
  ? createMeilisearchIndex({
      url: env.MEILISEARCH_URL,
      apiKey: env.MEILISEARCH_API_KEY,
      index: env.MEILISEARCH_INDEX,
    })
  : undefined;
await search?.replaceAll(directory);

// With PostgreSQL the rate limits are counted there, so every instance shares them.
const { DATABASE_URL } = StoreEnvSchema.parse(process.env);
const limiterStore = DATABASE_URL
  ? await createPostgresRateLimitStore({ connectionString: DATABASE_URL })
  : createMemoryRateLimitStore();
const rateLimit = {
  windowMs: env.RATE_LIMIT_WINDOW_SECONDS * 1000,
  publicLimit: env.RATE_LIMIT_PUBLIC,
  keyLimit: env.RATE_LIMIT_KEY,
  store: limiterStore,
};
const log = env.LOG_REQUESTS ? stdoutLogger : undefined;
const timeouts = {
  headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
  requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
  keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
  socketTimeoutMs: env.HTTP_SOCKET_TIMEOUT_MS,
};

const app = createApp({
  directory,
  postcodes: loadPostcodes(),
  words: loadDictionaries(),
  store,
  corrections,
  monitor,
  search,
  retentionMonths: env.REFERRAL_RETENTION_MONTHS,
  hardening: { trustProxy: env.TRUSTED_PROXY, rateLimit, ...(log ? { log } : {}) },
});
const port = env.PORT ?? (site ? 4321 : 8787);
const listening = (msg: string) => () =>
  console.log(
    JSON.stringify({
      level: 'info',
      msg,
      port,
      store: describeStore(process.env),
      search: search?.engine ?? 'in-process',
      rate_limits: limiterStore.kind,
    }),
  );
let server: Server;
if (site) {
  const astro = await loadAstroHandler(env.SITE_ENTRY);
  const listener = createSiteListener({
    api: app,
    astro,
    trustProxy: env.TRUSTED_PROXY,
    tileUrl: env.PUBLIC_TILE_URL,
    rateLimit,
    log,
  });
  server = createServer(timeoutServerOptions(timeouts), (req, res) => void listener(req, res));
  server.listen(port, env.HOST, listening('site listening'));
} else {
  const api = getRequestListener(app.fetch, { overrideGlobalObjects: true });
  server = createServer(timeoutServerOptions(timeouts), (req, res) => {
    setNodeSecurityHeaders(req, res, normalisedPath(req.url), { trustProxy: env.TRUSTED_PROXY });
    void api(req, res);
  });
  server.listen(port, env.HOST, listening('api listening'));
}
applyTimeouts(server, timeouts);
// Stop taking connections, finish what is in flight, close the pools. Once: a worker gets Ctrl-C
// from the terminal and SIGTERM from its supervisor.
let stopping = false;
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  server.close(
    () =>
      void Promise.all([store.close(), corrections.close(), monitor.close(), limiterStore.close()]).then(() =>
        process.exit(0),
      ),
  );
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, shutdown);
