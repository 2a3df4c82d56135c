/** What only the SQLite store promises: its file, its durability settings, no secrets on disk. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import { StoreEnvSchema } from '../../functions/storage/from-env.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'loket-sqlite-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('createSqliteStore', () => {
  test('creates missing folders and opens the file in WAL mode', async () => {
    const path = join(tempDir(), 'nested', 'deeper', 'loket.sqlite');
    const store = await createSqliteStore({ path });
    await store.createKey({ role: 'admin', org: 'Testbeheer' });
    const files = readdirSync(join(path, '..'));
    expect(files).toContain('loket.sqlite');
    expect(files).toContain('loket.sqlite-wal');
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
    db.close();
    await store.close();
  });

  test('the file holds the hash of a key, never the key itself', async () => {
    const path = join(tempDir(), 'loket.sqlite');
    const store = await createSqliteStore({ path });
    const { secret } = await store.createKey({ role: 'admin', org: 'Testbeheer' });
    await store.close();
    const bytes = ['', '-wal']
      .map((suffix) => {
        try {
          return readFileSync(path + suffix).toString('latin1');
        } catch {
          return '';
        }
      })
      .join('');
    expect(bytes).not.toContain(secret);
    expect(bytes).not.toContain(secret.slice('loket_'.length));
  });

  test('an in-memory store works for quick tests', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    const { secret } = await store.createKey({ role: 'admin', org: 'Testbeheer' });
    expect(await store.findKeyBySecret(secret)).not.toBeNull();
    await store.close();
  });
});

describe('StoreEnvSchema', () => {
  test.each([
    [{}, { SQLITE_PATH: 'data/loket.sqlite' }],
    [{ SQLITE_PATH: '/tmp/x.sqlite' }, { SQLITE_PATH: '/tmp/x.sqlite' }],
    [{ DATABASE_URL: '', SQLITE_PATH: '' }, { SQLITE_PATH: 'data/loket.sqlite' }],
    [
      { DATABASE_URL: 'postgres://u@h/db' },
      { DATABASE_URL: 'postgres://u@h/db', SQLITE_PATH: 'data/loket.sqlite' },
    ],
  ])('reads %o as %o', (env, expected) => {
    expect(StoreEnvSchema.parse(env)).toEqual(expected);
  });

  test('a DATABASE_URL that is not postgres:// is refused', () => {
    expect(() => StoreEnvSchema.parse({ DATABASE_URL: 'mysql://u@h/db' })).toThrow(/postgres:\/\//);
  });
});
