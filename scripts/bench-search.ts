/**
 * `npm run bench:search`: how fast `q=` searches are, in one run, on
 * - the real directory (content/), and
 * - 10,000 synthetic entries ("Synthetisch initiatief 0042", clearly not real),
 * each through the SearchIndex itself and through GET /api/v1/initiatives?q= (Hono in-process, no
 * network), with the in-process index; and with Meilisearch too when MEILISEARCH_URL is set (it
 * gets indexes of its own: bench-real and bench-synthetic).
 *
 * Queries run one after another (latency, not throughput under load); queries/s is the number of
 * queries divided by the time they took. BENCH_SECONDS (default 3) is the time per row.
 */
import { GEMEENTEN } from '../content/places.ts';
import { InitiativeFileSchema, KINDS, OFFER_TYPES, THEMES, type Initiative } from '../content/schema.ts';
import { loadDirectory, formatProblems } from '../content/load.ts';
import { createApp } from '../functions/app.ts';
import { loadPostcodes } from '../functions/data.ts';
import { createInProcessIndex } from '../functions/search/in-process.ts';
import { createMeilisearchIndex } from '../functions/search/meilisearch.ts';
import type { SearchIndex } from '../functions/search/search-index.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const SYNTHETIC_COUNT = 10_000;

/** What owners and intermediairs type: words, synonyms, phrases, typos and half-typed words. */
const QUERIES = [
  'webshop',
  'subsidie digitalisering',
  'cyberveiligheid',
  'werkplaats twente',
  'kunstmatige intelligentie',
  'robots in de productie',
  'webwinkle',
  'financiering voor het mkb',
  'data analyse',
  'hulp bij phishing',
  'subsid',
  'online marketing en sociale media',
  'smart industry fieldlab',
  'studenten helpen ondernemers',
  'voucher',
  'ai',
];

/** A small seeded generator, so every run indexes the same synthetic entries. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'webwinkel data automatisering beveiliging phishing subsidie voucher lening robots sensoren productie marketing studenten advies stappenplan prototype ondernemers digitalisering cloud boekhouding kunstmatige intelligentie dashboard klantcontact website vindbaarheid opleiding training netwerk innovatie fieldlab'.split(
    ' ',
  );

/** 10,000 valid initiatives whose names and texts say they are synthetic. */
function syntheticDirectory(count: number): Initiative[] {
  const rnd = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const out: Initiative[] = [];
  for (let n = 0; n < count; n++) {
    const number = String(n).padStart(4, '0');
    const [gemeente] = pick(GEMEENTEN);
    const words = Array.from({ length: 8 }, () => pick(WORDS)).join(', ');
    const scope = rnd();
    const data = InitiativeFileSchema.parse({
      name: `Synthetisch initiatief ${number}`,
      kind: pick(KINDS),
      summary: `Synthetisch testinitiatief ${number} voor de zoekbenchmark, over ${words}.`,
      themes: [pick(THEMES), pick(THEMES)].filter((t, i, all) => all.indexOf(t) === i),
      offer: [pick(OFFER_TYPES)],
      werkgebied:
        scope < 0.1
          ? { landelijk: true }
          : scope < 0.5
            ? { provincies: [pick(GEMEENTEN)[1]] }
            : { gemeenten: [gemeente] },
      locations:
        rnd() < 0.5
          ? [{ gemeente, lat: 50.8 + rnd() * 2.6, lon: 3.4 + rnd() * 3.7, precision: 'gemeente' }]
          : [],
      availability: { status: 'open' },
      curated_by: 'landelijk',
      last_checked: '2026-11-01',
      checked_by: 'benchmark',
      sources: [{ url: 'https://example.invalid/synthetisch', supports: 'niets: synthetisch' }],
    });
    out.push({
      ...data,
      slug: `synthetisch-initiatief-${number}`,
      body: `Dit is synthetisch initiatief ${number}. Het bestaat niet.`,
    });
  }
  return out;
}

interface Row {
  data: string;
  engine: string;
  via: string;
  entries: number;
  /** Average matches per query: how much ranking work each query is. */
  matches: number;
  queries: number;
  qps: number;
  p50: number;
  p99: number;
}

async function measure(
  run: (q: string) => Promise<unknown>,
): Promise<Omit<Row, 'data' | 'engine' | 'via' | 'entries' | 'matches'>> {
  for (let i = 0; i < QUERIES.length * 3; i++) await run(QUERIES[i % QUERIES.length]!); // warm-up
  const times: number[] = [];
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(SECONDS * 1e9));
  let i = 0;
  for (;;) {
    const t0 = process.hrtime.bigint();
    await run(QUERIES[i++ % QUERIES.length]!);
    const t1 = process.hrtime.bigint();
    times.push(Number(t1 - t0) / 1e6);
    if (t1 > deadline) break;
  }
  const total = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
  return { queries: times.length, qps: times.length / total, p50: at(0.5), p99: at(0.99) };
}

async function bench(data: string, directory: Initiative[], index: SearchIndex, rows: Row[]) {
  const t0 = process.hrtime.bigint();
  await index.replaceAll(directory);
  const indexSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.error(
    `  ${index.engine}, ${data}: indexed ${directory.length} entries in ${indexSeconds.toFixed(2)} s`,
  );
  let matches = 0;
  for (const q of QUERIES) matches += (await index.search({ q, page: 1, perPage: 1 })).total;
  const base = {
    data,
    engine: index.engine,
    entries: directory.length,
    matches: Math.round(matches / QUERIES.length),
  };
  rows.push({
    ...base,
    via: 'SearchIndex.search',
    ...(await measure((q) => index.search({ q, page: 1, perPage: 20 }))),
  });
  const app = createApp({ directory, postcodes: loadPostcodes(), search: index });
  rows.push({
    ...base,
    via: 'GET /api/v1/initiatives?q=',
    ...(await measure(async (q) => {
      const res = await app.request(`/api/v1/initiatives?q=${encodeURIComponent(q)}`);
      if (res.status !== 200) throw new Error(`status ${res.status} for ${q}`);
      await res.arrayBuffer();
    })),
  });
}

const loaded = loadDirectory();
if (!loaded.ok) {
  console.error(formatProblems(loaded.problems));
  process.exit(1);
}
const datasets: Array<[string, Initiative[]]> = [
  ['real', loaded.initiatives],
  ['synthetic', syntheticDirectory(SYNTHETIC_COUNT)],
];

const rows: Row[] = [];
console.error(`bench:search — ${QUERIES.length} queries in rotation, ${SECONDS} s per row, one at a time`);
for (const [name, directory] of datasets) await bench(name, directory, createInProcessIndex(), rows);
const meiliUrl = process.env.MEILISEARCH_URL;
if (meiliUrl) {
  for (const [name, directory] of datasets) {
    const index = createMeilisearchIndex({
      url: meiliUrl,
      apiKey: process.env.MEILISEARCH_API_KEY,
      index: `bench-${name}`,
    });
    await bench(name, directory, index, rows);
  }
} else {
  console.error('  Meilisearch: skipped (MEILISEARCH_URL is not set)');
}

console.log('');
console.log('| data | entries | matches/query | engine | via | queries | queries/s | p50 ms | p99 ms |');
console.log('|---|---:|---:|---|---|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.data} | ${r.entries} | ${r.matches} | ${r.engine} | ${r.via} | ${r.queries} | ${Math.round(r.qps)} | ${r.p50.toFixed(3)} | ${r.p99.toFixed(3)} |`,
  );
}
