import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createPostgresStore } from '../../functions/storage/postgres.ts';
import { createPostgresSessionStore } from '../../functions/storage/sessions-postgres.ts';
import { createSqliteSessionStore } from '../../functions/storage/sessions-sqlite.ts';
import { SESSION_TTL_MS, hashSessionId, type SessionStore } from '../../functions/storage/sessions.ts';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import type { ReferralStore } from '../../functions/storage/types.ts';
import { afterLoginPath, loginPath, sessionCookieOptions, startPath } from '../../src/lib/session.ts';

describe('session cookie and start pages', () => {
  test.each([
    ['http://localhost:4321/inloggen', false],
    ['https://loket.example/inloggen', true],
  ])('the cookie for %s is HttpOnly, SameSite=Lax, Path=/ and Secure only over HTTPS (%s)', (url, secure) => {
    expect(sessionCookieOptions(new URL(url))).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      maxAge: SESSION_TTL_MS / 1000,
    });
  });

  test.each([
    ['intermediair', '/doorverwijzen'],
    ['ontvanger', '/inbox'],
    ['provincie', '/monitor'],
    ['admin', '/monitor'],
  ] as const)('a %s starts at %s', (role, path) => {
    expect(startPath(role)).toBe(path);
  });

  const id = '0b7e2c55-1f1a-4c1e-9a55-3f6f1d2b9c10';
  test.each([
    ['intermediair', '/mijn-doorverwijzingen', '/mijn-doorverwijzingen'],
    ['intermediair', `/doorverwijzingen/${id}`, `/doorverwijzingen/${id}`],
    ['intermediair', '/inbox', '/doorverwijzen'],
    ['ontvanger', '/inbox', '/inbox'],
    ['ontvanger', '/doorverwijzen', '/inbox'],
    ['ontvanger', '//evil.example/inbox', '/inbox'],
    ['ontvanger', 'https://evil.example/', '/inbox'],
    ['intermediair', null, '/doorverwijzen'],
    ['intermediair', `/doorverwijzingen/${id}/nulmeting`, `/doorverwijzingen/${id}/nulmeting`],
    ['intermediair', '/monitor', '/doorverwijzen'],
    ['ontvanger', '/monitor', '/monitor'],
    ['ontvanger', `/doorverwijzingen/${id}/nulmeting`, `/doorverwijzingen/${id}/nulmeting`],
    ['provincie', '/monitor', '/monitor'],
    ['provincie', '/inbox', '/monitor'],
    ['admin', '/inbox', '/monitor'],
    ['admin', '/monitor?scope=landelijk', '/monitor'],
  ] as const)('a %s asking to return to %s goes to %s', (role, terug, expected) => {
    expect(afterLoginPath(role, terug)).toBe(expected);
  });

  test('the login link carries the page to return to', () => {
    expect(loginPath('/doorverwijzingen/abc')).toBe('/inloggen?terug=%2Fdoorverwijzingen%2Fabc');
  });
});

// The session store contract, on SQLite always and on PostgreSQL when TEST_DATABASE_URL is set.
const dir = mkdtempSync(join(tmpdir(), 'loket-sessions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Open = (now: () => Date) => Promise<{ store: ReferralStore; sessions: SessionStore }>;
const implementations: Array<[string, Open]> = [
  [
    'sqlite',
    async (now) => {
      const path = join(dir, `s-${Math.random().toString(36).slice(2)}.sqlite`);
      const store = await createSqliteStore({ path });
      return { store, sessions: await createSqliteSessionStore({ path, now }) };
    },
  ],
];
const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) {
  implementations.push([
    'postgres',
    async (now) => {
      const store = await createPostgresStore({ connectionString: pgUrl });
      return { store, sessions: await createPostgresSessionStore({ connectionString: pgUrl, now }) };
    },
  ]);
}

describe.each(implementations)('SessionStore on %s', (_name, open) => {
  let clock = new Date('2026-11-27T09:00:00Z');
  const now = () => clock;

  test('a session finds its key, keeps its CSRF token, expires after 8 hours and ends on logout', async () => {
    const { store, sessions } = await open(now);
    try {
      const { key } = await store.createKey({
        role: 'ontvanger',
        org: 'Testwerkplaats',
        slug: 'testwerkplaats',
      });
      const { id, session } = await sessions.create(key.id);
      expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(hashSessionId(id)).not.toBe(id);

      const found = await sessions.find(id);
      expect(found?.key).toMatchObject({ id: key.id, role: 'ontvanger', slug: 'testwerkplaats' });
      expect(found?.csrfToken).toBe(session.csrfToken);
      expect(await sessions.find(id.slice(0, -1) + (id.endsWith('A') ? 'B' : 'A'))).toBeNull();
      expect(await sessions.find('not a session id')).toBeNull();

      clock = new Date(clock.getTime() + SESSION_TTL_MS - 1000);
      expect(await sessions.find(id)).not.toBeNull();
      clock = new Date(clock.getTime() + 2000);
      expect(await sessions.find(id)).toBeNull();
      expect(await sessions.deleteExpired()).toBeGreaterThanOrEqual(1);

      const second = await sessions.create(key.id);
      expect(await sessions.find(second.id)).not.toBeNull();
      await sessions.delete(second.id);
      expect(await sessions.find(second.id)).toBeNull();
    } finally {
      await sessions.close();
      await store.close();
    }
  });

  test('revoking the key ends its sessions', async () => {
    const { store, sessions } = await open(now);
    try {
      const { key } = await store.createKey({ role: 'intermediair', org: 'Testbank' });
      const { id } = await sessions.create(key.id);
      expect(await sessions.find(id)).not.toBeNull();
      await store.revokeKey(key.id);
      expect(await sessions.find(id)).toBeNull();
    } finally {
      await sessions.close();
      await store.close();
    }
  });
});
