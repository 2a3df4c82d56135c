/**
 * The MonitorStore implementations for the tests: SQLite always, PostgreSQL when TEST_DATABASE_URL
 * is set (each open() in a database of its own), and valid synthetic answers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EenmetingAnswers, NulmetingAnswers } from '../../functions/monitor/questionnaires.ts';
import { createPostgresMonitorStore } from '../../functions/storage/monitor-postgres.ts';
import { createSqliteMonitorStore } from '../../functions/storage/monitor-sqlite.ts';
import type { MonitorStore, MonitorStoreOptions } from '../../functions/storage/monitor.ts';
import { TEST_DATABASE_URL, freshPostgresDatabase } from '../helpers/referrals.ts';

export interface MonitorImplementation {
  name: 'sqlite' | 'postgres';
  open(options?: MonitorStoreOptions): Promise<MonitorStore>;
  cleanup(): Promise<void>;
}

export function monitorImplementations(): MonitorImplementation[] {
  const opened: MonitorStore[] = [];
  const dirs: string[] = [];
  const drops: Array<() => Promise<void>> = [];
  const closeAll = async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  };
  const implementations: MonitorImplementation[] = [
    {
      name: 'sqlite',
      async open(options = {}) {
        const dir = mkdtempSync(join(tmpdir(), 'loket-monitor-'));
        dirs.push(dir);
        const store = await createSqliteMonitorStore({ ...options, path: join(dir, 'monitor.sqlite') });
        opened.push(store);
        return store;
      },
      async cleanup() {
        await closeAll();
        for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
      },
    },
  ];
  if (TEST_DATABASE_URL) {
    const adminUrl = TEST_DATABASE_URL;
    implementations.push({
      name: 'postgres',
      async open(options = {}) {
        const db = await freshPostgresDatabase(adminUrl);
        drops.push(db.drop);
        const store = await createPostgresMonitorStore({ ...options, connectionString: db.url, max: 4 });
        opened.push(store);
        return store;
      },
      async cleanup() {
        await closeAll();
        for (const drop of drops.splice(0)) await drop();
      },
    });
  }
  return implementations;
}

/** A valid 0-meting; `patch` replaces fields. */
export function nulmeting(patch: Partial<NulmetingAnswers> = {}): NulmetingAnswers {
  return {
    q1: 'g',
    q2: 'Synthetisch: wij willen online verkopen.',
    q3: 4,
    q4: ['a', 'f'],
    q5: 'a',
    q6: 'Synthetisch: een webwinkel opzetten.',
    ...patch,
  };
}

/** A valid 1-meting; `patch` replaces fields. */
export function eenmeting(patch: Partial<EenmetingAnswers> = {}): EenmetingAnswers {
  return {
    q1: { a: 4, b: 3, c: 2, d: 4, e: 3, f: 5, g: 5 },
    q2: 8,
    q4: 8,
    q5: ['d'],
    ...patch,
  };
}

/**
 * 32 synthetic 1-metingen distributed like the 2020 results in the evaluation: 9 rate 9–10,
 * 15 rate 7–8, 5 rate 6, 3 rate 1–5; 29 of 32 choose a follow-up step other than i/j.
 */
export function metingen2020(): EenmetingAnswers[] {
  const ratings = [
    ...[9, 10, 9, 10, 9, 10, 9, 10, 9],
    ...[7, 8, 7, 8, 7, 8, 7, 8, 7, 8, 7, 8, 7, 8, 7],
    ...[6, 6, 6, 6, 6],
    ...[1, 3, 5],
  ];
  // The three who do not go on: one "geen aanvullende stappen", two "weet ik niet", spread over groups.
  const stopping = new Map<number, Array<'i' | 'j'>>([
    [3, ['i']],
    [20, ['j']],
    [30, ['j']],
  ]);
  const steps: Array<EenmetingAnswers['q5']> = [['a'], ['b', 'd'], ['d'], ['e'], ['g'], ['c', 'd', 'f']];
  return ratings.map((q2, i) => eenmeting({ q2, q4: q2, q5: stopping.get(i) ?? steps[i % steps.length]! }));
}
