/**
 * A request id on every response (X-Request-Id: the caller's when it is a sane token, else a new
 * one) and, when a logger is given, one JSON line per request. The line holds the method, the
 * route pattern (never the path: /v1/admin/kvk/{kvk} holds a KVK number), the status, the
 * duration and the request id: no query string, no body, no header, no address.
 */
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { nodeResponse } from './security-headers.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** This request's id (X-Request-Id), set by requestLog; app.ts's onError logs and returns it. */
    requestId: string;
  }
}

/** One request, as logged. */
export interface RequestLogLine {
  level: 'info';
  msg: 'request';
  method: string;
  /** The matched route pattern, e.g. /api/v1/referrals/:id; null when no route matched. */
  route: string | null;
  status: number;
  /** Milliseconds, to 0.1 ms. */
  ms: number;
  request_id: string;
}

/** Where log lines go (server.ts: stdout). */
export type RequestLogger = (line: RequestLogLine) => void;

/** What a caller may send as its own request id (a proxy's or a client's trace id). */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's request id when it is sane, else a new random one. */
export function requestIdFrom(header: string | undefined): string {
  return header !== undefined && SANE_ID.test(header) ? header : randomUUID();
}

/**
 * At most this many bytes per write: up to PIPE_BUF (4096 on Linux) a write to a pipe is atomic,
 * so the lines of several worker processes sharing one stdout never interleave. A line is ASCII
 * (route patterns, sane request ids), so characters are bytes.
 */
export const MAX_LOG_WRITE = 4000;

/**
 * A logger that writes JSON lines to `write`, gathered per turn of the event loop: one write (a
 * system call, on stdout) per turn instead of one per request, split at whole lines into writes of
 * at most MAX_LOG_WRITE bytes. What is pending is written before the process exits.
 */
export function batchedLogger(write: (text: string) => void): RequestLogger {
  let pending = '';
  const flush = () => {
    const text = pending;
    pending = '';
    if (text) write(text);
  };
  process.once('exit', flush);
  return (line) => {
    const text = `${JSON.stringify(line)}\n`;
    if (!pending) setImmediate(flush);
    else if (pending.length + text.length > MAX_LOG_WRITE) flush();
    pending += text;
  };
}

/** Writes each request as one JSON line on stdout (batched per turn, see batchedLogger). */
export const stdoutLogger: RequestLogger = batchedLogger((text) => process.stdout.write(text));

/** Elapsed milliseconds since `start` (performance.now()), to 0.1 ms. */
export const elapsed = (start: number) => Math.round((performance.now() - start) * 10) / 10;

/** The route pattern that answered, as logged: null when no route matched (a catch-all `*`). */
export function routePattern(c: Context): string | null {
  // The last matched entry is the handler that answered; a catch-all (*) means none did.
  const pattern = routePath(c, -1);
  return pattern === '' || pattern.endsWith('*') ? null : pattern;
}

export function requestLog(log?: RequestLogger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    const id = requestIdFrom(c.req.header('x-request-id'));
    c.set('requestId', id);
    await next();
    const node = nodeResponse(c);
    if (node) node.setHeader('X-Request-Id', id);
    else c.res.headers.set('X-Request-Id', id);
    if (!log) return;
    log({
      level: 'info',
      msg: 'request',
      method: c.req.method,
      route: routePattern(c),
      status: c.res.status,
      ms: elapsed(start),
      request_id: id,
    });
  };
}
