/**
 * `npm run bench:api`: throughput and latency of POST /api/v1/route against GET /api/v1/health
 * on the same server, with the real directory and with it scaled to 10,000 synthetic entries.
 *
 * Builds the API server (`npm run build:api`, dist/api/server.mjs, as `npm start` runs it) and
 * starts it on a free loopback port for each directory size (SYNTHETIC_SCALE for the scaled run;
 * the API alone, without --site: the site's pages are not measured here), waits until it
 * answers /api/v1/health and all its processes listen, warms both endpoints up, then runs
 * autocannon against 127.0.0.1 only, for a bounded time.
 *
 * The speed of this shared machine drifts by tens of percent within a minute, so health and
 * route are measured in alternating rounds (health then route, then route then health, ...),
 * each round giving a ratio of two measurements taken seconds apart. Prints per endpoint the
 * median requests/s, the median p50 and the worst p99 of the rounds, each round's ratio, and
 * judges the median ratio.
 *
 * Each size is measured twice: with one server process, and with WORKERS = one per core
 * (BENCH_WORKERS overrides), as a deployment on this machine runs it (README, deployment). The
 * targets are judged on the second: route throughput >= 50% of health, for the real directory
 * and at 10,000 entries; route p99 < 20 ms at 10,000 entries. With one process the health
 * figure is bounded by what one autocannon can send, not by the server.
 * Exit code 1 when a target is missed. Options: --rounds N (default 3), --seconds N per endpoint
 * per round (default 5), --connections N (10).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { freePort } from '../tests/helpers/free-port.ts';
import { BENCH_QUESTIONS as QUESTIONS } from './bench-questions.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROUNDS = Math.max(1, opt('rounds', 3));
const SECONDS = opt('seconds', 5);
const CONNECTIONS = opt('connections', 10);
const TARGET = { ratio: 0.5, p99Ms: 20 };
/** Server processes for the judged runs: one per core, as a deployment on this machine. */
const WORKERS = Math.max(1, Number(process.env.BENCH_WORKERS ?? availableParallelism()) || 1);

async function startServer(
  scale: number | undefined,
  workers: number,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bench-api-'));
  // The embedded defaults (SQLite in a temporary folder, in-process search), whatever is set here.
  const { DATABASE_URL: _db, MEILISEARCH_URL: _ms, SYNTHETIC_SCALE: _sc, ...env } = process.env;
  const child: ChildProcess = spawn(process.execPath, ['dist/api/server.mjs'], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SQLITE_PATH: join(dir, 'bench.sqlite'),
      // The bench measures the server, not the per-address limiter (one client sends everything).
      RATE_LIMIT_PUBLIC: '0',
      LOG_REQUESTS: 'false',
      ...(scale ? { SYNTHETIC_SCALE: String(scale) } : {}),
      WORKERS: String(workers),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // With WORKERS > 1 the first process answers before the others have built their index: wait
  // for the supervisor's "workers listening" line.
  let allListening = workers === 1;
  // Line by line: a chunk of the pipe may end in the middle of that line.
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.includes('"workers listening"')) allListening = true;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server stopped with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok && allListening) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not start within 180 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(url: string, route: boolean, seconds = SECONDS): Promise<Measure> {
  const options: autocannon.Options = {
    url: `${url}${route ? '/api/v1/route' : '/api/v1/health'}`,
    connections: CONNECTIONS,
    duration: seconds,
  };
  if (route) {
    options.method = 'POST';
    options.headers = { 'content-type': 'application/json' };
    // Each connection sends the questions in turn. Fixed requests are built once; a setupRequest
    // would make autocannon rebuild every request, and the client shares the cores with the server.
    options.requests = QUESTIONS.map((q) => ({ body: JSON.stringify(q) }));
  }
  const result = await autocannon(options);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** The middle value (the mean of the two middle ones for an even count). */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Over the rounds: the median requests/s and p50, the worst p99, all errors. */
const summarise = (ms: Measure[]): Measure => ({
  rps: median(ms.map((m) => m.rps)),
  p50: median(ms.map((m) => m.p50)),
  p99: Math.max(...ms.map((m) => m.p99)),
  errors: ms.reduce((sum, m) => sum + m.errors, 0),
});

const fmt = (m: Measure) =>
  `${m.rps.toFixed(0).padStart(7)} req/s   p50 ${String(m.p50).padStart(3)} ms   p99 ${String(m.p99).padStart(3)} ms${m.errors ? `   ${m.errors} fouten` : ''}`;

const pct = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;

async function run(label: string, scale: number | undefined, workers: number) {
  const server = await startServer(scale, workers);
  try {
    // Warm up (JIT, per-place and per-day tables) before measuring.
    await autocannon({ url: `${server.url}/api/v1/health`, connections: CONNECTIONS, duration: 2 });
    await measure(server.url, true, 2);
    const healths: Measure[] = [];
    const routes: Measure[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      // Alternate which goes first, so that a drift in speed does not favour one of them.
      for (const route of r % 2 ? [true, false] : [false, true]) {
        (route ? routes : healths).push(await measure(server.url, route));
      }
    }
    const ratios = routes.map((route, r) => route.rps / healths[r]!.rps);
    const [health, route, ratio] = [summarise(healths), summarise(routes), median(ratios)];
    console.log(`\n${label}, ${workers === 1 ? '1 serverproces' : `${workers} serverprocessen (WORKERS)`}`);
    console.log(`  GET  /api/v1/health  ${fmt(health)}`);
    console.log(`  POST /api/v1/route   ${fmt(route)}`);
    console.log(
      `  route/health: ${pct(ratio)} van de doorvoer (mediaan; per ronde ${ratios.map(pct).join(', ')})`,
    );
    return { health, route, ratio };
  } finally {
    await server.stop();
  }
}

const build = spawnSync('npm', ['run', '--silent', 'build:api'], { stdio: 'inherit' });
if (build.status !== 0) throw new Error('npm run build:api mislukte');
console.log(
  `bench:api — ${ROUNDS} rondes van ${SECONDS} s per eindpunt, ${CONNECTIONS} verbindingen, alleen 127.0.0.1; beoordeeld met ${WORKERS} serverproces(sen)`,
);
const REAL = 'Echte inhoud (content/)';
const SCALED = 'Opgeschaald naar 10.000 synthetische items (SYNTHETIC_SCALE=10000)';
if (WORKERS > 1) {
  await run(REAL, undefined, 1);
  await run(SCALED, 10_000, 1);
}
const real = await run(REAL, undefined, WORKERS);
const scaled = await run(SCALED, 10_000, WORKERS);

const misses: string[] = [];
if (real.ratio < TARGET.ratio)
  misses.push(`doorvoer route/health ${(real.ratio * 100).toFixed(0)}% < 50% (echte inhoud)`);
if (scaled.ratio < TARGET.ratio)
  misses.push(`doorvoer route/health ${(scaled.ratio * 100).toFixed(0)}% < 50% (10.000 items)`);
if (scaled.route.p99 >= TARGET.p99Ms) misses.push(`p99 route ${scaled.route.p99} ms >= 20 ms (10.000 items)`);
if (real.route.errors + scaled.route.errors > 0) misses.push('route gaf fouten');
console.log(
  misses.length
    ? `\nDoel niet gehaald: ${misses.join('; ')}`
    : `\nDoelen gehaald met ${WORKERS} serverproces(sen): route >= 50% van health, p99 < 20 ms bij 10.000 items.`,
);
process.exitCode = misses.length ? 1 : 0;
