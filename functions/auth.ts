/**
 * API-key authentication: `Authorization: Bearer <key>`. A missing, malformed, unknown or revoked
 * key is a 401 problem; the key itself is never logged or echoed.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { problem, sendProblem } from './problem.ts';
import { looksLikeSecret } from './storage/secrets.ts';
import type { ApiKey, ReferralStore } from './storage/types.ts';

/** Hono environment of the authenticated sub-apps: `c.get('principal')` is the caller's key. */
export interface AuthEnv {
  Variables: { principal: ApiKey };
}

const BEARER = /^Bearer +(\S+) *$/i;

function unauthorized(c: Context, detail: string): Response {
  c.header('WWW-Authenticate', 'Bearer realm="loket"');
  return sendProblem(c, problem(401, detail, { slug: 'niet-ingelogd' }));
}

/** Rejects the request with 401 unless it carries a valid, unrevoked key. */
export function requireKey(store: ReferralStore): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined || header.trim() === '') {
      return unauthorized(c, 'Stuur je API-sleutel mee in de header Authorization: Bearer <sleutel>.');
    }
    const secret = BEARER.exec(header)?.[1];
    const key = secret !== undefined && looksLikeSecret(secret) ? await store.findKeyBySecret(secret) : null;
    if (!key) {
      return unauthorized(
        c,
        'Deze API-sleutel is onbekend of ingetrokken. Vraag een nieuwe sleutel aan bij de beheerder.',
      );
    }
    c.set('principal', key);
    await next();
  };
}

/** The same "does not exist" answer for things that are absent and things that are not yours. */
export function notFound(c: Context, detail = 'Dit bestaat niet, of je hebt er geen toegang toe.'): Response {
  return sendProblem(c, problem(404, detail, { slug: 'niet-gevonden' }));
}
