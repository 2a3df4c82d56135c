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
import { createHash } from 'node:crypto';
import { nodeResponse } from './middleware/security-headers.ts';

/** Seconds a response may be reused without asking; the content changes only with a deploy. */
export const PUBLIC_MAX_AGE = 300;

/** CORS for every answer of the open directory, errors included: anyone may read it. */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag,Last-Modified',
};
/** A preflight may ask to read with a validator, for a day. */
const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Methods': 'GET,HEAD,OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match',
  'Access-Control-Max-Age': '86400',
};

/**
 * Sets headers before the handler answers: on the Node response when there is one (cheapest),
 * else as Hono's prepared headers. Never after the answer exists: Hono would copy the response,
 * body and all, to add a header to it.
 */
function presetHeaders(c: Context, headers: Readonly<Record<string, string>>): void {
  const node = nodeResponse(c);
  for (const [name, value] of Object.entries(headers)) {
    if (node) node.setHeader(name, value);
    else c.header(name, value);
  }
}

/**
 * CORS for a public read-only sub-app: `app.use('*', publicRead())`. Its handlers answer with
 * cachedJson/cachedBody, which add the ETag and Cache-Control.
 */
export function publicRead(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { ...CORS_HEADERS, ...PREFLIGHT_HEADERS });
    presetHeaders(c, CORS_HEADERS);
    await next();
  };
}

/** Whether an If-None-Match header names `tag` (or is "*"); weak validators compare too. */
function matchesTag(ifNoneMatch: string, tag: string): boolean {
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === tag || t === '*');
}

/**
 * Answers with `text`, a strong ETag over it and Cache-Control, or 304 when the client has that
 * version (the headers set so far, such as Last-Modified and CORS, go with either). The ETag is
 * a hash of the text the handler already has, so no response is cloned or read back for it.
 * `cacheControl`: public for PUBLIC_MAX_AGE seconds unless the caller says otherwise.
 */
export function cachedBody(
  c: Context,
  text: string,
  contentType: string,
  cacheControl = `public, max-age=${PUBLIC_MAX_AGE}`,
): Response {
  const tag = `"${createHash('sha1').update(text).digest('hex')}"`;
  presetHeaders(c, { ETag: tag, 'Cache-Control': cacheControl });
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch && matchesTag(ifNoneMatch, tag)) return c.body(null, 304);
  return c.body(text, 200, { 'Content-Type': contentType });
}

/** cachedBody for a JSON value. */
export function cachedJson(c: Context, value: unknown, cacheControl?: string): Response {
  return cachedBody(c, JSON.stringify(value), 'application/json', cacheControl);
}

/** Sets Last-Modified from an ISO date (JJJJ-MM-DD), the newest of `dates`; nothing when empty. */
export function setLastModified(c: Context, dates: Iterable<string>): void {
  let newest: string | undefined;
  for (const d of dates) if (newest === undefined || d > newest) newest = d;
  if (newest) c.header('Last-Modified', new Date(`${newest}T00:00:00Z`).toUTCString());
}
