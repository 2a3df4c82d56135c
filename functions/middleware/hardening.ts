/**
 * Everything createApp puts in front of the routes, in this order: request id and log line,
 * security headers, rate limits (before a body is read), the body limit. server.ts chooses the
 * options from the environment; tests pass tiny limits or their own store.
 */
import type { Hono } from 'hono';
import {
  DEFAULT_RATE_LIMITS,
  createMemoryRateLimitStore,
  rateLimit,
  type RateLimitOptions,
} from '../rate-limit.ts';
import type { ReadyCheck } from '../routes/ready.ts';
import { DEFAULT_MAX_BODY_BYTES, apiBodyLimit } from './body-limit.ts';
import { requestLog, type RequestLogger } from './request-log.ts';
import { apiSecurityHeaders } from './security-headers.ts';

export interface HardeningOptions {
  /**
   * How many proxies in front of us write X-Forwarded-For and X-Forwarded-Proto (TRUSTED_PROXY);
   * 0 (the default) believes neither header.
   */
  trustProxy?: number;
  /** Limits and the store they are counted in; in-process DEFAULT_RATE_LIMITS when absent; false: none. */
  rateLimit?: RateLimitOptions | false;
  /** The largest request body under /api, in bytes (default 16 KB). */
  maxBodyBytes?: number;
  /** Receives one line per request; nothing is logged when absent. */
  log?: RequestLogger;
}

/** Installs the middleware on `app` (call before any route); returns the readiness checks it adds. */
export function harden(app: Hono, options: HardeningOptions = {}): ReadyCheck[] {
  const trustProxy = options.trustProxy ?? 0;
  const limits =
    options.rateLimit === false
      ? undefined
      : (options.rateLimit ?? { ...DEFAULT_RATE_LIMITS, store: createMemoryRateLimitStore() });
  app.use('*', requestLog(options.log));
  app.use('*', apiSecurityHeaders({ trustProxy }));
  if (limits) app.use('*', rateLimit({ ...limits, trustProxy }));
  app.use('*', apiBodyLimit(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));
  // An in-process store is as available as the process; a shared one must answer.
  return limits && limits.store.kind !== 'memory'
    ? [{ name: 'rate-limit-store', run: () => limits.store.ping() }]
    : [];
}
