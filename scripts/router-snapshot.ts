/**
 * The router's full answer to every labelled question, for changes that must not change them
 * (a faster router, a refactoring):
 *
 *   npm run router:snapshot -- OUT.jsonl           write the answers
 *   npm run router:snapshot -- --check OUT.jsonl   compare with a file written before
 *
 * Every question of tests/fixtures/routing-*.jsonl is routed on a school day and in the summer
 * break with the real directory, and every tenth also with the directory scaled to 10,000
 * synthetic entries: one JSON answer per line. --check prints the first differences and exits 1
 * when there are any. The labels play no part: this compares answers, not their quality.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { formatProblems, loadDirectory } from '../content/load.ts';
import { buildDirectoryIndex } from '../functions/core/directory-index.ts';
import { withSyntheticEntries } from '../functions/core/synthetic-directory.ts';
import { loadDictionaries, loadPostcodes } from '../functions/data.ts';
import { readEvalFile, routeEvalItem, type EvalItem } from './eval-routing.ts';

const DATES = ['2026-11-27', '2026-07-20'];
const SCALE = 10_000;

function answers(): string[] {
  const loaded = loadDirectory();
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  const postcodes = loadPostcodes();
  const words = loadDictionaries();
  const items: EvalItem[] = readdirSync('tests/fixtures')
    .filter((f) => /^routing-.*\.jsonl$/.test(f))
    .sort()
    .flatMap((f) => readEvalFile(`tests/fixtures/${f}`));
  const lines: string[] = [];
  const run = (entries: typeof loaded.initiatives, list: EvalItem[], dates: string[]) => {
    const index = buildDirectoryIndex(entries, { postcodes, words });
    for (const today of dates)
      for (const item of list)
        lines.push(
          JSON.stringify({ id: item.id, today, answer: routeEvalItem(item, index, postcodes, today) }),
        );
  };
  run(loaded.initiatives, items, DATES);
  run(
    withSyntheticEntries(loaded.initiatives, SCALE),
    items.filter((_, i) => i % 10 === 0),
    DATES.slice(0, 1),
  );
  return lines;
}

function main(argv: string[]): number {
  const check = argv[0] === '--check';
  const file = check ? argv[1] : argv[0];
  if (!file) {
    console.error('Gebruik: npm run router:snapshot -- [--check] BESTAND.jsonl');
    return 2;
  }
  const now = answers();
  if (!check) {
    writeFileSync(file, `${now.join('\n')}\n`);
    console.log(`${now.length} antwoorden geschreven naar ${file}`);
    return 0;
  }
  const before = readFileSync(file, 'utf8').trimEnd().split('\n');
  const differ = now.flatMap((line, i) => (line === before[i] ? [] : [i]));
  if (before.length !== now.length) console.log(`${before.length} antwoorden eerder, ${now.length} nu`);
  for (const i of differ.slice(0, 5))
    console.log(`verschil op regel ${i + 1}:\n  was: ${before[i]}\n  nu:  ${now[i]}`);
  console.log(`${now.length - differ.length} van ${now.length} antwoorden gelijk`);
  return differ.length === 0 && before.length === now.length ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
