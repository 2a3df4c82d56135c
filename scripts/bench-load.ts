/**
 * `npm run bench:load`: the built server (site + API, `node dist/api/server.mjs --site`, as
 * `npm run serve` runs it) under a realistic mix, at concurrency 1, 8, 32 and 128, BENCH_SECONDS
 * (default 60) per level:
 *
 *   80%  POST /api/v1/route                  owners' questions, with and without a postcode
 *   15%  GET  /api/v1/werkplaatsen/nearest   the finder
 *    5%  POST /api/v1/referrals              an intermediair key made for the bench, on a temporary
 *                                            SQLite file (every write fsynced)
 *
 * The server runs with WORKERS = BENCH_WORKERS (default: the number of cores), as a deployment on
 * this machine would. Server and autocannon share this machine and talk over 127.0.0.1 only. The rate limiter runs (its
 * cost is part of what is measured) with limits the bench cannot reach; a 429 would be counted on its
 * own line as deliberate. Prints requests/s, p50/p99 latency, errors, timeouts and non-2xx per
 * level and per kind of request; results also go to bench-results/load-<time>.json.
 *
 * Beside what autocannon sees, it prints how long the server itself took per kind of request:
 * the `ms` of the server's request log (written to a file in the temporary folder, read after
 * each level). The difference is time spent waiting in queues (socket, event loop, autocannon).
 *
 * Target (issue 9): no errors and no non-2xx other than 429, and p99 under 100 ms at the
 * concurrency where throughput peaks. Exit code 1 when it is missed. Run `npm run build` first.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../functions/storage/sqlite.ts';
import { freePort } from '../tests/helpers/free-port.ts';

const SECONDS = Math.max(1, Number(process.env.BENCH_SECONDS ?? 60) || 60);
const LEVELS = (process.env.BENCH_CONCURRENCY ?? '1,8,32,128').split(',').map(Number);
/** Server processes (WORKERS): one per core, as a deployment on this machine would run. */
const WORKERS = Math.max(1, Number(process.env.BENCH_WORKERS ?? availableParallelism()) || 1);
/** Far above what the bench can send: the limiter counts every request but never says no. */
const UNREACHABLE_LIMIT = '1000000000';

if (!existsSync('dist/server/entry.mjs') || !existsSync('dist/api/server.mjs')) {
  console.error('Er is geen build: draai eerst `npm run build`.');
  process.exit(1);
}

// -----------------------------------------------------------------------------------------------
// The server, on a temporary SQLite file with a key made for the bench.

const dir = mkdtempSync(join(tmpdir(), 'bench-load-'));
const sqlitePath = join(dir, 'loket.sqlite');
const keyStore = await createSqliteStore({ path: sqlitePath });
const { secret } = await keyStore.createKey({ role: 'intermediair', org: 'Benchverwijzer Synthetisch' });
await keyStore.close();

const port = await freePort();
// The server's request log (one JSON line per request), for the server-side times.
const logPath = join(dir, 'requests.jsonl');
const logFile = openSync(logPath, 'w');
const base = `http://127.0.0.1:${port}`;
// The embedded set-up: this temporary SQLite file and the in-process search index.
const { MEILISEARCH_URL: _meilisearch, ...inherited } = process.env;
const child = spawn(process.execPath, ['dist/api/server.mjs', '--site'], {
  env: {
    ...inherited,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: '',
    SQLITE_PATH: sqlitePath,
    RATE_LIMIT_PUBLIC: UNREACHABLE_LIMIT,
    RATE_LIMIT_KEY: UNREACHABLE_LIMIT,
    WORKERS: String(WORKERS),
  },
  // The request log is written as in production, here to a file.
  stdio: ['ignore', logFile, 'inherit'],
});
const stop = () => {
  if (child.exitCode === null) child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
};
process.once('exit', stop);

const deadline = Date.now() + 60_000;
for (;;) {
  if (child.exitCode !== null) throw new Error(`de server stopte bij het starten (${child.exitCode})`);
  try {
    if ((await fetch(`${base}/api/v1/ready`)).ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline) throw new Error('de server startte niet binnen 60 s');
  await new Promise((r) => setTimeout(r, 200));
}

// -----------------------------------------------------------------------------------------------
// The mix: one cycle of 20 requests (16 route, 3 nearest, 1 referral) that every connection repeats.

type Kind = 'route' | 'nearest' | 'referral';
const QUESTIONS = [
  ['ik wil online gaan verkopen maar weet niet waar te beginnen', '7511 AB'],
  ['we zijn gehackt en onze klantgegevens zijn misschien gestolen', '3511'],
  ['hoe kan ik mijn administratie automatiseren', undefined],
  ['subsidie voor een nieuwe webshop', '9711'],
  ['we willen robots in onze productie', '5611'],
  ['wie kan onze website bouwen', '1012'],
  ['how do I start selling online', '2511'],
  ['data gebruiken om betere beslissingen te nemen', '6811'],
] as const;
const POSTCODES = ['7511', '1012', '3511', '9711', '6211', '8011', '4811', '2511', '5611', '1811'];

const json = { 'content-type': 'application/json' };
const counts = new Map<Kind, Map<number, number>>();
const counted = (kind: Kind) => (status: number) => {
  const byStatus = counts.get(kind) ?? new Map<number, number>();
  byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  counts.set(kind, byStatus);
};

const requests: autocannon.Request[] = [];
for (let i = 0; i < 20; i++) {
  if (i === 10) {
    requests.push({
      method: 'POST',
      path: '/api/v1/referrals',
      headers: { ...json, authorization: `Bearer ${secret}` },
      body: JSON.stringify({
        question: 'Synthetische benchvraag: hoe verkopen wij onze producten online?',
        company: { name: 'Benchbedrijf Synthetisch BV', kvk: '00000001', postcode: '7511 AB', employees: 8 },
        contact: { name: 'Bench Persoon', email: 'bench@example.invalid' },
        consent: true,
        contact_preference: 'email',
        target_slug: 'digitale-werkplaats-twente',
      }),
      onResponse: counted('referral'),
    });
  } else if (i % 6 === 5) {
    requests.push({
      method: 'GET',
      path: `/api/v1/werkplaatsen/nearest?postcode=${POSTCODES[i % POSTCODES.length]}`,
      onResponse: counted('nearest'),
    });
  } else {
    const [question, postcode] = QUESTIONS[i % QUESTIONS.length]!;
    requests.push({
      method: 'POST',
      path: '/api/v1/route',
      headers: json,
      body: JSON.stringify({ question, ...(postcode ? { postcode } : {}) }),
      onResponse: counted('route'),
    });
  }
}
/** The kind of a request of the mix, by its path or by the route pattern the server logs. */
const kindOf = (path: string): Kind | undefined =>
  path.startsWith('/api/v1/referrals')
    ? 'referral'
    : path.startsWith('/api/v1/werkplaatsen/nearest')
      ? 'nearest'
      : path === '/api/v1/route'
        ? 'route'
        : undefined;
const share = (kind: Kind) => requests.filter((r) => kindOf(r.path ?? '') === kind).length;
if (share('route') !== 16 || share('nearest') !== 3 || share('referral') !== 1)
  throw new Error('the mix is off');

// -----------------------------------------------------------------------------------------------

/** Server-side p50/p99 in ms per kind of request, from the request log. */
type ServerTimes = Record<Kind, { p50: number; p99: number; n: number }>;

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** The server-side times of the requests logged between byte offsets `from` and `to`. */
function serverTimes(from: number, to: number): ServerTimes {
  const times: Record<Kind, number[]> = { route: [], nearest: [], referral: [] };
  const slice = Buffer.alloc(to - from);
  const fd = openSync(logPath, 'r');
  try {
    readSync(fd, slice, 0, slice.length, from);
  } finally {
    closeSync(fd);
  }
  for (const line of slice.toString('utf8').split('\n')) {
    const route = /"route":"([^"]*)"/.exec(line)?.[1];
    const ms = /"ms":([\d.]+)/.exec(line)?.[1];
    const kind = route === undefined ? undefined : kindOf(route);
    if (kind && ms !== undefined) times[kind].push(Number(ms));
  }
  const stats = (list: number[]) => {
    const sorted = list.sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), n: sorted.length };
  };
  return { route: stats(times.route), nearest: stats(times.nearest), referral: stats(times.referral) };
}

interface Row {
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  /** Answers other than 2xx and 429. */
  non2xx: number;
  /** Deliberate: the rate limiter said no. */
  limited: number;
  byKind: Record<Kind, Record<string, number>>;
  /** As the server measured it (request log). */
  server: ServerTimes;
}

async function run(connections: number, seconds: number): Promise<Row> {
  counts.clear();
  const logStart = statSync(logPath).size;
  const result = await autocannon({ url: base, connections, duration: seconds, requests, timeout: 10 });
  // Let the last answers' log lines reach the file.
  await new Promise((r) => setTimeout(r, 200));
  const server = serverTimes(logStart, statSync(logPath).size);
  const byKind = Object.fromEntries(
    (['route', 'nearest', 'referral'] as const).map((kind) => [
      kind,
      Object.fromEntries(
        [...(counts.get(kind) ?? new Map<number, number>())].map(([s, n]) => [String(s), n]),
      ),
    ]),
  ) as Row['byKind'];
  const all = [...counts.values()].flatMap((m) => [...m.entries()]);
  const limited = all.filter(([s]) => s === 429).reduce((a, [, n]) => a + n, 0);
  const non2xx = all.filter(([s]) => (s < 200 || s > 299) && s !== 429).reduce((a, [, n]) => a + n, 0);
  return {
    connections,
    seconds: result.duration,
    requests: result.requests.total,
    perSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx,
    limited,
    byKind,
    server,
  };
}

console.log(`Opwarmen (5 s, 8 verbindingen) tegen ${base} …`);
await run(8, 5);

const rows: Row[] = [];
for (const connections of LEVELS) {
  console.log(`Meten: ${connections} verbindingen, ${SECONDS} s …`);
  rows.push(await run(connections, SECONDS));
}
stop();
closeSync(logFile);

console.log(
  `\nMix 80% POST /api/v1/route, 15% GET /api/v1/werkplaatsen/nearest, 5% POST /api/v1/referrals (SQLite),` +
    `\n${SECONDS} s per niveau, ${WORKERS} serverproces(sen) (WORKERS), server en autocannon op deze machine (loopback)\n`,
);
console.log('verbindingen   verzoeken/s   p50 ms   p99 ms   verzoeken   fouten   timeouts   niet-2xx   429');
for (const r of rows) {
  console.log(
    [
      String(r.connections).padStart(12),
      r.perSecond.toFixed(0).padStart(13),
      String(r.p50).padStart(8),
      String(r.p99).padStart(8),
      String(r.requests).padStart(11),
      String(r.errors).padStart(8),
      String(r.timeouts).padStart(10),
      String(r.non2xx).padStart(10),
      String(r.limited).padStart(5),
    ].join(' '),
  );
}
console.log('\nPer soort verzoek (status × aantal):');
for (const r of rows) {
  const parts = Object.entries(r.byKind).map(
    ([kind, byStatus]) =>
      `${kind} ${Object.entries(byStatus)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
  );
  console.log(`  ${String(r.connections).padStart(3)}: ${parts.join('; ')}`);
}

console.log('\nOp de server zelf gemeten (request log), p50 / p99 ms per soort verzoek:');
for (const r of rows) {
  const parts = (['route', 'nearest', 'referral'] as const).map(
    (kind) => `${kind} ${r.server[kind].p50} / ${r.server[kind].p99}`,
  );
  console.log(`  ${String(r.connections).padStart(3)}: ${parts.join('; ')}`);
}

const peak = rows.reduce((best, r) => (r.perSecond > best.perSecond ? r : best), rows[0]!);
const clean = rows.every((r) => r.errors === 0 && r.timeouts === 0 && r.non2xx === 0);
const fast = peak.p99 < 100;
console.log(
  `\nPiek: ${peak.perSecond.toFixed(0)} verzoeken/s bij ${peak.connections} verbindingen, p99 ${peak.p99} ms` +
    ` (doel < 100 ms: ${fast ? 'gehaald' : 'NIET gehaald'}); fouten en niet-2xx (buiten 429): ${clean ? 'geen' : 'WEL'}.`,
);
mkdirSync('bench-results', { recursive: true });
const file = join('bench-results', `load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ seconds: SECONDS, workers: WORKERS, rows }, null, 2));
console.log(`Opgeslagen in ${file}`);
if (!clean || !fast) process.exitCode = 1;
