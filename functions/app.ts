/**
 * createApp(deps) builds the whole API. It reads no environment: server.ts (standalone) and
 * src/pages/api/[...path].ts (inside the Astro server) pick the dependencies.
 */
import { Hono } from 'hono';
import type { Initiative } from '../content/schema.ts';
import type { Dictionaries } from './core/analyzer.ts';
import type { PostcodeTable } from './core/postcode.ts';
import { harden, type HardeningOptions } from './middleware/hardening.ts';
import { requestIdFrom, routePattern } from './middleware/request-log.ts';
import { problem, sendProblem } from './problem.ts';
import { adminRoutes } from './routes/admin.ts';
import { correctionRoutes } from './routes/corrections.ts';
import { docsRoutes } from './routes/docs.ts';
import { healthRoutes } from './routes/health.ts';
import { mountMonitor } from './routes/monitor.ts';
import { hsdsRoutes } from './routes/hsds.ts';
import { initiativesRoutes } from './routes/initiatives.ts';
import { dependencyChecks, readyRoutes } from './routes/ready.ts';
import { referralRoutes, type Advisor } from './routes/referrals.ts';
import { routeRoutes, routerAdvisor } from './routes/route.ts';
import { buildDirectoryIndex } from './core/directory-index.ts';
import { statsRoutes } from './routes/stats.ts';
import { werkplaatsenRoutes } from './routes/werkplaatsen.ts';
import { createInProcessIndex } from './search/in-process.ts';
import type { SearchIndex } from './search/search-index.ts';
import type { CorrectionStore } from './storage/corrections.ts';
import type { MonitorStore } from './storage/monitor.ts';
import type { ReferralStore } from './storage/types.ts';
import { STORAGE_RETRY_AFTER_SECONDS, errorCode, isStorageUnavailable } from './storage/unavailable.ts';

export interface AppDeps {
  /** The validated directory (content/), read once at start-up. */
  directory: readonly Initiative[];
  /** PC4 → centroid, gemeente, provincie (data/pc4.csv). */
  postcodes: PostcodeTable;
  /** Real words per language the router never reads as a typo (data.ts loadDictionaries). */
  words?: Dictionaries;
  /** Where referrals and API keys live; without it the referral API is not mounted. */
  store?: ReferralStore;
  /** The referral router; its advice is stored with each referral (null when absent). */
  advise?: Advisor;
  /** "Meld een fout" reports; with `store` (for the keys) it mounts /v1/corrections. */
  corrections?: CorrectionStore;
  /** The impact monitor (0- and 1-metingen); with `store` it mounts its routes. */
  monitor?: MonitorStore;
  /** Full-text search over the directory; an in-process index of `directory` when absent. */
  search?: SearchIndex;
  /** REFERRAL_RETENTION_MONTHS: the period the referral consent text names (24 when absent). */
  retentionMonths?: number;
  /** Rate limits, body limit, request log, trusted proxies (middleware/hardening.ts); defaults when absent. */
  hardening?: HardeningOptions;
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono().basePath('/api');
  const hardeningChecks = harden(app, deps.hardening);
  app.route('/v1/health', healthRoutes());
  app.route('/v1/ready', readyRoutes([...dependencyChecks(deps), ...hardeningChecks]));
  // One router index serves POST /route and the advice stored with each referral.
  const index = buildDirectoryIndex(deps.directory, { postcodes: deps.postcodes, words: deps.words });
  app.route('/v1/route', routeRoutes({ ...deps, index }));
  app.route('/', docsRoutes());
  app.route('/v1/werkplaatsen', werkplaatsenRoutes(deps));
  const search = deps.search ?? createInProcessIndex(deps.directory);
  app.route('/v1/initiatives', initiativesRoutes({ ...deps, search }));
  app.route('/hsds', hsdsRoutes({ ...deps, search }));
  if (deps.store) {
    const withStore = {
      ...deps,
      store: deps.store,
      advise: deps.advise ?? routerAdvisor(index, deps.postcodes),
    };
    // Before /v1/referrals: the owner's 1-meting with a token must not meet that sub-app's requireKey.
    if (deps.monitor) mountMonitor(app, { ...withStore, monitor: deps.monitor });
    app.route('/v1/referrals', referralRoutes(withStore));
    app.route('/v1/stats', statsRoutes(withStore));
    app.route('/v1/admin', adminRoutes(withStore));
    if (deps.corrections)
      app.route('/v1/corrections', correctionRoutes({ ...withStore, corrections: deps.corrections }));
  }

  app.notFound((c) =>
    sendProblem(c, problem(404, 'Dit adres bestaat niet in de API. Zie /api/docs voor wat er wel is.')),
  );
  app.onError((error, c) => {
    // requestLog runs first and always sets it; a fresh id keeps log and answer together regardless.
    const requestId = c.get('requestId') ?? requestIdFrom(undefined);
    const unavailable = isStorageUnavailable(error);
    // Never the message (it may quote input) nor the path (/v1/admin/kvk/{kvk} holds a KVK number):
    // the kind of error, its code, the route pattern and the id the caller was given.
    console.error(
      JSON.stringify({
        level: 'error',
        msg: unavailable ? 'storage unavailable' : 'unhandled',
        name: error.name,
        code: errorCode(error) ?? null,
        method: c.req.method,
        route: routePattern(c),
        request_id: requestId,
      }),
    );
    const quote = `Noem bij een vraag hierover dit nummer: ${requestId}.`;
    if (unavailable) {
      c.header('Retry-After', String(STORAGE_RETRY_AFTER_SECONDS));
      return sendProblem(
        c,
        problem(
          503,
          `De opslag is even niet bereikbaar. Probeer het over een paar seconden opnieuw. ${quote}`,
          {
            slug: 'opslag-niet-bereikbaar',
            request_id: requestId,
          },
        ),
      );
    }
    return sendProblem(
      c,
      problem(500, `Er ging iets mis aan onze kant. Probeer het later opnieuw. ${quote}`, {
        request_id: requestId,
      }),
    );
  });
  return app;
}
