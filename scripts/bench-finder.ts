/**
 * `npm run bench:finder`: how fast the finder answers and what its page costs a visitor.
 *
 * 1. Lookup time per postcode over all 4,067 PC4s of data/pc4.csv, in-process, in one run:
 *    parse + lookup + rank (the pure functions), after one warm-up pass. Also the same through the
 *    API in-process (app.request: routing, validation, JSON), for comparison.
 * 2. Bytes of /werkplaats-in-de-buurt, from the built site (run `npm run build` first). The page is
 *    rendered on demand, so its HTML comes from the built server, started here on a free port; the
 *    files it refers to are read from dist/client by following its own <script>/<link> tags, the JS
 *    import graph, and the URLs the lazily loaded map chunk fetches (Leaflet CSS, boundaries).
 *
 * Targets: p99 lookup < 1 ms; JS < 70 KB gzip; boundaries < 250 KB gzip and fetched only with the map.
 * Exit code 1 when a byte budget is exceeded (timings depend on the machine and are only reported).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatProblems, loadDirectory } from '../content/load.ts';
import { createApp } from '../functions/app.ts';
import { createFinderIndex, findNearby } from '../functions/core/nearest.ts';
import { lookupPostcode } from '../functions/core/postcode.ts';
import { loadPostcodes } from '../functions/data.ts';
import { freePort } from '../tests/helpers/free-port.ts';

const CLIENT = join(process.cwd(), 'dist', 'client');
const ENTRY = join(process.cwd(), 'dist', 'server', 'entry.mjs');
const PAGE = '/werkplaats-in-de-buurt';
const BUDGET = { p99Ms: 1, jsGz: 70 * 1024, geoGz: 250 * 1024 };

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (ns: number) => `${(ns / 1e6).toFixed(3)} ms`;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

// ---------------------------------------------------------------------------------------------
// 1. Lookup time
// ---------------------------------------------------------------------------------------------

const loaded = loadDirectory();
if (!loaded.ok) {
  console.error(formatProblems(loaded.problems));
  process.exit(1);
}
const directory = loaded.initiatives;
const table = loadPostcodes();
const inputs = [...table.keys()];

const started = process.hrtime.bigint();
const index = createFinderIndex(directory);
const indexNs = Number(process.hrtime.bigint() - started);

function lookupOnce(input: string): number {
  const found = lookupPostcode(table, input);
  if (!found.ok) throw new Error(`${input}: ${found.detail}`);
  return findNearby(index, found.area, 3).werkplaatsen.length;
}

for (const pc4 of inputs) lookupOnce(pc4); // warm-up: JIT and caches, as in a running server
const times: number[] = [];
let sink = 0;
for (const pc4 of inputs) {
  const t0 = process.hrtime.bigint();
  sink += lookupOnce(pc4);
  times.push(Number(process.hrtime.bigint() - t0));
}
times.sort((a, b) => a - b);

const app = createApp({ directory, postcodes: table });
for (const pc4 of inputs.slice(0, 500)) await app.request(`/api/v1/werkplaatsen/nearest?postcode=${pc4}`);
const apiTimes: number[] = [];
for (const pc4 of inputs) {
  const t0 = process.hrtime.bigint();
  const res = await app.request(`/api/v1/werkplaatsen/nearest?postcode=${pc4}`);
  await res.text();
  apiTimes.push(Number(process.hrtime.bigint() - t0));
  if (res.status !== 200) throw new Error(`${pc4}: HTTP ${res.status}`);
}
apiTimes.sort((a, b) => a - b);

const werkplaatsen = index.werkplaatsen.length;
console.log(
  `Finder lookup over all ${inputs.length} PC4s (${directory.length} initiatives, ${werkplaatsen} active werkplaatsen)`,
);
console.log(`  index built once per directory:  ${ms(indexNs)}`);
console.log(`  parse + lookup + rank (in-process, after one warm-up pass; ${sink} results)`);
console.log(
  `    median ${ms(percentile(times, 50))}   p99 ${ms(percentile(times, 99))}   max ${ms(times.at(-1)!)}   ` +
    `total ${ms(times.reduce((a, b) => a + b, 0))}`,
);
console.log(`  same through the API in-process (app.request: routing, zod validation, JSON)`);
console.log(
  `    median ${ms(percentile(apiTimes, 50))}   p99 ${ms(percentile(apiTimes, 99))}   max ${ms(apiTimes.at(-1)!)}`,
);
const p99 = percentile(times, 99) / 1e6;
console.log(`  target p99 < ${BUDGET.p99Ms} ms: ${p99 < BUDGET.p99Ms ? 'met' : 'NOT MET'}`);

// ---------------------------------------------------------------------------------------------
// 2. Bytes transferred
// ---------------------------------------------------------------------------------------------

if (!existsSync(ENTRY)) {
  console.error(`\nNo build found (${ENTRY}). Run \`npm run build\` first.`);
  process.exit(1);
}

async function startServer(): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [ENTRY], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return { base, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('the built server did not start');
}

interface Size {
  raw: number;
  gz: number;
  files: string[];
}
const empty = (): Size => ({ raw: 0, gz: 0, files: [] });
function add(size: Size, name: string, bytes: Buffer): void {
  size.raw += bytes.length;
  size.gz += gzipSync(bytes).length;
  size.files.push(name);
}
const readClient = (url: string) => readFileSync(join(CLIENT, url.replace(/^\//, '')));

/** The JS files a module pulls in: static imports (loaded with it) and dynamic imports (later). */
function jsImports(url: string): { statics: string[]; dynamics: string[] } {
  const code = readClient(url).toString('utf8');
  const dir = url.slice(0, url.lastIndexOf('/') + 1);
  const resolve = (spec: string) => (spec.startsWith('./') ? dir + spec.slice(2) : spec);
  const statics = [
    ...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g),
  ].map((m) => resolve(m[1]!));
  const dynamics = [...code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)].map((m) => resolve(m[1]!));
  return { statics, dynamics };
}

/** A module and everything it imports statically, in load order, without duplicates. */
function closure(entries: string[], seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const url of entries) {
    if (seen.has(url)) continue;
    seen.add(url);
    out.push(url, ...closure(jsImports(url).statics, seen));
  }
  return out;
}

const { base, child } = await startServer();
try {
  const pages: Array<[string, string]> = [
    ['empty form', PAGE],
    ['with answer (?postcode=7511)', `${PAGE}?postcode=7511`],
  ];
  const htmlByName = new Map<string, string>();
  for (const [name, path] of pages) {
    const res = await fetch(base + path);
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
    htmlByName.set(name, await res.text());
  }
  const html = htmlByName.get('with answer (?postcode=7511)')!;

  const scripts = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const linkedCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);

  const initialJs = closure([...scripts, ...preloads]);
  const lazyEntries = initialJs.flatMap((u) => jsImports(u).dynamics);
  const lazyJs = closure(lazyEntries, new Set(initialJs));
  const lazyText = lazyJs.map((u) => readClient(u).toString('utf8')).join('\n');
  const lazyCss = [...new Set([...lazyText.matchAll(/["'](\/_astro\/[^"']+\.css)["']/g)].map((m) => m[1]!))];
  const geo = [...new Set([...lazyText.matchAll(/["'](\/geo\/[^"']+\.json)["']/g)].map((m) => m[1]!))];
  const initialText = [html, ...initialJs.map((u) => readClient(u).toString('utf8'))].join('\n');

  const rows: Array<[string, Size]> = [];
  for (const [name] of pages) {
    const page = htmlByName.get(name)!;
    const inlineCss = [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
    const htmlOnly = empty();
    add(htmlOnly, 'html', Buffer.from(page.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')));
    rows.push([`HTML, ${name}, without inline CSS`, htmlOnly]);
    const css = empty();
    add(css, 'inline <style>', Buffer.from(inlineCss));
    rows.push([`CSS inline in that HTML`, css]);
  }
  const cssFiles = empty();
  for (const u of linkedCss) add(cssFiles, u, readClient(u));
  rows.push(['CSS files linked by the page', cssFiles]);
  const js0 = empty();
  for (const u of initialJs) add(js0, u, readClient(u));
  rows.push(['JS on page load', js0]);
  const js1 = empty();
  for (const u of lazyJs) add(js1, u, readClient(u));
  rows.push(['JS when the map is shown (Leaflet + map)', js1]);
  const css1 = empty();
  for (const u of lazyCss) add(css1, u, readClient(u));
  rows.push(['CSS when the map is shown (Leaflet)', css1]);
  const geoSize = empty();
  for (const u of geo) add(geoSize, u, readClient(u));
  rows.push(['GeoJSON when the map is shown', geoSize]);

  console.log(`\nBytes for ${PAGE} (from dist/client and the built server; gzip = zlib default level)`);
  console.log(`  ${'part'.padEnd(52)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}  files`);
  for (const [name, size] of rows) {
    console.log(
      `  ${name.padEnd(52)} ${kb(size.raw).padStart(10)} ${kb(size.gz).padStart(10)}  ${size.files.join(', ')}`,
    );
  }
  const jsGz = js0.gz + js1.gz;
  const jsOk = jsGz < BUDGET.jsGz;
  const geoOk = geoSize.gz < BUDGET.geoGz && geo.length > 0;
  const lazyOk = !/\/geo\/|leaflet/i.test(
    initialText.replace(/<script type="application\/json"[\s\S]*?<\/script>/g, ''),
  );
  console.log(
    `\n  JS total (load + map) ${kb(jsGz)} gzip; target < ${kb(BUDGET.jsGz)}: ${jsOk ? 'met' : 'NOT MET'}`,
  );
  console.log(
    `  boundaries ${kb(geoSize.gz)} gzip; target < ${kb(BUDGET.geoGz)}: ${geoOk ? 'met' : 'NOT MET'}`,
  );
  console.log(
    `  boundaries and Leaflet referenced only from the lazily imported map chunk, not the HTML or the JS on load: ${lazyOk ? 'yes' : 'NO'}`,
  );
  if (!jsOk || !geoOk || !lazyOk) process.exitCode = 1;
} finally {
  child.kill();
}
