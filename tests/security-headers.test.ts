/**
 * Safe answers from the site server and the API: the security headers per kind of path (policy
 * tables), on real HTTP responses of functions/site-server.ts (a static file, an on-demand page,
 * the API, the embed route), and the server's other defences: body limits, timeouts against slow
 * clients, request ids and log lines without personal data. The built site itself is checked in
 * Chromium by tests/browser/csp.test.ts (it needs `npm run build`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createApp } from '../functions/app.ts';
import { loadPostcodes } from '../functions/data.ts';
import {
  applyTimeouts,
  timeoutServerOptions,
  type HttpTimeouts,
} from '../functions/middleware/http-timeouts.ts';
import { MAX_LOG_WRITE, batchedLogger, type RequestLogLine } from '../functions/middleware/request-log.ts';
import {
  EDITOR_INLINE_SCRIPT_HASH,
  FRAMEABLE_PATHS,
  cameOverTls,
  contentSecurityPolicy,
  isFrameable,
  securityHeaders,
  tileSource,
} from '../functions/middleware/security-headers.ts';
import { createMemoryRateLimitStore } from '../functions/rate-limit.ts';
import { createSiteListener, type NodeHandler } from '../functions/site-server.ts';
import { createSqliteStore } from '../functions/storage/sqlite.ts';
import type { ReferralStore } from '../functions/storage/types.ts';
import { syntheticDirectory } from './helpers/referrals.ts';

/** The directives of a policy, by name. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('the policy per path', () => {
  test.each([
    ['/', "'none'"],
    ['/zoeken', "'none'"],
    ['/embed', "'none'"],
    ['/embed/vinder', '*'],
    ['/embed/vinder/', '*'],
    ['/embed/vinder-nep', "'none'"],
    ['/api/v1/health', "'none'"],
    ['/beheer/overijssel/', "'none'"],
  ])('%s may be framed by %s', (path, ancestors) => {
    expect(directives(contentSecurityPolicy(path))['frame-ancestors']).toEqual([ancestors]);
    expect('X-Frame-Options' in securityHeaders(path, { tls: false })).toBe(ancestors !== '*');
  });

  test('every frameable path is a page of the site, not the API or the editor', () => {
    for (const path of FRAMEABLE_PATHS) {
      expect(isFrameable(path)).toBe(true);
      expect(path).not.toMatch(/^\/(api|beheer)(\/|$)/);
    }
  });

  test.each(['/', '/werkplaatsen', '/zoeken', '/embed/vinder', '/initiatieven/x', '/geo/gemeenten.json'])(
    'the site policy of %s allows scripts from our origin only, and no plugins',
    (path) => {
      const d = directives(contentSecurityPolicy(path));
      expect(d['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(d['default-src']).toEqual(["'self'"]);
      expect(d['connect-src']).toEqual(["'self'"]);
      expect(d['object-src']).toEqual(["'none'"]);
      expect(d['form-action']).toEqual(["'self'"]);
    },
  );

  test.each(['/api/v1/route', '/api/docs', '/api'])(
    'the API policy of %s loads nothing but inline style',
    (path) => {
      const d = directives(contentSecurityPolicy(path));
      expect(d['default-src']).toEqual(["'none'"]);
      expect(d['script-src']).toBeUndefined();
      expect(d['style-src']).toEqual(["'unsafe-inline'"]);
    },
  );

  test('the editor may eval (Decap needs it) but runs only its own inline script', () => {
    const d = directives(contentSecurityPolicy('/beheer/overijssel/'));
    expect(d['script-src']).toEqual(["'self'", "'unsafe-eval'", EDITOR_INLINE_SCRIPT_HASH]);
    expect(d['script-src']).not.toContain("'unsafe-inline'");
  });

  test("the editor's inline script hash matches the page that has it", () => {
    const source = readFileSync('src/pages/beheer/[curator]/index.astro', 'utf8');
    const inline = [...source.matchAll(/<script is:inline>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    const hash = createHash('sha256').update(inline[0]!).digest('base64');
    expect(EDITOR_INLINE_SCRIPT_HASH).toBe(`'sha256-${hash}'`);
  });

  test.each([
    ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://*.tile.openstreetmap.org'],
    ['https://tiles.example.nl/{z}/{x}/{y}.png', 'https://tiles.example.nl'],
    [
      'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
      'https://service.pdok.nl',
    ],
    ['https://tile-{s}.example.org/{z}/{x}/{y}.png', 'https://*.example.org'],
    ['https://{s}/{z}.png', undefined],
    ['javascript:alert(1)', undefined],
    [undefined, undefined],
  ])('the tile URL %s allows images from %s', (url, source) => {
    expect(tileSource(url)).toBe(source);
    const img = directives(contentSecurityPolicy('/werkplaats-in-de-buurt', { tileUrl: url }))['img-src'];
    expect(img).toEqual(["'self'", 'data:', ...(source ? [source] : [])]);
  });

  test.each([
    [false, undefined, 0, false],
    [true, undefined, 0, true],
    [false, 'https', 0, false],
    [false, 'https', 1, true],
    [false, 'http', 1, false],
    [false, 'https, http', 1, false],
    [false, 'http, https', 1, true],
  ])(
    'encrypted socket %s with X-Forwarded-Proto %s and %i trusted proxies is TLS: %s',
    (encrypted, proto, trust, tls) => {
      expect(cameOverTls(encrypted, proto, trust)).toBe(tls);
      const headers = securityHeaders('/', { tls: cameOverTls(encrypted, proto, trust) });
      expect(headers['Strict-Transport-Security'] !== undefined).toBe(tls);
      expect(headers['Content-Security-Policy']!.includes('upgrade-insecure-requests')).toBe(tls);
    },
  );
});

// -----------------------------------------------------------------------------------------------
// The site server over real HTTP, with a stand-in for the Astro build (the real build: csp.test.ts).

/** Answers like the Astro build: a file for /style.css, a page for anything else, forms echoed. */
const astroStandIn: NodeHandler = (req: IncomingMessage, res: ServerResponse) => {
  if (req.url === '/style.css') {
    res.writeHead(200, {
      'Content-Type': 'text/css',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    res.end('body{}');
    return;
  }
  if (req.url?.startsWith('/bestaat-niet')) {
    res.writeHead(404, { 'Content-Type': 'text/html' });
    res.end('<p>404</p>');
    return;
  }
  let size = 0;
  req.on('data', (chunk: Buffer) => (size += chunk.length));
  req.on('end', () => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><p>${req.method} ${size}</p>`);
  });
};

interface Running {
  url: string;
  server: Server;
  lines: RequestLogLine[];
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}`;
}

let store: ReferralStore;
let adminKey: string;

async function startSite(
  options: { trustProxy?: number; publicLimit?: number; timeouts?: HttpTimeouts; tileUrl?: string } = {},
): Promise<Running> {
  const lines: RequestLogLine[] = [];
  const log = (line: RequestLogLine) => lines.push(line);
  const rateLimit = {
    windowMs: 60_000,
    publicLimit: options.publicLimit ?? 1000,
    keyLimit: 1000,
    store: createMemoryRateLimitStore(),
  };
  const trustProxy = options.trustProxy ?? 0;
  const api = createApp({
    directory: syntheticDirectory(),
    postcodes: loadPostcodes(),
    store,
    hardening: { trustProxy, rateLimit, log },
  });
  const timeouts = options.timeouts ?? {
    headersTimeoutMs: 10_000,
    requestTimeoutMs: 30_000,
    keepAliveTimeoutMs: 5_000,
    socketTimeoutMs: 60_000,
  };
  const listener = createSiteListener({
    api,
    astro: astroStandIn,
    trustProxy,
    rateLimit,
    log,
    tileUrl: options.tileUrl,
  });
  const server = createServer(timeoutServerOptions(timeouts), (req, res) => void listener(req, res));
  applyTimeouts(server, timeouts);
  const url = await listen(server);
  return {
    url,
    server,
    lines,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let site: Running;

beforeAll(async () => {
  store = await createSqliteStore({ path: ':memory:' });
  adminKey = (await store.createKey({ role: 'admin', org: 'Testbeheer' })).secret;
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
  await store?.close();
});

const BASE_HEADERS = [
  'x-content-type-options',
  'referrer-policy',
  'content-security-policy',
  'permissions-policy',
];

describe('the site server sets the headers on every response', () => {
  test.each([
    ['a static file', '/style.css', 'text/css', "frame-ancestors 'none'"],
    ['an on-demand page', '/zoeken?q=werkplaats', 'text/html', "frame-ancestors 'none'"],
    ['an error page', '/bestaat-niet', 'text/html', "frame-ancestors 'none'"],
    ['the embed route', '/embed/vinder?taal=nl', 'text/html', 'frame-ancestors *'],
    ['an API answer', '/api/v1/health', 'application/json', "frame-ancestors 'none'"],
    ['an API problem', '/api/v1/bestaat-niet', 'application/problem+json', "frame-ancestors 'none'"],
    ['the API reference', '/api/docs', 'text/html', "frame-ancestors 'none'"],
  ])('%s (%s)', async (_kind, path, type, ancestors) => {
    const res = await fetch(`${site.url}${path}`);
    await res.arrayBuffer();
    expect(res.headers.get('content-type')).toContain(type);
    for (const name of BASE_HEADERS) expect(res.headers.get(name), name).toBeTruthy();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('content-security-policy')).toContain(ancestors);
    expect(res.headers.get('x-frame-options')).toBe(ancestors === 'frame-ancestors *' ? null : 'DENY');
    // Plain HTTP without a trusted proxy: no HSTS.
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('the headers the page handler set itself stay (a file keeps its cache lifetime)', async () => {
    const res = await fetch(`${site.url}/style.css`);
    await res.arrayBuffer();
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  test('HSTS only behind a trusted proxy that says it was reached over https', async () => {
    const proxied = await startSite({ trustProxy: 1 });
    try {
      for (const path of ['/', '/api/v1/health']) {
        const viaTls = await fetch(`${proxied.url}${path}`, { headers: { 'X-Forwarded-Proto': 'https' } });
        expect(viaTls.headers.get('strict-transport-security')).toBe('max-age=31536000');
        const viaHttp = await fetch(`${proxied.url}${path}`, { headers: { 'X-Forwarded-Proto': 'http' } });
        expect(viaHttp.headers.get('strict-transport-security')).toBeNull();
      }
    } finally {
      await proxied.close();
    }
    // The same header from a client, without a trusted proxy, changes nothing.
    const spoofed = await fetch(`${site.url}/`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
  });

  test("the tile host of PUBLIC_TILE_URL may serve the map's images", async () => {
    const tiled = await startSite({ tileUrl: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png' });
    try {
      const res = await fetch(`${tiled.url}/werkplaats-in-de-buurt`);
      expect(res.headers.get('content-security-policy')).toContain(
        "img-src 'self' data: https://*.tile.openstreetmap.org",
      );
    } finally {
      await tiled.close();
    }
  });
});

describe('which handler answers', () => {
  /** A GET with the request target exactly as given (fetch would normalise it). */
  const rawGet = (path: string) =>
    new Promise<{ status: number; type: string; csp: string }>((resolve, reject) => {
      const { port } = new URL(site.url);
      request({ host: '127.0.0.1', port, path }, (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            csp: String(res.headers['content-security-policy']),
          }),
        );
      })
        .on('error', reject)
        .end();
    });

  test.each(['/api/v1/health', '/zoeken/../api/v1/health', '/%61pi/v1/health', '/api//v1/health'])(
    '%s is the API’s, with the API policy',
    async (path) => {
      const res = await rawGet(path);
      expect(res.type).not.toContain('text/html');
      expect(res.csp).toContain("default-src 'none'");
    },
  );

  test.each(['/zoeken', '/api/../zoeken', '/apiculture'])('%s is the site’s', async (path) => {
    const res = await rawGet(path);
    expect(res.type).toContain('text/html');
    expect(res.csp).toContain("script-src 'self'");
  });
});

describe('request ids and log lines', () => {
  test('a sane X-Request-Id is echoed and logged; anything else is replaced', async () => {
    const res = await fetch(`${site.url}/api/v1/health`, { headers: { 'X-Request-Id': 'lb-trace.42:a' } });
    expect(res.headers.get('x-request-id')).toBe('lb-trace.42:a');
    expect(site.lines.some((l) => l.request_id === 'lb-trace.42:a' && l.route === '/api/v1/health')).toBe(
      true,
    );
    const odd = await fetch(`${site.url}/`, { headers: { 'X-Request-Id': 'x'.repeat(200) } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('log lines hold the route pattern, never a query, a body or a KVK number from the path', async () => {
    const marker = 'Geheimbedrijf9876';
    await (await fetch(`${site.url}/zoeken?q=${marker}&postcode=7511AB`)).arrayBuffer();
    await (
      await fetch(`${site.url}/api/v1/route`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question: `Hoe verkoopt ${marker} online?`, postcode: '7511 AB' }),
      })
    ).arrayBuffer();
    await (
      await fetch(`${site.url}/api/v1/admin/kvk/98765432`, {
        headers: { Authorization: `Bearer ${adminKey}` },
      })
    ).arrayBuffer();
    await (await fetch(`${site.url}/bestaat-niet/${marker}`)).arrayBuffer();
    // A page's line is written when its response has finished, which the client may see first.
    await vi.waitFor(() => expect(site.lines.some((l) => l.status === 404 && l.route === null)).toBe(true));
    const text = site.lines.map((l) => JSON.stringify(l)).join('\n');
    expect(text).not.toContain(marker);
    expect(text).not.toContain('98765432');
    expect(text).not.toContain('7511');
    const routes = site.lines.map((l) => l.route);
    expect(routes).toContain('/zoeken');
    expect(routes).toContain('/api/v1/route');
    expect(routes).toContain('/api/v1/admin/kvk/:kvk');
    const notFound = site.lines.find((l) => l.status === 404 && l.method === 'GET' && l.route === null);
    expect(notFound).toBeDefined();
    for (const line of site.lines) {
      expect(Object.keys(line).sort()).toEqual([
        'level',
        'method',
        'ms',
        'msg',
        'request_id',
        'route',
        'status',
      ]);
    }
  });
});

describe('the log writer', () => {
  const line = (i: number): RequestLogLine => ({
    level: 'info',
    msg: 'request',
    method: 'POST',
    route: '/api/v1/route',
    status: 200,
    ms: i / 10,
    request_id: `synthetisch-${i}`,
  });
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

  test('the lines of one turn of the event loop go out in one write, in order, after the turn', async () => {
    const writes: string[] = [];
    const log = batchedLogger((text) => writes.push(text));
    log(line(1));
    log(line(2));
    log(line(3));
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toHaveLength(1);
    expect(writes[0]!.split('\n')).toEqual([...[1, 2, 3].map((i) => JSON.stringify(line(i))), '']);
    log(line(4));
    await nextTurn();
    expect(writes).toEqual([writes[0], `${JSON.stringify(line(4))}\n`]);
  });

  test('a busy turn is split at whole lines into writes a pipe takes at once (PIPE_BUF)', async () => {
    const writes: string[] = [];
    const log = batchedLogger((text) => writes.push(text));
    for (let i = 0; i < 200; i++) log(line(i));
    await nextTurn();
    expect(writes.length).toBeGreaterThan(1);
    for (const text of writes) {
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_LOG_WRITE);
      expect(MAX_LOG_WRITE).toBeLessThanOrEqual(4096);
      expect(text.endsWith('\n')).toBe(true);
    }
    const lines = writes.join('').split('\n').slice(0, -1);
    expect(lines.map((l) => (JSON.parse(l) as RequestLogLine).request_id)).toEqual(
      Array.from({ length: 200 }, (_, i) => `synthetisch-${i}`),
    );
  });
});

describe('the open directory over a real server', () => {
  // Its headers are set on the Node response (functions/http-cache.ts), which app.request() never uses.
  const nearest = '/api/v1/werkplaatsen/nearest?postcode=7511';

  test('CORS, ETag and Cache-Control on the answer; 304 for the same ETag keeps them', async () => {
    const first = await fetch(`${site.url}${nearest}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('access-control-expose-headers')).toBe('ETag,Last-Modified');
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^"[0-9a-f]{40}"$/);
    const again = await fetch(`${site.url}${nearest}`, { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(tag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=300');
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
  });

  test('an answer for a position is not cached by others; an error carries CORS but no caching', async () => {
    const byPosition = await fetch(`${site.url}/api/v1/werkplaatsen/nearest?lat=52.22&lon=6.89`);
    expect(byPosition.status).toBe(200);
    expect(byPosition.headers.get('cache-control')).toBe('private, no-store');
    const error = await fetch(`${site.url}/api/v1/werkplaatsen/nearest?postcode=12`);
    expect(error.status).toBe(400);
    expect(error.headers.get('access-control-allow-origin')).toBe('*');
    expect(error.headers.get('cache-control')).toBeNull();
    expect(error.headers.get('etag')).toBeNull();
  });

  test('a preflight is answered for reading only', async () => {
    const res = await fetch(`${site.url}/api/v1/initiatives`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS');
  });
});

describe('body limits', () => {
  const big = JSON.stringify({ question: 'x'.repeat(20 * 1024) });

  test.each(['/api/v1/route', '/api/v1/referrals', '/api/v1/werkplaatsen/nearest', '/api/v1/bestaat-niet'])(
    'a 20 KB body to %s is a 413 problem',
    async (path) => {
      const res = await fetch(`${site.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${adminKey}` },
        body: big,
      });
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(((await res.json()) as { status: number }).status).toBe(413);
    },
  );

  test('a body without Content-Length is counted too', async () => {
    const chunks = [
      new TextEncoder().encode(big.slice(0, 10_000)),
      new TextEncoder().encode(big.slice(10_000)),
    ];
    const res = await fetch(`${site.url}/api/v1/route`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  test('a site form may be 64 KB at most, with its length announced', async () => {
    const small = await fetch(`${site.url}/advies`, { method: 'POST', body: 'vraag=hallo' });
    expect(small.status).toBe(200);
    const large = await fetch(`${site.url}/advies`, {
      method: 'POST',
      body: 'vraag='.padEnd(70 * 1024, 'x'),
    });
    expect(large.status).toBe(413);
    const unannounced = await fetch(`${site.url}/advies`, {
      method: 'POST',
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('vraag=hallo'));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(unannounced.status).toBe(411);
  });
});

describe('rate limits on the site forms', () => {
  test("the site's form POSTs share the per-address budget of the public API", async () => {
    const limited = await startSite({ publicLimit: 2 });
    try {
      const post = (path: string) =>
        fetch(`${limited.url}${path}`, {
          method: 'POST',
          headers: {
            'Content-Type': path.startsWith('/api')
              ? 'application/json'
              : 'application/x-www-form-urlencoded',
          },
          body: path.startsWith('/api')
            ? JSON.stringify({ question: 'website laten maken' })
            : 'question=website',
        });
      expect((await post('/advies')).status).toBe(200);
      expect((await post('/api/v1/route')).status).toBe(200);
      const form = await post('/embed/vinder');
      expect(form.status).toBe(429);
      expect(Number(form.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(form.headers.get('content-security-policy')).toContain('frame-ancestors *');
      const api = await post('/api/v1/route');
      expect(api.status).toBe(429);
      expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      // Reading pages is not limited.
      expect((await fetch(`${limited.url}/advies`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

// -----------------------------------------------------------------------------------------------

/** Opens a raw socket, writes `data`, and resolves with what came back when the server closed it. */
function rawExchange(url: string, data: string): Promise<{ text: string; ms: number }> {
  const { port } = new URL(url);
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(data));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('close', () => resolve({ text, ms: Date.now() - start }));
    socket.on('error', reject);
  });
}

describe('slow clients', () => {
  let slow: Running;
  beforeAll(async () => {
    slow = await startSite({
      timeouts: {
        headersTimeoutMs: 300,
        requestTimeoutMs: 600,
        keepAliveTimeoutMs: 200,
        socketTimeoutMs: 5_000,
      },
    });
  });
  afterAll(() => slow.close());

  test('headers that never end are cut off with 408 (slowloris)', async () => {
    const { text, ms } = await rawExchange(slow.url, 'GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: a');
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(3000);
  });

  test('a body that never arrives is cut off with 408', async () => {
    const { text, ms } = await rawExchange(
      slow.url,
      'POST /api/v1/route HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"quest',
    );
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(3000);
  });

  test('an idle kept-alive connection is closed after the keep-alive timeout', async () => {
    const { text, ms } = await rawExchange(
      slow.url,
      'GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n',
    );
    expect(text).toMatch(/^HTTP\/1\.1 200/);
    expect(ms).toBeLessThan(3000);
  });
});
