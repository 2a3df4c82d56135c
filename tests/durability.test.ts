/**
 * Nothing acknowledged is lost: the real server takes referrals (and status changes) from concurrent
 * clients, is killed with SIGKILL mid-stream, restarts, and still has every referral that got a 201
 * and every change that got a 200, with the audit trail. SQLite always; PostgreSQL with
 * TEST_DATABASE_URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPostgresStore } from '../functions/storage/postgres.ts';
import { createSqliteStore } from '../functions/storage/sqlite.ts';
import type { ReferralStore } from '../functions/storage/types.ts';
import {
  TEST_DATABASE_URL,
  TARGET,
  freshPostgresDatabase,
  postgresSkipNotice,
  referralBody,
  startServer,
  writeSyntheticContent,
  type RunningServer,
} from './helpers/referrals.ts';

beforeAll(postgresSkipNotice);

interface Backend {
  name: string;
  /** Env for the server, and a store on the same database to create keys with. */
  setup(dir: string): Promise<{
    env: Record<string, string>;
    open: () => Promise<ReferralStore>;
    cleanup: () => Promise<void>;
  }>;
}

const backends: Backend[] = [
  {
    name: 'sqlite',
    async setup(dir) {
      const path = join(dir, 'loket.sqlite');
      return {
        env: { SQLITE_PATH: path, DATABASE_URL: '' },
        open: () => createSqliteStore({ path }),
        cleanup: async () => {},
      };
    },
  },
];
if (TEST_DATABASE_URL) {
  const adminUrl = TEST_DATABASE_URL;
  backends.push({
    name: 'postgres',
    async setup() {
      const db = await freshPostgresDatabase(adminUrl);
      return {
        env: { DATABASE_URL: db.url },
        open: () => createPostgresStore({ connectionString: db.url, max: 2 }),
        cleanup: db.drop,
      };
    },
  });
}

/** How many 201s to wait for before the kill; the clients keep sending until then. */
const KILL_AFTER = 60;
const CLIENTS = 16;

describe.each(backends)('durability on $name', (backend) => {
  const dir = mkdtempSync(join(tmpdir(), 'loket-durability-'));
  let cleanup = async () => {};
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.kill();
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  test(
    'every referral that got a 201 and every change that got a 200 survives SIGKILL',
    { timeout: 180_000 },
    async () => {
      const setup = await backend.setup(dir);
      cleanup = setup.cleanup;
      const env = { ...setup.env, CONTENT_DIR: writeSyntheticContent(dir) };
      const store = await setup.open();
      const intermediair = (await store.createKey({ role: 'intermediair', org: 'Testverwijzer Synthetisch' }))
        .secret;
      const ontvanger = (
        await store.createKey({ role: 'ontvanger', org: 'Testwerkplaats Synthetisch', slug: TARGET })
      ).secret;
      await store.close();

      server = await startServer(env);
      const running = server;
      const created = new Set<string>();
      const accepted = new Set<string>();
      let failures = 0;
      let killing: Promise<void> | undefined;
      const post = (path: string, key: string, body: unknown) =>
        fetch(`${running.url}${path}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });

      const client = async () => {
        while (!killing) {
          try {
            const res = await post('/api/v1/referrals', intermediair, referralBody());
            if (res.status !== 201) throw new Error(`POST gaf ${res.status}: ${await res.text()}`);
            const { id } = (await res.json()) as { id: string };
            created.add(id);
            if (created.size >= KILL_AFTER) killing ??= running.kill();
            const moved = await post(`/api/v1/referrals/${id}/status`, ontvanger, {
              status: 'ontvangen',
              note: 'Synthetisch',
            });
            if (moved.status === 200) accepted.add(id);
            else await moved.arrayBuffer();
          } catch (error) {
            // Connection errors after the kill are expected; anything before it is a real failure.
            if (!killing) throw error;
            failures++;
          }
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, client));
      await killing;
      expect(created.size).toBeGreaterThanOrEqual(KILL_AFTER);
      // The kill interrupted requests in flight: it really was mid-stream.
      expect(failures).toBeGreaterThan(0);

      server = await startServer(env);
      for (const id of created) {
        const res = await fetch(`${server.url}/api/v1/referrals/${id}`, {
          headers: { Authorization: `Bearer ${intermediair}` },
        });
        expect(res.status, `referral ${id} is weg na de herstart`).toBe(200);
        const body = (await res.json()) as {
          status: string;
          history: Array<{ from: string | null; to: string; note: string | null }>;
        };
        expect(body.history[0]).toMatchObject({ from: null, to: 'verstuurd' });
        if (accepted.has(id)) {
          expect(body.status).toBe('ontvangen');
          expect(body.history[1]).toMatchObject({ from: 'verstuurd', to: 'ontvangen', note: 'Synthetisch' });
        }
      }
      await server.stop();
      server = undefined;
    },
  );
});
