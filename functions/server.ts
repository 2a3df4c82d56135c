/**
 * The standalone API (for deployments that scale the API apart from the static site).
 * The only file that reads the environment.
 */
import { serve } from '@hono/node-server';
import { z } from 'zod';
import { formatProblems, loadDirectory } from '../content/load.ts';
import { createApp } from './app.ts';
import { loadPostcodes } from './data.ts';

const env = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(8787),
    HOST: z.string().default('127.0.0.1'),
  })
  .parse(process.env);

const result = loadDirectory();
if (!result.ok) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}

const app = createApp({ directory: result.initiatives, postcodes: loadPostcodes() });
serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  console.log(JSON.stringify({ level: 'info', msg: 'api listening', port: info.port }));
});
