/** The keys, kvk and purge CLIs, run as the administrator runs them, on a SQLite file of their own. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { KvkExportSchema } from '../../functions/routes/admin.ts';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import { keyFromOptions } from '../../scripts/keys.ts';
import { TARGET, newReferral, writeSyntheticContent } from '../helpers/referrals.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

const dir = mkdtempSync(join(tmpdir(), 'loket-cli-'));
const db = join(dir, 'loket.sqlite');
let content: string;
beforeAll(() => {
  content = writeSyntheticContent(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a script with tsx; resolves with its exit code and output instead of throwing. */
async function cli(script: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', `scripts/${script}.ts`, ...args],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: '', ...env },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('keyFromOptions', () => {
  const slugs = new Set([TARGET]);
  test.each<[string, Record<string, string>, RegExp]>([
    ['no role', { org: 'X' }, /--role/],
    ['an unknown role', { role: 'beheerder', org: 'X' }, /--role/],
    ['no organisation', { role: 'admin' }, /--org/],
    ['an ontvanger without slug', { role: 'ontvanger', org: 'X' }, /--slug/],
    [
      'an ontvanger with an unknown slug',
      { role: 'ontvanger', org: 'X', slug: 'bestaat-niet' },
      /niet in content/,
    ],
    [
      'a slug for another role',
      { role: 'intermediair', org: 'X', slug: TARGET },
      /alleen bij de rol ontvanger/,
    ],
    ['a provincie without province', { role: 'provincie', org: 'X' }, /--provincie/],
    [
      'a province that does not exist',
      { role: 'provincie', org: 'X', provincie: 'Friesland' },
      /geen provincie/,
    ],
    [
      'a province for another role',
      { role: 'admin', org: 'X', provincie: 'Utrecht' },
      /alleen bij de rol provincie/,
    ],
  ])('%s is refused', (_name, values, message) => {
    expect(() => keyFromOptions(values, slugs)).toThrow(message);
  });

  test.each<[Record<string, string>, object]>([
    [
      { role: 'intermediair', org: ' KVK Test ' },
      { role: 'intermediair', org: 'KVK Test', slug: null, provincie: null },
    ],
    [
      { role: 'ontvanger', org: 'Werkplaats', slug: TARGET },
      { role: 'ontvanger', slug: TARGET },
    ],
    [
      { role: 'provincie', org: 'Provincie', provincie: 'Fryslân' },
      { role: 'provincie', provincie: 'Fryslân' },
    ],
  ])('%o is accepted', (values, expected) => {
    expect(keyFromOptions(values, new Set([TARGET]))).toMatchObject(expected);
  });
});

describe('the CLIs', { timeout: 120_000 }, () => {
  test('npm run --silent keys -- create prints the key last; list shows it; revoke ends it', async () => {
    const { stdout } = await run(
      'npm',
      [
        'run',
        '--silent',
        'keys',
        '--',
        'create',
        '--role',
        'ontvanger',
        '--org',
        'Testwerkplaats Synthetisch',
        '--slug',
        TARGET,
        '--content',
        content,
      ],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', SQLITE_PATH: db } },
    );
    const secret = stdout.trim().split('\n').at(-1)!;
    expect(secret).toMatch(/^loket_[A-Za-z0-9_-]{43}$/);

    const store = await createSqliteStore({ path: db });
    const key = await store.findKeyBySecret(secret);
    await store.close();
    expect(key).toMatchObject({ role: 'ontvanger', org: 'Testwerkplaats Synthetisch', slug: TARGET });

    const list = await cli('keys', ['list', '--db', db]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(key!.id);
    expect(list.stdout).toContain('actief');
    expect(list.stdout).not.toContain(secret);

    expect((await cli('keys', ['revoke', key!.id, '--db', db])).code).toBe(0);
    expect((await cli('keys', ['revoke', key!.id, '--db', db])).code).toBe(1);
    expect((await cli('keys', ['list', '--db', db])).stdout).toContain('ingetrokken');
  });

  test('keys refuses an unknown slug or province with exit code 2 and a Dutch reason', async () => {
    const slug = await cli('keys', [
      'create',
      '--role',
      'ontvanger',
      '--org',
      'X',
      '--slug',
      'bestaat-niet',
      '--content',
      content,
      '--db',
      db,
    ]);
    expect(slug.code).toBe(2);
    expect(slug.stderr).toMatch(/staat niet in content/);
    const provincie = await cli('keys', [
      'create',
      '--role',
      'provincie',
      '--org',
      'X',
      '--provincie',
      'Holland',
      '--db',
      db,
    ]);
    expect(provincie.code).toBe(2);
    expect(provincie.stderr).toMatch(/geen provincie/);
  });

  test('kvk export prints everything about one KVK number; erase removes it', async () => {
    const store = await createSqliteStore({ path: db });
    const actor = { keyId: 'k_cli', org: 'Testverwijzer Synthetisch', role: 'intermediair' as const };
    const mine = await store.createReferral(newReferral({ kvk: '00000041' }), actor);
    const other = await store.createReferral(newReferral({ kvk: '00000042' }), actor);
    await store.close();

    const exported = await cli('kvk', ['export', '00000041', '--db', db]);
    expect(exported.code).toBe(0);
    // The same shape as the API's export.
    const body = KvkExportSchema.parse(JSON.parse(exported.stdout));
    expect(body.kvk).toBe('00000041');
    expect(body.referrals.map((r) => r.id)).toEqual([mine.id]);
    expect(body.referrals[0]!.company.kvk).toBe('00000041');
    expect(body.referrals[0]!.history).toHaveLength(1);

    const erased = await cli('kvk', ['erase', '00000041', '--db', db]);
    expect(erased.stdout).toMatch(/^1 doorverwijzing met dit KVK-nummer verwijderd/);
    const after = await createSqliteStore({ path: db });
    expect(await after.getReferral(mine.id)).toBeNull();
    expect(await after.getReferral(other.id)).not.toBeNull();
    await after.close();

    expect((await cli('kvk', ['export', '1234', '--db', db])).code).toBe(2);
  });

  test('purge removes the personal data of referrals closed before the retention period', async () => {
    const path = join(dir, 'purge.sqlite');
    const actor = { keyId: 'k_cli', org: 'Testverwijzer Synthetisch', role: 'ontvanger' as const };
    // Closed 13 months ago (the store's clock), and one closed today.
    const old = await createSqliteStore({ path, now: () => new Date(Date.now() - 400 * 24 * 3600 * 1000) });
    const oldOne = await old.createReferral(newReferral(), actor);
    await old.changeStatus({
      id: oldOne.id,
      from: 'verstuurd',
      to: 'geen_contact',
      actor,
      note: 'Synthetisch',
      reason: null,
    });
    await old.close();
    const current = await createSqliteStore({ path });
    const recent = await current.createReferral(newReferral(), actor);
    await current.changeStatus({
      id: recent.id,
      from: 'verstuurd',
      to: 'geen_contact',
      actor,
      note: null,
      reason: null,
    });
    await current.close();

    expect((await cli('purge', ['--db', path])).stdout).toMatch(/^0 doorverwijzingen opgeschoond/);
    expect((await cli('purge', [], { SQLITE_PATH: path, REFERRAL_RETENTION_MONTHS: '12' })).stdout).toMatch(
      /^1 doorverwijzing opgeschoond/,
    );
    expect((await cli('purge', ['--months', '0', '--db', path])).code).toBe(2);

    const after = await createSqliteStore({ path });
    expect((await after.getReferral(oldOne.id))!.question).toBeNull();
    expect((await after.getReferral(recent.id))!.question).not.toBeNull();
    await after.close();
  });
});
