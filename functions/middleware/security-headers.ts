/**
 * Security headers for every response: the site's pages and files (set by functions/site-server.ts,
 * which serves the built site) and the API (set by createApp, so the standalone API has them too).
 * One function decides them from the path, so both servers answer alike.
 *
 * The Content-Security-Policy per kind of path:
 * - the site: scripts only from our own origin (Astro emits every script as a file, see
 *   astro.config.mjs), plus 'wasm-unsafe-eval' for Pagefind's WebAssembly on /zoeken (it allows
 *   compiling WebAssembly, not evaluating JavaScript; one site policy keeps CDN rules simple).
 *   Styles allow 'unsafe-inline' because Astro inlines every stylesheet (build.inlineStylesheets
 *   'always') into a <style> whose hash changes with each CSS edit; injected CSS cannot run code,
 *   and the HTML injection it would need is what the script policy is for. Images from 'self', data: (Leaflet)
 *   and the tile host of PUBLIC_TILE_URL; fetches only to 'self' (/api, /geo, /pagefind).
 * - /beheer/ (Decap CMS): Decap needs eval (its config validation compiles functions), injects
 *   styles, loads avatars and talks to the git host and to its local backend; one known inline
 *   script is allowed by hash. Still no framing and no plugins.
 * - /api: nothing may load at all, except the inline styles of the readable reference (/api/docs).
 * Only FRAMEABLE_PATHS may be shown in a frame on another site; everything else: frame-ancestors 'none'.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';

/** The pages other websites may put in an iframe (the embeddable finder, see /embed). */
export const FRAMEABLE_PATHS: readonly string[] = ['/embed/vinder'];

/** One year: the usual HSTS lifetime. No includeSubDomains: the parent domain's other hosts are not ours. */
const HSTS = 'max-age=31536000';

/**
 * The inline script of the editor pages (src/pages/beheer/[curator]/index.astro, `is:inline`),
 * exactly as Astro writes it. tests/security-headers.test.ts recomputes it from that file.
 */
export const EDITOR_INLINE_SCRIPT_HASH = "'sha256-piQmbA2NkUUMqrVMMUZaZg30C7jVAu0XSCB4puvq9Q0='";

/** Decap's local backend (decap-server), which the editor config always allows (`local_backend`). */
const DECAP_LOCAL_BACKEND = 'http://localhost:8081';

export interface SecurityHeaderOptions {
  /** PUBLIC_TILE_URL (a Leaflet URL template); its host may serve map images. */
  tileUrl?: string | undefined;
}

type Directives = Record<string, readonly string[]>;

const serialise = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, values]) => (values.length > 0 ? `${name} ${values.join(' ')}` : name))
    .join('; ');

/**
 * The CSP host source of a Leaflet tile URL template: `https://{s}.tile.example.org/{z}/{x}/{y}.png`
 * → `https://*.tile.example.org`. A template in a deeper label widens it to that label's parent.
 * undefined when the URL is not http(s).
 */
export function tileSource(tileUrl: string | undefined): string | undefined {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(tileUrl?.trim() ?? '');
  if (!match) return undefined;
  const [, scheme, host] = match as unknown as [string, string, string];
  const labels = host.toLowerCase().split('.');
  const last = labels.findLastIndex((label) => label.includes('{'));
  if (last === -1) return `${scheme}://${host.toLowerCase()}`;
  const rest = labels.slice(last + 1);
  // A wildcard needs a fixed parent: `{s}.example.org` is fine, a bare `{s}` host is not.
  return rest.length >= 2 ? `${scheme}://*.${rest.join('.')}` : undefined;
}

const isUnder = (pathname: string, prefix: string) =>
  pathname === prefix || pathname.startsWith(`${prefix}/`);

/** Whether another site may frame this path. */
export function isFrameable(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return FRAMEABLE_PATHS.includes(path);
}

/** The Content-Security-Policy for a path. */
export function contentSecurityPolicy(
  pathname: string,
  options: SecurityHeaderOptions & { tls?: boolean } = {},
): string {
  const ancestors = isFrameable(pathname) ? ['*'] : ["'none'"];
  const common: Directives = {
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'frame-ancestors': ancestors,
    // Only meaningful (and only safe) when the page itself came over TLS.
    ...(options.tls ? { 'upgrade-insecure-requests': [] } : {}),
  };
  if (isUnder(pathname, '/api')) {
    return serialise({
      'default-src': ["'none'"],
      'style-src': ["'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'form-action': ["'none'"],
      ...common,
      'base-uri': ["'none'"],
    });
  }
  if (isUnder(pathname, '/beheer')) {
    return serialise({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'unsafe-eval'", EDITOR_INLINE_SCRIPT_HASH],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:', 'https:'],
      'media-src': ["'self'", 'data:', 'blob:', 'https:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", DECAP_LOCAL_BACKEND, 'https:'],
      'worker-src': ["'self'", 'blob:'],
      'frame-src': ["'self'", 'https:'],
      'form-action': ["'self'"],
      ...common,
    });
  }
  const tiles = tileSource(options.tileUrl);
  return serialise({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', ...(tiles ? [tiles] : [])],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    // /embed shows a live preview of /embed/vinder.
    'frame-src': ["'self'"],
    'form-action': ["'self'"],
    ...common,
  });
}

const cache = new Map<string, Readonly<Record<string, string>>>();

/**
 * Every security header for a response to `pathname`. `tls`: the request reached us over HTTPS
 * (directly, or per X-Forwarded-Proto from a trusted proxy); HSTS is only sent then, because
 * browsers ignore it over plain HTTP and a local `http://` run must stay usable.
 */
export function securityHeaders(
  pathname: string,
  options: SecurityHeaderOptions & { tls: boolean },
): Readonly<Record<string, string>> {
  // Few distinct answers (kind of path × frameable × TLS × tile host): built once each.
  const kind = isUnder(pathname, '/api') ? '/api' : isUnder(pathname, '/beheer') ? '/beheer' : '/';
  const frameable = isFrameable(pathname);
  const key = `${kind}|${frameable}|${options.tls}|${options.tileUrl ?? ''}`;
  let headers = cache.get(key);
  if (!headers) {
    headers = Object.freeze(buildHeaders(frameable ? pathname : kind, frameable, options));
    if (cache.size < 64) cache.set(key, headers);
  }
  return headers;
}

function buildHeaders(
  pathname: string,
  frameable: boolean,
  options: SecurityHeaderOptions & { tls: boolean },
): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(pathname, options),
    'X-Content-Type-Options': 'nosniff',
    // Links to initiatives' own sites carry our origin only, never a path with a postcode.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // The finder may ask for the position (its "use my location" button); nothing else is used.
    'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
    // Decap's git-host login opens a popup that reports back through window.opener.
    'Cross-Origin-Opener-Policy': isUnder(pathname, '/beheer') ? 'same-origin-allow-popups' : 'same-origin',
    // For browsers without frame-ancestors; ALLOW-FROM cannot list "any site", so none for the embed.
    ...(frameable ? {} : { 'X-Frame-Options': 'DENY' }),
    ...(options.tls ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}

/** Whether a request came over TLS: the socket itself, or a trusted proxy's X-Forwarded-Proto. */
export function cameOverTls(
  encrypted: boolean,
  forwardedProto: string | undefined,
  trustProxy: number,
): boolean {
  if (encrypted) return true;
  if (trustProxy <= 0 || !forwardedProto) return false;
  // The proxy next to us writes (or appends) the scheme it was reached by: the last value is its own.
  return forwardedProto.split(',').at(-1)?.trim().toLowerCase() === 'https';
}

/** The Hono environment when running on @hono/node-server (absent under app.request() and Astro). */
export interface NodeBindings {
  incoming?: {
    socket?: { remoteAddress?: string | undefined; encrypted?: boolean };
    headers?: Record<string, string | string[] | undefined>;
  };
  outgoing?: object;
}

/**
 * The Node response when running on @hono/node-server: headers set there cost far less than on a
 * web Headers object. Undefined under app.request() and inside Astro.
 */
export function nodeResponse(c: Context): Pick<ServerResponse, 'setHeader'> | undefined {
  const outgoing = (c.env as NodeBindings | undefined)?.outgoing as Partial<ServerResponse> | undefined;
  return typeof outgoing?.setHeader === 'function' ? (outgoing as ServerResponse) : undefined;
}

/** Marks a Node response whose security headers its listener has set already. */
const SET_BY_LISTENER = Symbol('security headers set by the listener');

/**
 * Sets the security headers for `pathname` on a Node response before any handler runs: what the
 * servers in server.ts do for every request. res.setHeader is far cheaper than setting them one
 * by one on a web Headers object after the fact (apiSecurityHeaders, which then stands aside).
 */
export function setNodeSecurityHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  options: SecurityHeaderOptions & { trustProxy: number },
): void {
  const forwardedProto = req.headers['x-forwarded-proto'];
  const tls = cameOverTls(
    (req.socket as { encrypted?: boolean }).encrypted === true,
    Array.isArray(forwardedProto) ? forwardedProto.join(',') : forwardedProto,
    options.trustProxy,
  );
  for (const [name, value] of Object.entries(securityHeaders(pathname, { ...options, tls }))) {
    res.setHeader(name, value);
  }
  (res as unknown as Record<symbol, boolean>)[SET_BY_LISTENER] = true;
}

/**
 * Sets the security headers on every API response (the path decides the policy, see above),
 * unless the Node listener has set them already (setNodeSecurityHeaders): under app.request(),
 * inside the Astro server, or behind another listener.
 */
export function apiSecurityHeaders(
  options: SecurityHeaderOptions & { trustProxy: number },
): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const env = c.env as NodeBindings | undefined;
    if (env?.outgoing && SET_BY_LISTENER in env.outgoing) return;
    const socket = env?.incoming?.socket;
    const tls = cameOverTls(
      socket?.encrypted === true,
      c.req.header('x-forwarded-proto'),
      options.trustProxy,
    );
    for (const [name, value] of Object.entries(securityHeaders(c.req.path, { ...options, tls }))) {
      c.res.headers.set(name, value);
    }
  };
}
