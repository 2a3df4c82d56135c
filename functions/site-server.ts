/**
 * The server for the built site and the API on one port (`npm start`, `npm run serve`; server.ts
 * with --site). Astro's own standalone server serves dist/client's files itself, where no Astro
 * middleware runs, so the headers every response needs are set here, in front of it:
 *
 * - every response gets the security headers of its path (middleware/security-headers.ts) and an
 *   X-Request-Id;
 * - /api goes straight to the Hono app, configured by server.ts exactly like the standalone API
 *   (src/pages/api/[...path].ts, which mounts the API inside Astro, then only serves `astro dev`);
 * - everything else goes to the Astro build's handler: a file from dist/client, else an on-demand
 *   page;
 * - the site's own forms (every POST to a page: the question box, the embedded finder, "meld een
 *   fout", the login) share the per-address rate limit of the public API endpoints, and their bodies
 *   must be announced (Content-Length) and small;
 * - one JSON log line per site request (the API logs its own): method, path only when the answer
 *   was not an error (an unknown path may be anything someone typed), status, time, request id.
 */
import { getRequestListener } from '@hono/node-server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addressBucketKey, checkLimit, type RateLimitOptions } from './rate-limit.ts';
import { clientAddress } from './middleware/client-address.ts';
import { elapsed, requestIdFrom, type RequestLogger } from './middleware/request-log.ts';
import { setNodeSecurityHeaders } from './middleware/security-headers.ts';

/** A Node request handler, as the Astro build exports it (`handler` of dist/server/entry.mjs). */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** The largest body a site form may send: the longest form (a question) is 2,000 characters. */
export const DEFAULT_MAX_FORM_BYTES = 64 * 1024;

export interface SiteServerOptions {
  /** The API: createApp(...). */
  api: { fetch: (request: Request, env: unknown) => Response | Promise<Response> };
  /** The built site: loadAstroHandler(). */
  astro: NodeHandler;
  /** See middleware/client-address.ts (TRUSTED_PROXY). */
  trustProxy: number;
  /** PUBLIC_TILE_URL: its host may serve map images (the same value the site was built with). */
  tileUrl?: string | undefined;
  /** The API's limits and store; the site's forms count against the public per-address limit. */
  rateLimit?: RateLimitOptions | false;
  maxFormBytes?: number;
  /** Site requests are logged with their path (never the query) as `route`, null for an error answer. */
  log?: RequestLogger | undefined;
}

/**
 * Loads the Astro build's request handler without starting Astro's own server.
 * `entry` is dist/server/entry.mjs (the Node adapter in standalone mode).
 */
export async function loadAstroHandler(entry: string): Promise<NodeHandler> {
  // The adapter's documented switch: importing the standalone entry would otherwise listen on its own.
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const module = (await import(pathToFileURL(resolve(entry)).href)) as { handler?: NodeHandler };
  if (typeof module.handler !== 'function') throw new Error(`${entry} exports no handler`);
  return module.handler;
}

/**
 * The path as the routers may see it (dot segments resolved, percent-escapes decoded, repeated
 * slashes collapsed), so that `/zoeken/../api/…` or `/%61pi/…` cannot slip past the decisions below.
 */
export function normalisedPath(url: string | undefined): string {
  // Appended to an origin, so that `//host/…` stays a path instead of naming a host.
  const pathname = new URL(`http://localhost${url?.startsWith('/') ? url : `/${url ?? ''}`}`).pathname;
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: the Astro handler answers 400.
  }
  return decoded.replace(/\/{2,}/g, '/');
}

const isApi = (pathname: string) => pathname === '/api' || pathname.startsWith('/api/');
const HAS_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function plain(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

/** The request listener of the site server. */
export function createSiteListener(
  options: SiteServerOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  // @hono/node-server's lighter Request and Response (the default; some 20% more throughput in
  // bench:load) replace the global ones, which the Astro build in this process then uses too.
  const api = getRequestListener(options.api.fetch, { overrideGlobalObjects: true });
  const maxFormBytes = options.maxFormBytes ?? DEFAULT_MAX_FORM_BYTES;
  const limits = options.rateLimit === false ? undefined : options.rateLimit;

  return async (req, res) => {
    const start = performance.now();
    const pathname = normalisedPath(req.url);
    setNodeSecurityHeaders(req, res, pathname, { trustProxy: options.trustProxy, tileUrl: options.tileUrl });
    // The API has its own request id and log line.
    if (isApi(pathname)) {
      await api(req, res);
      return;
    }
    const id = requestIdFrom(req.headers['x-request-id'] as string | undefined);
    res.setHeader('X-Request-Id', id);

    if (options.log) {
      const log = options.log;
      res.once('finish', () =>
        log({
          level: 'info',
          msg: 'request',
          method: req.method ?? '',
          route: res.statusCode < 400 ? pathname : null,
          status: res.statusCode,
          ms: elapsed(start),
          request_id: id,
        }),
      );
    }

    if (HAS_BODY.has(req.method ?? '')) {
      const length = req.headers['content-length'];
      if (length === undefined && req.headers['transfer-encoding'] !== undefined) {
        return plain(res, 411, 'Stuur de lengte van het formulier mee (Content-Length).', {
          Connection: 'close',
        });
      }
      if (Number(length ?? 0) > maxFormBytes) {
        return plain(res, 413, 'Het formulier is te groot.', { Connection: 'close' });
      }
    }
    if (req.method === 'POST' && limits && limits.publicLimit > 0) {
      const address = clientAddress(
        req.socket.remoteAddress,
        req.headers['x-forwarded-for'] as string | undefined,
        options.trustProxy,
      );
      const verdict = await checkLimit(limits, {
        bucket: addressBucketKey(address),
        limit: limits.publicLimit,
      });
      if (!verdict.allowed) {
        return plain(
          res,
          429,
          `Er kwamen te veel verzoeken kort na elkaar. Probeer het over ${verdict.retryAfter} seconden opnieuw.`,
          { 'Retry-After': String(verdict.retryAfter) },
        );
      }
    }

    try {
      await options.astro(req, res);
    } catch (error) {
      console.error(
        JSON.stringify({
          level: 'error',
          msg: 'site handler failed',
          name: (error as Error)?.name,
          request_id: id,
        }),
      );
      if (!res.headersSent) plain(res, 500, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
      else res.destroy();
    }
  };
}
