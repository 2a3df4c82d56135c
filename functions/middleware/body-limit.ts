/**
 * One body limit for the whole API: a larger body is refused with 413 problem+json before it is
 * read whole (hono/body-limit checks Content-Length and also counts a body sent without one).
 * Routes may set a smaller limit of their own.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problem, sendProblem } from '../problem.ts';

/** The largest body any API operation takes: a referral is a few hundred bytes. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

export function apiBodyLimit(maxBytes: number = DEFAULT_MAX_BODY_BYTES): MiddlewareHandler {
  const kb = Math.max(1, Math.floor(maxBytes / 1024));
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      sendProblem(c, problem(413, `Het verzoek is te groot: hoogstens ${kb} KB.`, { slug: 'te-groot' })),
  });
}
