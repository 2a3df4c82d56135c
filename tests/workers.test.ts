/**
 * WORKERS=2: one supervisor and two copies of the server sharing the port (functions/workers.ts).
 * Both start (one after the other, so the second finds the migrations done), answer, and stop on
 * SIGTERM.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, writeSyntheticContent, type RunningServer } from './helpers/referrals.ts';

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'loket-workers-'));
  server = await startServer({
    WORKERS: '2',
    CONTENT_DIR: writeSyntheticContent(dir),
    SQLITE_PATH: join(dir, 'loket.sqlite'),
    DATABASE_URL: '',
    LOG_REQUESTS: 'false',
  });
  // Health answers as soon as the first worker listens; wait for the supervisor's line.
  const deadline = Date.now() + 60_000;
  while (!server.output().includes('"msg":"workers listening"') && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
}, 120_000);

afterAll(async () => {
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('two workers start and say so', () => {
  expect(server.output()).toContain('"msg":"workers listening","workers":2');
  expect(server.output().match(/"msg":"api listening"/g)).toHaveLength(2);
});

test('they answer reads and routing on the shared port', async () => {
  const answers = await Promise.all(
    Array.from({ length: 20 }, () => fetch(`${server.url}/api/v1/ready`).then((r) => r.status)),
  );
  expect(answers.every((s) => s === 200)).toBe(true);
  const routed = await fetch(`${server.url}/api/v1/route`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ question: 'hoe begin ik een webshop' }),
  });
  expect(routed.status).toBe(200);
});

test('SIGTERM stops the supervisor and its workers', async () => {
  await server.stop();
  expect(server.process.exitCode !== null || server.process.signalCode !== null).toBe(true);
  await expect(fetch(`${server.url}/api/v1/health`)).rejects.toThrow();
}, 30_000);
