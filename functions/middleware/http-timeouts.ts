/**
 * Timeouts of the Node HTTP server, set on purpose rather than left to the defaults, so that slow
 * or idle clients cannot hold sockets for ever (slowloris: headers sent a byte at a time; slow
 * bodies; readers that never read the answer).
 */
import type { Server, ServerOptions } from 'node:http';

export interface HttpTimeouts {
  /** All request headers must have arrived within this time (else 408 and close). */
  headersTimeoutMs: number;
  /** The whole request, body included, must have arrived within this time (else 408 and close). */
  requestTimeoutMs: number;
  /**
   * An idle kept-alive connection is closed after this time. Behind a load balancer, set it above
   * the balancer's own idle timeout, or the balancer may send a request into a closing socket.
   */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic either way for this long is destroyed (a client that stopped reading). */
  socketTimeoutMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  socketTimeoutMs: 60_000,
};

/** Options for http.createServer (the two request timeouts are only checked this often). */
export function timeoutServerOptions(t: HttpTimeouts): ServerOptions {
  return {
    headersTimeout: t.headersTimeoutMs,
    requestTimeout: t.requestTimeoutMs,
    // Node checks both timeouts on this interval (default 30 s, which would double them).
    connectionsCheckingInterval: Math.min(1000, t.headersTimeoutMs),
  };
}

/** Sets the timeouts that are properties rather than createServer options. */
export function applyTimeouts(server: Server, t: HttpTimeouts): void {
  server.keepAliveTimeout = t.keepAliveTimeoutMs;
  // Without a 'timeout' listener Node destroys the socket when it fires.
  server.setTimeout(t.socketTimeoutMs);
}
