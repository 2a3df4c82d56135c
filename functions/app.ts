/**
 * createApp(deps) builds the whole API. It reads no environment: server.ts (standalone) and
 * src/pages/api/[...path].ts (inside the Astro server) pick the dependencies.
 */
import { Hono } from 'hono';
import type { Initiative } from '../content/schema.ts';
import type { PostcodeTable } from './core/postcode.ts';
import { problem, sendProblem } from './problem.ts';
import { healthRoutes } from './routes/health.ts';
import { werkplaatsenRoutes } from './routes/werkplaatsen.ts';

export interface AppDeps {
  /** The validated directory (content/), read once at start-up. */
  directory: readonly Initiative[];
  /** PC4 → centroid, gemeente, provincie (data/pc4.csv). */
  postcodes: PostcodeTable;
}

export function createApp(deps: AppDeps): Hono {
  void deps;
  const app = new Hono().basePath('/api');
  app.route('/v1/health', healthRoutes());
  app.route('/v1/werkplaatsen', werkplaatsenRoutes(deps));

  app.notFound((c) =>
    sendProblem(c, problem(404, 'Dit adres bestaat niet in de API. Zie /api/docs voor wat er wel is.')),
  );
  app.onError((error, c) => {
    // Never echo the message: it may contain input. Log the kind of error only.
    console.error(JSON.stringify({ level: 'error', msg: 'unhandled', name: error.name, path: c.req.path }));
    return sendProblem(c, problem(500, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.'));
  });
  return app;
}
