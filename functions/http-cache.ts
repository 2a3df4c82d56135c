/**
 * Headers for the public read endpoints (initiatives, HSDS): CORS open to every origin, a strong
 * ETag over the body (304 on a matching If-None-Match), Cache-Control, and a Last-Modified the
 * handler sets from the content. Only these sub-apps use it: referrals and other write or personal
 * endpoints stay same-origin.
 *
 * If-Modified-Since alone never gives a 304: Last-Modified comes from `last_checked`, a date an
 * editor sets, and a correction without a new check would otherwise stay invisible to pollers.
 * The ETag changes with every byte, so If-None-Match is the validator to use.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { createHash } from 'node:crypto';

/** Seconds a response may be reused without asking; the content changes only with a deploy. */
export const PUBLIC_MAX_AGE = 300;

/**
 * CORS and Cache-Control for a public read-only sub-app: `app.use('*', ...publicRead())`. Its
 * handlers answer with cachedJson/cachedBody, which add the ETag.
 */
export function publicRead(maxAge: number = PUBLIC_MAX_AGE): MiddlewareHandler[] {
  return [
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      allowHeaders: ['If-None-Match'],
      exposeHeaders: ['ETag', 'Last-Modified'],
      maxAge: 86_400,
    }),
    async (c, next) => {
      await next();
      // A 304 says how long the copy the client has stays fresh, as the 200 did.
      if ((c.res.ok || c.res.status === 304) && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
        c.header('Cache-Control', `public, max-age=${maxAge}`);
      }
    },
  ];
}

/** Whether an If-None-Match header names `tag` (or is "*"); weak validators compare too. */
function matchesTag(ifNoneMatch: string, tag: string): boolean {
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === tag || t === '*');
}

/**
 * Answers with `text` and a strong ETag over it, or 304 when the client has that version (the
 * headers set so far, such as Last-Modified and CORS, go with either). The ETag is a hash of the
 * text the handler already has, so no response is cloned or read back to compute it.
 */
export function cachedBody(c: Context, text: string, contentType: string): Response {
  const tag = `"${createHash('sha1').update(text).digest('hex')}"`;
  c.header('ETag', tag);
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch && matchesTag(ifNoneMatch, tag)) return c.body(null, 304);
  return c.body(text, 200, { 'Content-Type': contentType });
}

/** cachedBody for a JSON value. */
export function cachedJson(c: Context, value: unknown): Response {
  return cachedBody(c, JSON.stringify(value), 'application/json');
}

/** Sets Last-Modified from an ISO date (JJJJ-MM-DD), the newest of `dates`; nothing when empty. */
export function setLastModified(c: Context, dates: Iterable<string>): void {
  let newest: string | undefined;
  for (const d of dates) if (newest === undefined || d > newest) newest = d;
  if (newest) c.header('Last-Modified', new Date(`${newest}T00:00:00Z`).toUTCString());
}
