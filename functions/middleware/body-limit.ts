/**
 * One body limit for the whole API: a larger body is refused with 413 problem+json before it is
 * read whole. Routes may set a smaller limit of their own.
 *
 * A body with a Content-Length is judged by that header alone (Node's parser never delivers more
 * than it announces), so the body stays unread here and @hono/node-server can hand it to the
 * route from its fast path, without building a web Request and stream around it. A body without
 * one (chunked) is counted while it is read, by hono/body-limit.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problem, sendProblem } from '../problem.ts';

/** The largest body any API operation takes: a referral is a few hundred bytes. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The 413 answer for a body over `maxBytes`. */
export function tooLargeProblem(c: Context, maxBytes: number): Response {
  const kb = Math.max(1, Math.floor(maxBytes / 1024));
  return sendProblem(c, problem(413, `Het verzoek is te groot: hoogstens ${kb} KB.`, { slug: 'te-groot' }));
}

export function apiBodyLimit(maxBytes: number = DEFAULT_MAX_BODY_BYTES): MiddlewareHandler {
  const tooLarge = (c: Context) => tooLargeProblem(c, maxBytes);
  const counted = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    if (WITHOUT_BODY.has(c.req.method)) return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(length) > maxBytes ? tooLarge(c) : next();
    }
    return counted(c, next);
  };
}
