/**
 * `npm run bench:router`: the router in-process, without HTTP, on the bench:api questions, with
 * the real directory and with 10,000 synthetic entries. For each step (analysing the question,
 * classifying it, the text search, the whole route, writing the answer as JSON) it prints the
 * microseconds per question, measured two ways in the same run, call after call:
 * - warm: the same call again straight away, with what it reads still in the processor's caches;
 * - cold: right after reading COLD_MB (default 32, the L3 cache of this machine) of other memory,
 *   as in a server, where HTTP handling, other processes and the host's other tenants run between
 *   two questions.
 * Cold over warm says how much of the router's cost in a server is fetching its data and code
 * from memory rather than computing. bench:api measures the server itself; this has no target.
 * Runs under tsx, whose name-keeping wrappers add a little to every closure; compare within a run.
 * BENCH_SECONDS (default 4) per directory size.
 */
import { loadDirectory, formatProblems } from '../content/load.ts';
import { buildDirectoryIndex, type DirectoryIndex } from '../functions/core/directory-index.ts';
import type { Pc4Area } from '../functions/core/postcode.ts';
import { placeFromPostcode, routeQuestion, type RouteInput } from '../functions/core/route-question.ts';
import { withSyntheticEntries } from '../functions/core/synthetic-directory.ts';
import { loadDictionaries, loadPostcodes } from '../functions/data.ts';
import { BENCH_QUESTIONS } from './bench-questions.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const COLD_MB = Number(process.env.COLD_MB ?? 32);
const STEPS = ['analyse', 'classify', 'search', 'route', 'json'] as const;
type Step = (typeof STEPS)[number];

const loaded = loadDirectory();
if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
const postcodes = loadPostcodes();
const words = loadDictionaries();

/** Reading every cache line of this much memory pushes the router's data out of the caches. */
const other = new Int32Array((COLD_MB * 2 ** 20) / 4);
let sum = 0;
const evict = () => {
  for (let i = 0; i < other.length; i += 16) sum += other[i]!;
};

/** Each step of one question, as a call that does just that step. */
function stepsOf(index: DirectoryIndex, q: (typeof BENCH_QUESTIONS)[number]): Record<Step, () => unknown> {
  const resolved = placeFromPostcode(postcodes, q.postcode);
  const place: Pc4Area | undefined = resolved.ok ? resolved.place : undefined;
  const input: RouteInput = { question: q.question, employees: q.employees, today: '2026-11-27' };
  if (place) input.place = place;
  const analysis = index.analyzer.analyze(q.question);
  const answer = routeQuestion(index, input);
  return {
    analyse: () => index.analyzer.analyze(q.question),
    classify: () => index.classifier.classify(analysis, { employees: q.employees }),
    search: () => index.search(analysis, place),
    route: () => routeQuestion(index, input),
    json: () => JSON.stringify(answer),
  };
}

function measure(label: string, index: DirectoryIndex) {
  const questions = BENCH_QUESTIONS.map((q) => stepsOf(index, q));
  for (let i = 0; i < 500; i++) for (const steps of questions) for (const s of STEPS) steps[s]();
  const warm = Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<Step, number>;
  const cold = { ...warm };
  let rounds = 0;
  const end = performance.now() + SECONDS * 1000;
  while (performance.now() < end) {
    for (const steps of questions) {
      for (const s of STEPS) {
        evict();
        const t0 = performance.now();
        steps[s]();
        const t1 = performance.now();
        steps[s]();
        cold[s] += t1 - t0;
        warm[s] += performance.now() - t1;
      }
    }
    rounds++;
  }
  const us = (ms: number) => ((ms / (rounds * questions.length)) * 1000).toFixed(1).padStart(8);
  console.log(`\n${label} (${rounds * questions.length} vragen per stap)`);
  console.log(`  stap        warm µs   koud µs   koud/warm`);
  for (const s of STEPS) {
    console.log(
      `  ${s.padEnd(9)} ${us(warm[s])}  ${us(cold[s])}   ${(cold[s] / warm[s]).toFixed(1).padStart(5)}×`,
    );
  }
}

console.log(
  `bench:router — ${SECONDS} s per directory, koud = na ${COLD_MB} MB andere geheugentoegang; warm = dezelfde aanroep direct erna`,
);
measure(
  `Echte inhoud (content/), ${loaded.initiatives.length} items`,
  buildDirectoryIndex(loaded.initiatives, { postcodes, words }),
);
measure(
  'Opgeschaald naar 10.000 synthetische items',
  buildDirectoryIndex(withSyntheticEntries(loaded.initiatives, 10_000), { postcodes, words }),
);
// The sum is used, so the reads that push the router's data out are not optimised away.
if (sum !== 0) throw new Error('the other memory is all zeros');
