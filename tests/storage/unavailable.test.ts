/**
 * Which errors mean "the database cannot be used right now" (503, try again) rather than a bug
 * (500). Real errors where they are cheap to make; pg's DatabaseError as pg builds it otherwise.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { errorCode, isStorageUnavailable } from '../../functions/storage/unavailable.ts';
import { refusedConnection } from '../helpers/unreachable.ts';

/** A PostgreSQL error with this SQLSTATE, as pg's protocol parser builds it. */
function postgresError(code: string, message: string): Error {
  const error = new pg.DatabaseError(message, message.length, 'error');
  error.code = code;
  return error;
}

const dir = mkdtempSync(join(tmpdir(), 'loket-unavailable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The error SQLite gives a second connection while the first holds an exclusive lock. */
function sqliteBusy(): Error {
  const path = join(dir, 'busy.sqlite');
  const holder = new Database(path);
  const other = new Database(path, { timeout: 0 });
  try {
    holder.exec('CREATE TABLE IF NOT EXISTS t (x INTEGER); BEGIN EXCLUSIVE');
    other.prepare('SELECT * FROM t').all();
    return new Error('no lock conflict');
  } catch (error) {
    return error as Error;
  } finally {
    holder.close();
    other.close();
  }
}

/** The error fetch gives for a refused connection (its cause has ECONNREFUSED). */
async function refusedFetch(): Promise<Error> {
  return fetch('http://127.0.0.1:1/').then(
    () => new Error('something listens on port 1'),
    (e: Error) => e,
  );
}

describe('isStorageUnavailable', () => {
  test.each([
    ['a refused PostgreSQL connection', refusedConnection, true],
    ['PostgreSQL shutting down (57P01)', () => postgresError('57P01', 'terminating connection'), true],
    [
      'PostgreSQL still starting (57P03)',
      () => postgresError('57P03', 'the database system is starting up'),
      true,
    ],
    ['too many connections (53300)', () => postgresError('53300', 'too many clients already'), true],
    ['a connection failure (08006)', () => postgresError('08006', 'connection failure'), true],
    [
      'a statement timeout (57014)',
      () => postgresError('57014', 'canceling statement due to statement timeout'),
      true,
    ],
    ['a lost connection, as pg words it', () => new Error('Connection terminated unexpectedly'), true],
    [
      'a pool that could not connect in time',
      () => new Error('timeout exceeded when trying to connect'),
      true,
    ],
    ['SQLite locked past its busy timeout', sqliteBusy, true],
    ['a unique violation (23505)', () => postgresError('23505', 'duplicate key value'), false],
    ['a syntax error (42601)', () => postgresError('42601', 'syntax error at or near'), false],
    ['a bug', () => new TypeError('Cannot read properties of undefined'), false],
    ['a refused connection of another service (fetch)', refusedFetch, false],
    ['a thrown string', () => 'ECONNREFUSED' as unknown as Error, false],
  ] as const)('%s', async (_name, make, expected) => {
    expect(isStorageUnavailable(await make())).toBe(expected);
  });

  test('the SQLite lock error is the one SQLite really gives', () => {
    expect(errorCode(sqliteBusy())).toBe('SQLITE_BUSY');
  });
});

describe('errorCode', () => {
  test.each([
    ['a Node code', Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), 'ECONNREFUSED'],
    ['a SQLSTATE', postgresError('57P01', 'x'), '57P01'],
    ['no code', new Error('x'), undefined],
    [
      'a code that could hold input',
      Object.assign(new Error('x'), { code: 'persoon@example.invalid' }),
      undefined,
    ],
    ['a number', Object.assign(new Error('x'), { code: 42 }), undefined],
  ])('%s', (_name, error, expected) => {
    expect(errorCode(error)).toBe(expected);
  });
});
