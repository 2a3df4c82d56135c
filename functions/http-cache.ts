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
import { RETAINED_304_HEADERS, etag } from 'hono/etag';

/** Seconds a response may be reused without asking; the content changes only with a deploy. */
export const PUBLIC_MAX_AGE = 300;

/** CORS, ETag and Cache-Control for a public read-only sub-app: `app.use('*', ...publicRead())`. */
export function publicRead(maxAge: number = PUBLIC_MAX_AGE): MiddlewareHandler[] {
  return [
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      allowHeaders: ['If-None-Match'],
      exposeHeaders: ['ETag', 'Last-Modified'],
      maxAge: 86_400,
    }),
    etag({
      // A 304 must still let the browser read it cross-origin, and tell when the data was checked.
      retainedHeaders: [
        ...RETAINED_304_HEADERS,
        'last-modified',
        'access-control-allow-origin',
        'access-control-expose-headers',
      ],
    }),
    async (c, next) => {
      await next();
      if (c.res.ok && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
        c.header('Cache-Control', `public, max-age=${maxAge}`);
      }
    },
  ];
}

/** Sets Last-Modified from an ISO date (JJJJ-MM-DD), the newest of `dates`; nothing when empty. */
export function setLastModified(c: Context, dates: Iterable<string>): void {
  let newest: string | undefined;
  for (const d of dates) if (newest === undefined || d > newest) newest = d;
  if (newest) c.header('Last-Modified', new Date(`${newest}T00:00:00Z`).toUTCString());
}
