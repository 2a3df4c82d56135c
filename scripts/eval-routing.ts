/**
 * Measures the referral router on a labelled file (JSON Lines, one question per line):
 *
 *   npm run eval:routing [file.jsonl] [--min-top1 0.9] [--min-top3 0.98] [--min-werkplaats 1]
 *                        [--max-violations 0] [--date YYYY-MM-DD] [--quiet]
 *
 * Prints top-1 and top-3 kind accuracy, werkplaats accuracy and violations, lists the failing
 * items, and exits 1 when a threshold is not met (so CI can gate on it). Default file:
 * tests/fixtures/routing-dev.jsonl.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { formatProblems, loadDirectory } from '../content/load.ts';
import { KINDS } from '../content/schema.ts';
import { buildDirectoryIndex, type DirectoryIndex } from '../functions/core/directory-index.ts';
import type { PostcodeTable } from '../functions/core/postcode.ts';
import { placeFromPostcode, routeQuestion, type RouteResult } from '../functions/core/route-question.ts';
import { loadDictionaries, loadPostcodes } from '../functions/data.ts';

/** One labelled question. */
export const EvalItemSchema = z.object({
  id: z.string(),
  question: z.string().min(3),
  postcode: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  employees: z
    .number()
    .int()
    .min(0)
    .nullish()
    .transform((v) => v ?? undefined),
  sector: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  lang: z
    .enum(['nl', 'en'])
    .nullish()
    .transform((v) => v ?? undefined),
  /** Any of these kinds is a correct first answer. */
  expect_kind: z.array(z.enum(KINDS)).min(1),
  /** When set, the first werkplaats recommended must be this one. */
  expect_werkplaats: z.string().nullable().optional(),
  /** The first answer must not be of these kinds. */
  must_not_top: z.array(z.enum(KINDS)).default([]),
  note: z.string().optional(),
});
export type EvalItem = z.output<typeof EvalItemSchema>;

export interface EvalFailure {
  id: string;
  problems: string[];
  got: string[];
  question: string;
}

export interface EvalReport {
  total: number;
  top1: number;
  top3: number;
  werkplaats: { total: number; correct: number };
  violations: number;
  failures: EvalFailure[];
}

/** Reads a JSON Lines file of labelled questions; throws naming the line when one is malformed. */
export function readEvalFile(path: string): EvalItem[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line, n) => [line.trim(), n + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      const parsed = EvalItemSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(
          `${path}:${n}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      return parsed.data;
    });
}

/** The router's answer to one labelled question, as POST /route gives it for the same fields. */
export function routeEvalItem(
  item: EvalItem,
  index: DirectoryIndex,
  postcodes: PostcodeTable,
  today: string,
): RouteResult {
  const place = placeFromPostcode(postcodes, item.postcode);
  if (!place.ok) throw new Error(`${item.id}: ${place.detail}`);
  return routeQuestion(index, {
    question: item.question,
    ...(place.place ? { place: place.place } : {}),
    ...(place.unknownPostcode ? { unknownPostcode: place.unknownPostcode } : {}),
    ...(item.employees !== undefined ? { employees: item.employees } : {}),
    ...(item.sector ? { sector: item.sector } : {}),
    ...(item.lang ? { lang: item.lang } : {}),
    today,
  });
}

/** Routes every item and scores the answers. */
export function evaluateRouting(
  items: readonly EvalItem[],
  index: DirectoryIndex,
  postcodes: PostcodeTable,
  today: string,
): EvalReport {
  const report: EvalReport = {
    total: items.length,
    top1: 0,
    top3: 0,
    werkplaats: { total: 0, correct: 0 },
    violations: 0,
    failures: [],
  };
  for (const item of items) {
    const recs = routeEvalItem(item, index, postcodes, today).recommendations;
    const problems: string[] = [];
    const first = recs[0]?.kind;
    if (first && item.expect_kind.includes(first)) report.top1++;
    else problems.push(`top-1 is ${first ?? 'niets'}, verwacht ${item.expect_kind.join(' of ')}`);
    if (recs.slice(0, 3).some((r) => item.expect_kind.includes(r.kind))) report.top3++;
    else problems.push('verwachte soort niet in top-3');
    if (item.expect_werkplaats) {
      report.werkplaats.total++;
      const wp = recs.find((r) => r.kind === 'werkplaats');
      if (wp?.slug === item.expect_werkplaats) report.werkplaats.correct++;
      else problems.push(`werkplaats is ${wp?.slug ?? 'geen'}, verwacht ${item.expect_werkplaats}`);
    }
    if (first && item.must_not_top.includes(first)) {
      report.violations++;
      problems.push(`schending: ${first} bovenaan`);
    }
    if (problems.length > 0) {
      report.failures.push({
        id: item.id,
        problems,
        got: recs.map((r) => `${r.kind}:${r.slug}`),
        question: item.question,
      });
    }
  }
  return report;
}

const pct = (a: number, b: number) => (b === 0 ? 'n.v.t.' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);

/** The report as printed by the script. */
export function formatReport(file: string, r: EvalReport, verbose = true): string {
  const lines = [
    `Routering op ${file}: ${r.total} vragen`,
    `  top-1 soort:      ${pct(r.top1, r.total)}`,
    `  top-3 soort:      ${pct(r.top3, r.total)}`,
    `  werkplaats:       ${pct(r.werkplaats.correct, r.werkplaats.total)}`,
    `  schendingen:      ${r.violations}`,
  ];
  if (verbose && r.failures.length > 0) {
    lines.push('', `Niet goed (${r.failures.length}):`);
    for (const f of r.failures) {
      lines.push(`  ${f.id}: ${f.problems.join('; ')}`);
      lines.push(`    vraag: ${f.question.slice(0, 140)}`);
      lines.push(`    kreeg: ${f.got.join(', ')}`);
    }
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  const flags = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quiet') flags.set('quiet', '1');
    else if (a.startsWith('--')) {
      const [k, v] = a.includes('=') ? a.slice(2).split('=', 2) : [a.slice(2), argv[++i]];
      flags.set(k!, v ?? '');
    } else files.push(a);
  }
  const file = files[0] ?? 'tests/fixtures/routing-dev.jsonl';
  const today = flags.get('date') ?? new Date().toISOString().slice(0, 10);
  const loaded = loadDirectory();
  if (!loaded.ok) {
    console.error(formatProblems(loaded.problems));
    return 2;
  }
  const postcodes = loadPostcodes();
  const index = buildDirectoryIndex(loaded.initiatives, { postcodes, words: loadDictionaries() });
  const report = evaluateRouting(readEvalFile(resolve(file)), index, postcodes, today);
  console.log(formatReport(file, report, !flags.has('quiet')));

  const checks: Array<[string, number, (v: number) => boolean, string]> = [];
  const num = (k: string) => (flags.has(k) ? Number(flags.get(k)) : undefined);
  const frac = (v: number) => (v > 1 ? v / 100 : v); // accept 0.9 and 90
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const t1 = num('min-top1');
  const t3 = num('min-top3');
  const tw = num('min-werkplaats');
  const mv = num('max-violations');
  if (t1 !== undefined)
    checks.push(['top-1', ratio(report.top1, report.total), (v) => v >= frac(t1), `>= ${t1}`]);
  if (t3 !== undefined)
    checks.push(['top-3', ratio(report.top3, report.total), (v) => v >= frac(t3), `>= ${t3}`]);
  if (tw !== undefined)
    checks.push([
      'werkplaats',
      ratio(report.werkplaats.correct, report.werkplaats.total),
      (v) => v >= frac(tw),
      `>= ${tw}`,
    ]);
  if (mv !== undefined) checks.push(['schendingen', report.violations, (v) => v <= mv, `<= ${mv}`]);
  let failed = false;
  for (const [name, value, ok, want] of checks) {
    if (!ok(value)) {
      failed = true;
      console.error(
        `Onder de drempel: ${name} is ${name === 'schendingen' ? value : value.toFixed(3)}, nodig ${want}.`,
      );
    }
  }
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
