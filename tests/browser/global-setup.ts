/**
 * Starts the built site + API once for the browser suite on a free loopback port.
 * Builds first when dist/ is missing (npm test builds before running this suite); with SITE_ENTRY
 * set, serves that build instead (the server and the tests that start their own read it too).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from '../helpers/free-port.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer at ${url}`);
}

let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  // SITE_ENTRY (as server.ts reads it) tests a build made elsewhere; it is never built here.
  const entry = process.env.SITE_ENTRY;
  if (entry !== undefined) {
    if (!existsSync(entry)) throw new Error(`SITE_ENTRY ${entry} does not exist`);
  } else if (!existsSync('dist/server/entry.mjs')) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  // The referral pages' store: a throwaway file, never data/loket.sqlite (workers inherit it).
  process.env.SQLITE_PATH ??= `/tmp/loket-browser-${process.pid}-${Date.now()}.sqlite`;
  const port = await freePort();
  // `npm run serve`: the built site behind functions/site-server.ts (security headers on every file).
  server = spawn(process.execPath, ['--import', 'tsx', 'functions/server.ts', '--site'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_REQUESTS: 'false' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/api/v1/health`, server);
  project.provide('baseUrl', baseUrl);
  return () => {
    server?.kill();
  };
}
