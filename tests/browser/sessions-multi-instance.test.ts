/**
 * More than one machine, for the site: two `--site` instances (`npm run serve`, each on its own
 * port) on one PostgreSQL database, as behind a load balancer. A web session started at /inloggen on
 * one is the same session on the other, a logout on either ends it on both, and the site's forms
 * share one rate limit across both. Plain HTTP with the cookies and form fields a browser would
 * send; it runs with the browser tests because it needs the built site (SITE_ENTRY, default
 * dist/server/entry.mjs). Needs TEST_DATABASE_URL (`eval "$(bash scripts/ci-postgres.sh)"`);
 * skipped with a notice otherwise.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPostgresStore } from '../../functions/storage/postgres.ts';
import { SESSION_COOKIE } from '../../src/lib/session.ts';
import { CSRF_FIELD, LOGIN_COOKIE } from '../../src/lib/csrf.ts';
import {
  TEST_DATABASE_URL,
  freshPostgresDatabase,
  startServer,
  type RunningServer,
} from '../helpers/referrals.ts';

/** Site form POSTs per address per window, on both instances together. */
const PUBLIC_LIMIT = 4;
const ORG = 'Testwerkplaats Sessies Synthetisch';

if (!TEST_DATABASE_URL) {
  console.warn(
    'Sessies over meerdere instanties overgeslagen: TEST_DATABASE_URL is niet gezet. Start PostgreSQL met: eval "$(bash scripts/ci-postgres.sh)"',
  );
}

/** The value a response sets for `name`: a string, null when it deletes the cookie, undefined when it does not set it. */
function setCookie(res: Response, name: string): string | null | undefined {
  for (const line of res.headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    if (pair.slice(0, eq) !== name) continue;
    const value = decodeURIComponent(pair.slice(eq + 1));
    const expired = attributes.some(
      (a) =>
        /^max-age=0$/i.test(a) ||
        (/^expires=/i.test(a) && Date.parse(a.slice('expires='.length)) <= Date.now()),
    );
    return expired || value === '' ? null : value;
  }
  return undefined;
}

/** The hidden CSRF field's value in a page's form. */
function csrfField(html: string, action: string): string {
  const form = new RegExp(`<form[^>]*action="${action}"[\\s\\S]*?</form>`).exec(html)?.[0] ?? '';
  const token = new RegExp(`name="${CSRF_FIELD}" value="([^"]+)"`).exec(form)?.[1];
  if (!token) throw new Error(`no ${CSRF_FIELD} field in the form to ${action}`);
  return token;
}

describe.skipIf(!TEST_DATABASE_URL)(
  'web sessions across two site instances on one PostgreSQL database',
  () => {
    let drop: () => Promise<void>;
    let a: RunningServer;
    let b: RunningServer;
    let key: string;

    beforeAll(async () => {
      const db = await freshPostgresDatabase(TEST_DATABASE_URL!);
      drop = db.drop;
      const env = {
        DATABASE_URL: db.url,
        RATE_LIMIT_PUBLIC: String(PUBLIC_LIMIT),
        RATE_LIMIT_WINDOW_SECONDS: '3600',
        // One proxy hop: each test speaks from its own address (X-Forwarded-For), so budgets do not mix.
        TRUSTED_PROXY: '1',
        LOG_REQUESTS: 'false',
      };
      [a, b] = await Promise.all([startServer(env, { site: true }), startServer(env, { site: true })]);
      const store = await createPostgresStore({ connectionString: db.url, max: 1 });
      key = (await store.createKey({ role: 'ontvanger', org: ORG, slug: 'digitale-werkplaats-twente' }))
        .secret;
      await store.close();
    }, 180_000);

    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await drop?.();
    });

    /** A request from `address` as the balancer forwards it, never following redirects. */
    const send = (
      server: RunningServer,
      path: string,
      address: string,
      init: { cookie?: string; form?: Record<string, string> } = {},
    ) =>
      fetch(`${server.url}${path}`, {
        method: init.form ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          'X-Forwarded-For': address,
          ...(init.cookie ? { Cookie: init.cookie } : {}),
          // What a browser sends with a form; Astro refuses a cross-origin POST.
          ...(init.form ? { Origin: server.url } : {}),
        },
        ...(init.form ? { body: new URLSearchParams(init.form) } : {}),
      });

    /** Logs in on `server`; returns the session cookie's value. */
    async function login(server: RunningServer, address: string): Promise<string> {
      const page = await send(server, '/inloggen', address);
      expect(page.status).toBe(200);
      const loginToken = setCookie(page, LOGIN_COOKIE);
      expect(loginToken).toEqual(expect.any(String));
      const res = await send(server, '/inloggen', address, {
        cookie: `${LOGIN_COOKIE}=${loginToken}`,
        form: { [CSRF_FIELD]: csrfField(await page.text(), '/inloggen'), terug: '', key },
      });
      expect(res.status, await res.clone().text()).toBe(303);
      expect(res.headers.get('location')).toBe('/inbox');
      const session = setCookie(res, SESSION_COOKIE);
      expect(session).toEqual(expect.any(String));
      return session!;
    }

    const expectSentToLogin = (res: Response) => {
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/inloggen?terug=%2Finbox');
    };

    test('a session started on A opens the inbox on B; logging out on B ends it on A', async () => {
      const address = '198.51.100.1';
      const cookie = `${SESSION_COOKIE}=${await login(a, address)}`;
      // The control: without the cookie B sends the visitor to the login page.
      expectSentToLogin(await send(b, '/inbox', address));

      const inbox = await send(b, '/inbox', address, { cookie });
      expect(inbox.status).toBe(200);
      const html = await inbox.text();
      expect(html).toContain(`Ingelogd als ${ORG}`);
      expect((await send(a, '/inbox', address, { cookie })).status).toBe(200);

      const logout = await send(b, '/uitloggen', address, {
        cookie,
        form: { [CSRF_FIELD]: csrfField(html, '/uitloggen') },
      });
      expect(logout.status).toBe(303);
      expect(logout.headers.get('location')).toBe('/inloggen?uitgelogd');
      expect(setCookie(logout, SESSION_COOKIE)).toBeNull();

      // A browser would have dropped the cookie; one that kept it is refused on both all the same.
      expectSentToLogin(await send(a, '/inbox', address, { cookie }));
      expectSentToLogin(await send(b, '/inbox', address, { cookie }));
    });

    test(`an address gets ${PUBLIC_LIMIT} form POSTs in total across both`, async () => {
      const address = '198.51.100.2';
      // A login without its token: refused (403), and counted like any form POST.
      const post = (server: RunningServer) => send(server, '/inloggen', address, { form: { key: 'x' } });
      const statuses: number[] = [];
      for (let i = 0; i < PUBLIC_LIMIT; i++) statuses.push((await post(i % 2 === 0 ? a : b)).status);
      expect(statuses).toEqual(Array<number>(PUBLIC_LIMIT).fill(403));
      for (const server of [a, b]) {
        const res = await post(server);
        expect(res.status).toBe(429);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      // Another address is not affected.
      expect((await send(a, '/inloggen', '198.51.100.3', { form: { key: 'x' } })).status).toBe(403);
    });
  },
);
