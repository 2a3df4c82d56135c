/**
 * "Meld een fout": the CorrectionStore contract (SQLite always; PostgreSQL when TEST_DATABASE_URL
 * is set) and /api/v1/corrections — stored for the initiative's curator, listed per province.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { InitiativeFileSchema, type Initiative } from '../../content/schema.ts';
import { createApp } from '../../functions/app.ts';
import { loadPostcodes } from '../../functions/data.ts';
import {
  CorrectionListSchema,
  CorrectionOutSchema,
  correctionScope,
} from '../../functions/routes/corrections.ts';
import { createPostgresCorrectionStore } from '../../functions/storage/corrections-postgres.ts';
import { createSqliteCorrectionStore } from '../../functions/storage/corrections-sqlite.ts';
import type { CorrectionStore, NewCorrection } from '../../functions/storage/corrections.ts';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import type { ApiKey, ReferralStore } from '../../functions/storage/types.ts';
import {
  TEST_DATABASE_URL,
  client,
  createKeyring,
  freshPostgresDatabase,
  postgresSkipNotice,
  type Keyring,
} from '../helpers/referrals.ts';

beforeAll(postgresSkipNotice);

/** Three synthetic initiatives, each curated by someone else. */
function initiative(slug: string, name: string, curated_by: string): Initiative {
  return {
    ...InitiativeFileSchema.parse({
      name,
      kind: 'werkplaats',
      summary: 'Synthetisch testinitiatief: bestaat alleen in de tests van de foutmeldingen.',
      themes: ['data'],
      werkgebied: curated_by === 'landelijk' ? { landelijk: true } : { provincies: [curated_by] },
      availability: { status: 'open' },
      curated_by,
      last_checked: '2026-11-01',
      checked_by: 'testteam',
      sources: [{ url: 'https://example.invalid/bron', supports: 'alles in deze test' }],
    }),
    slug,
    body: '',
  };
}
const DIRECTORY = [
  initiative('testwerkplaats-overijssel', 'Testwerkplaats Overijssel', 'Overijssel'),
  initiative('testwerkplaats-groningen', 'Testwerkplaats Groningen', 'Groningen'),
  initiative('testregeling-landelijk', 'Testregeling Landelijk', 'landelijk'),
];

function newCorrection(patch: Partial<NewCorrection> = {}): NewCorrection {
  return {
    slug: 'testwerkplaats-overijssel',
    initiativeName: 'Testwerkplaats Overijssel',
    curator: 'Overijssel',
    topic: 'contact-of-website',
    message: 'De website in de vermelding is verhuisd naar een nieuw adres.',
    ...patch,
  };
}

/** A clock that advances one second per reading. */
function steppingClock(start = '2026-11-27T09:00:00.000Z') {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

interface Implementation {
  name: string;
  open(): Promise<CorrectionStore>;
  reopen(): Promise<CorrectionStore>;
  cleanup(): Promise<void>;
}

function implementations(): Implementation[] {
  const opened: CorrectionStore[] = [];
  const dirs: string[] = [];
  const closeAll = () => Promise.all(opened.splice(0).map((s) => s.close()));
  const sqliteAt = async (dir: string) => {
    const store = await createSqliteCorrectionStore({
      path: join(dir, 'loket.sqlite'),
      now: steppingClock(),
    });
    opened.push(store);
    return store;
  };
  const list: Implementation[] = [
    {
      name: 'sqlite',
      open: () => {
        dirs.push(mkdtempSync(join(tmpdir(), 'loket-corrections-')));
        return sqliteAt(dirs.at(-1)!);
      },
      reopen: () => sqliteAt(dirs.at(-1)!),
      async cleanup() {
        await closeAll();
        for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
      },
    },
  ];
  if (TEST_DATABASE_URL) {
    const adminUrl = TEST_DATABASE_URL;
    const urls: string[] = [];
    const drops: Array<() => Promise<void>> = [];
    const postgresAt = async (url: string) => {
      const store = await createPostgresCorrectionStore({ connectionString: url, now: steppingClock() });
      opened.push(store);
      return store;
    };
    list.push({
      name: 'postgres',
      async open() {
        const db = await freshPostgresDatabase(adminUrl);
        drops.push(db.drop);
        urls.push(db.url);
        return postgresAt(db.url);
      },
      reopen: () => postgresAt(urls.at(-1)!),
      async cleanup() {
        await closeAll();
        for (const drop of drops.splice(0)) await drop();
      },
    });
  }
  return list;
}

describe.each(implementations())('CorrectionStore on $name', (impl) => {
  afterAll(() => impl.cleanup());

  test('stores a correction with an id and time, and lists it', async () => {
    const store = await impl.open();
    const stored = await store.create(newCorrection());
    expect(stored).toMatchObject({ ...newCorrection(), id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(Date.parse(stored.createdAt)).not.toBeNaN();
    expect(await store.list({ page: 1, perPage: 10 })).toEqual({ items: [stored], total: 1 });
  });

  test('lists one curator’s corrections only, newest first, in pages', async () => {
    const store = await impl.open();
    const first = await store.create(newCorrection({ message: 'Eerste melding over Overijssel.' }));
    await store.create(newCorrection({ slug: 'testwerkplaats-groningen', curator: 'Groningen' }));
    const third = await store.create(newCorrection({ message: 'Derde melding over Overijssel.' }));
    const page1 = await store.list({ curator: 'Overijssel', page: 1, perPage: 1 });
    expect(page1).toEqual({ items: [third], total: 2 });
    expect((await store.list({ curator: 'Overijssel', page: 2, perPage: 1 })).items).toEqual([first]);
    expect(
      (await store.list({ curator: 'Groningen', page: 1, perPage: 10 })).items.map((c) => c.curator),
    ).toEqual(['Groningen']);
    expect((await store.list({ curator: 'Zeeland', page: 1, perPage: 10 })).total).toBe(0);
  });

  test('keeps the text exactly as reported, markup included', async () => {
    const store = await impl.open();
    const message = '<script>alert("x")</script> & "quotes" — ’t klopt niet';
    await store.create(newCorrection({ message }));
    expect((await store.list({ page: 1, perPage: 1 })).items[0]?.message).toBe(message);
  });

  test('what was stored is still there after reopening (migrations run once)', async () => {
    const store = await impl.open();
    const stored = await store.create(newCorrection());
    await store.close();
    const again = await impl.reopen();
    expect((await again.list({ page: 1, perPage: 10 })).items).toEqual([stored]);
  });
});

describe('/api/v1/corrections', () => {
  let dir: string;
  let keyStore: ReferralStore;
  let corrections: CorrectionStore;
  let keys: Keyring;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'loket-corrections-api-'));
    keyStore = await createSqliteStore({ path: join(dir, 'loket.sqlite') });
    corrections = await createSqliteCorrectionStore({
      path: join(dir, 'loket.sqlite'),
      now: steppingClock(),
    });
    keys = await createKeyring(keyStore);
    api = client(
      createApp({ directory: DIRECTORY, postcodes: loadPostcodes(), store: keyStore, corrections }),
    );
    for (const [initiative, message] of [
      ['testwerkplaats-overijssel', 'Het telefoonnummer is veranderd.'],
      ['testwerkplaats-groningen', 'Deze werkplaats is verhuisd.'],
      ['testregeling-landelijk', 'De regeling is gesloten sinds oktober.'],
      ['testwerkplaats-overijssel', 'De intake is weer open na de zomer.'],
    ]) {
      const res = await api.post('/api/v1/corrections', undefined, { initiative, topic: 'anders', message });
      expect(res.status).toBe(201);
    }
  });
  afterAll(async () => {
    await corrections.close();
    await keyStore.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const list = async (key: string, query = '') => {
    const res = await api.get(`/api/v1/corrections${query}`, key);
    expect(res.status).toBe(200);
    return CorrectionListSchema.parse(await res.json());
  };

  describe('POST (public)', () => {
    test('stores the report for the curator of the initiative, without a key', async () => {
      const res = await api.post('/api/v1/corrections', undefined, {
        initiative: 'testwerkplaats-groningen',
        topic: 'contact-of-website',
        message: '  Het e-mailadres werkt niet meer.  ',
      });
      expect(res.status).toBe(201);
      const body = CorrectionOutSchema.parse(await res.json());
      expect(body).toMatchObject({
        initiative: { slug: 'testwerkplaats-groningen', name: 'Testwerkplaats Groningen' },
        curator: 'Groningen',
        topic: 'contact-of-website',
        message: 'Het e-mailadres werkt niet meer.',
      });
    });

    test('the reporter cannot choose who receives it', async () => {
      const res = await api.post('/api/v1/corrections', undefined, {
        initiative: 'testwerkplaats-groningen',
        topic: 'anders',
        message: 'Dit moet naar Overijssel gaan.',
        curator: 'Overijssel',
      });
      expect(res.status).toBe(400);
      expect((await res.json()).errors).toEqual([
        { pointer: '#/curator', detail: expect.stringMatching(/Onbekend veld/) },
      ]);
    });

    test.each([
      ['a message that is too short', { message: 'fout' }, '#/message', /minstens 10 tekens/],
      ['a message that is too long', { message: 'x'.repeat(2001) }, '#/message', /2000 tekens/],
      ['no topic', { topic: undefined }, '#/topic', /Kies waar de fout over gaat/],
      ['an unknown initiative', { initiative: 'bestaat-niet' }, '#/initiative', /bestaat niet/],
      ['an initiative that is no slug', { initiative: '../../etc' }, '#/initiative', /Kies het initiatief/],
    ])('refuses %s with a Dutch problem pointing at the field', async (_name, patch, pointer, detail) => {
      const res = await api.post('/api/v1/corrections', undefined, {
        initiative: 'testwerkplaats-overijssel',
        topic: 'anders',
        message: 'Een geldige melding van genoeg tekens.',
        ...patch,
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await res.json()) as { errors: Array<{ pointer: string; detail: string }> };
      expect(problem.errors).toHaveLength(1);
      expect(problem.errors[0]?.pointer).toBe(pointer);
      expect(problem.errors[0]?.detail).toMatch(detail);
    });

    test('refuses a body that is not JSON', async () => {
      const res = await api.post('/api/v1/corrections', undefined, undefined);
      expect([400, 415]).toContain(res.status);
    });
  });

  describe('GET (per province)', () => {
    test('needs a key', async () => {
      const res = await api.get('/api/v1/corrections');
      expect(res.status).toBe(401);
    });

    test('a province sees only the corrections of the initiatives it curates', async () => {
      const overijssel = await list(keys.provincie);
      expect(overijssel.total).toBe(2);
      expect(overijssel.items.map((c) => c.curator)).toEqual(['Overijssel', 'Overijssel']);
      // Newest first.
      expect(overijssel.items.map((c) => c.message)).toEqual([
        'De intake is weer open na de zomer.',
        'Het telefoonnummer is veranderd.',
      ]);
      const groningen = await list(keys.otherProvincie);
      expect(groningen.items.every((c) => c.curator === 'Groningen')).toBe(true);
      expect(groningen.items.map((c) => c.initiative.slug)).not.toContain('testwerkplaats-overijssel');
    });

    test('asking for another province’s corrections answers 404', async () => {
      expect((await api.get('/api/v1/corrections?curator=Groningen', keys.provincie)).status).toBe(404);
    });

    test('the admin sees all, or one curator', async () => {
      const all = await list(keys.admin);
      expect(new Set(all.items.map((c) => c.curator))).toEqual(
        new Set(['Overijssel', 'Groningen', 'landelijk']),
      );
      const national = await list(keys.admin, '?curator=landelijk');
      expect(national.items.map((c) => c.message)).toEqual(['De regeling is gesloten sinds oktober.']);
    });

    test.each([['intermediair'], ['ontvanger']] as const)('an %s key gets 404', async (role) => {
      expect((await api.get('/api/v1/corrections', keys[role])).status).toBe(404);
    });

    test('a bad query is a 400 with a Dutch message', async () => {
      const res = await api.get('/api/v1/corrections?per_page=1000', keys.admin);
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0]).toMatchObject({ pointer: '#/per_page' });
    });

    test('a stored <script> comes back as JSON text, never as markup', async () => {
      await api.post('/api/v1/corrections', undefined, {
        initiative: 'testwerkplaats-overijssel',
        topic: 'anders',
        message: '<script>alert(1)</script> klopt niet',
      });
      const res = await api.get('/api/v1/corrections', keys.provincie);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect((await list(keys.provincie)).items[0]?.message).toBe('<script>alert(1)</script> klopt niet');
    });
  });
});

describe('correctionScope', () => {
  const key = (patch: Partial<ApiKey>): ApiKey => ({
    id: 'k_000000000001',
    role: 'provincie',
    org: 'Test',
    slug: null,
    provincie: null,
    createdAt: '2026-11-27T00:00:00.000Z',
    revokedAt: null,
    ...patch,
  });
  test.each([
    [{ role: 'admin' as const }, 'all'],
    [{ provincie: 'Fryslân' }, 'Fryslân'],
    [{ provincie: 'landelijk' }, 'all'],
    [{ provincie: null }, null],
    [{ provincie: 'Friesland' }, null],
    [{ role: 'ontvanger' as const, provincie: 'Overijssel' }, null],
  ])('%j → %s', (patch, expected) => {
    expect(correctionScope(key(patch))).toBe(expected);
  });
});
