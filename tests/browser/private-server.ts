/**
 * A server of the build of its own, on a temporary SQLite file, for the browser tests that write
 * monitor answers and keys straight into the store: no other test's data is in its figures, and no
 * real data is touched (the monitor and "meld een fout" tests). Also the keyboard helper those
 * tests share.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createSqliteMonitorStore } from '../../functions/storage/monitor-sqlite.ts';
import { createSqliteSessionStore } from '../../functions/storage/sessions-sqlite.ts';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import { freePort } from '../helpers/free-port.ts';

export interface PrivateServer {
  base: string;
  /** The SQLite file the server uses. */
  path: string;
  stop(): void;
}

/** Starts `functions/server.ts --site` on a free port with a fresh SQLite file. */
export async function startPrivateServer(): Promise<PrivateServer> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-monitor-'));
  const path = join(dir, 'loket.sqlite');
  // Create the tables before the server opens the file.
  await (await createSqliteStore({ path })).close();
  await (await createSqliteMonitorStore({ path })).close();
  await (await createSqliteSessionStore({ path })).close();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['--import', 'tsx', 'functions/server.ts', '--site'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SQLITE_PATH: path,
      DATABASE_URL: '',
      LOG_REQUESTS: 'false',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    const ok = await fetch(`${base}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    path,
    stop() {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Presses Tab until the focused element matches; fails after 300 presses. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
