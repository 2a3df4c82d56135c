/**
 * Rate limits: fixed windows of `windowMs`, counted per bucket in a RateLimitStore: in-process
 * (createMemoryRateLimitStore, the default) or in PostgreSQL (rate-limit-postgres.ts), which several
 * instances share. Two kinds of bucket:
 *
 * - per client address, on the public POST endpoints (PUBLIC_POST_PATHS, and the site's own forms
 *   via functions/site-server.ts): one budget per address for everything that asks the router;
 * - per API key, on every other request that carries a well-formed key (valid or not: an unknown
 *   key costs a database lookup too).
 *
 * Over the limit: 429 problem+json with Retry-After. When the store fails the request goes through
 * (and the failure is logged): the limiter protects the service and must not become its outage.
 * Buckets are hashes, so neither addresses nor keys are kept in the store.
 */
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { addressBucket, clientAddress } from './middleware/client-address.ts';
import type { NodeBindings } from './middleware/security-headers.ts';
import { problem, sendProblem } from './problem.ts';
import { looksLikeSecret } from './storage/secrets.ts';

/** One counted request: how many the bucket has seen in its window, and when the window ends. */
export interface RateLimitHit {
  count: number;
  /** Epoch milliseconds. */
  resetAt: number;
}

export interface RateLimitStore {
  /** 'memory' or 'postgres', for logs and readiness. */
  readonly kind: 'memory' | 'postgres';
  /** Counts one request in `bucket`; a window starts at the first request after the last one ended. */
  hit(bucket: string, windowMs: number): Promise<RateLimitHit>;
  /** Resolves when the store can be used; rejects otherwise (for /api/v1/ready). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface RateLimits {
  /** Length of a window in milliseconds. */
  windowMs: number;
  /** Requests per window per client address on the public POST endpoints; 0 turns this off. */
  publicLimit: number;
  /** Requests per window per API key; 0 turns this off. */
  keyLimit: number;
}

/** Far above what a person or an integration does, far below what a flood needs. */
export const DEFAULT_RATE_LIMITS: RateLimits = { windowMs: 60_000, publicLimit: 600, keyLimit: 6000 };

export interface RateLimitOptions extends RateLimits {
  store: RateLimitStore;
}

/** The public POST endpoints, limited per client address. */
export const PUBLIC_POST_PATHS: readonly string[] = ['/api/v1/route', '/api/v1/corrections'];

// ---------------------------------------------------------------------------------------------

/** The in-process store: right for one instance; every instance counts on its own. */
export function createMemoryRateLimitStore(
  options: { now?: () => number; maxBuckets?: number } = {},
): RateLimitStore {
  const now = options.now ?? Date.now;
  const maxBuckets = options.maxBuckets ?? 100_000;
  const windows = new Map<string, RateLimitHit>();
  const sweep = (at: number) => {
    for (const [bucket, window] of windows) if (window.resetAt <= at) windows.delete(bucket);
    // Still full (a flood from many addresses): forget the oldest windows rather than grow.
    for (const bucket of windows.keys()) {
      if (windows.size < maxBuckets) break;
      windows.delete(bucket);
    }
  };
  return {
    kind: 'memory',
    async hit(bucket, windowMs) {
      const at = now();
      let window = windows.get(bucket);
      if (!window || window.resetAt <= at) {
        if (!window && windows.size >= maxBuckets) sweep(at);
        window = { count: 0, resetAt: at + windowMs };
        windows.set(bucket, window);
      }
      window.count += 1;
      return { ...window };
    },
    async ping() {},
    async close() {
      windows.clear();
    },
  };
}

// ---------------------------------------------------------------------------------------------

const BEARER = /^Bearer +(\S+) *$/i;

const digest = (kind: string, value: string) =>
  `${kind}:${createHash('sha256').update(`${kind}:${value}`).digest('base64url').slice(0, 22)}`;

/** The bucket of a client address (addresses of one IPv6 /64 share one). */
export function addressBucketKey(address: string | undefined): string {
  // No address (app.request() in tests, or the Astro dev server): one shared bucket.
  return digest('ip', address === undefined ? 'unknown' : addressBucket(address));
}

/** The bucket of an API key secret. */
export function keyBucketKey(secret: string): string {
  return digest('key', secret);
}

const normalisePath = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** Which bucket and limit a request counts against; null when it is not limited. */
export function bucketFor(
  request: { method: string; path: string; authorization: string | undefined; address: string | undefined },
  limits: RateLimits,
): { bucket: string; limit: number } | null {
  if (request.method === 'POST' && PUBLIC_POST_PATHS.includes(normalisePath(request.path))) {
    return limits.publicLimit > 0
      ? { bucket: addressBucketKey(request.address), limit: limits.publicLimit }
      : null;
  }
  const secret = request.authorization ? BEARER.exec(request.authorization)?.[1] : undefined;
  if (secret !== undefined && looksLikeSecret(secret) && limits.keyLimit > 0) {
    return { bucket: keyBucketKey(secret), limit: limits.keyLimit };
  }
  return null;
}

/** Counts a request; `retryAfter` (whole seconds) when it is over the limit. */
export async function checkLimit(
  options: RateLimitOptions,
  target: { bucket: string; limit: number },
  now: () => number = Date.now,
): Promise<{ allowed: true } | { allowed: false; retryAfter: number }> {
  let hit: RateLimitHit;
  try {
    hit = await options.store.hit(target.bucket, options.windowMs);
  } catch (error) {
    // Fail open: see the file comment. The bucket is not logged (it identifies a client).
    console.error(
      JSON.stringify({
        level: 'error',
        msg: 'rate limit store failed',
        store: options.store.kind,
        name: (error as Error)?.name,
      }),
    );
    return { allowed: true };
  }
  if (hit.count <= target.limit) return { allowed: true };
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((hit.resetAt - now()) / 1000)) };
}

/** The 429 answer, in Dutch, with Retry-After. */
export function tooManyRequests(c: Context, retryAfter: number): Response {
  c.header('Retry-After', String(retryAfter));
  return sendProblem(
    c,
    problem(
      429,
      `Er kwamen te veel verzoeken kort na elkaar. Probeer het over ${retryAfter} ${retryAfter === 1 ? 'seconde' : 'seconden'} opnieuw.`,
      { slug: 'te-veel-verzoeken' },
    ),
  );
}

/** The API's limiter (see the file comment). `trustProxy`: see middleware/client-address.ts. */
export function rateLimit(options: RateLimitOptions & { trustProxy: number }): MiddlewareHandler {
  return async (c, next) => {
    const target = bucketFor(
      {
        method: c.req.method,
        path: c.req.path,
        authorization: c.req.header('authorization'),
        address: clientAddress(
          (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress,
          c.req.header('x-forwarded-for'),
          options.trustProxy,
        ),
      },
      options,
    );
    if (target) {
      const verdict = await checkLimit(options, target);
      if (!verdict.allowed) return tooManyRequests(c, verdict.retryAfter);
    }
    await next();
  };
}
