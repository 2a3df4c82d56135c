/**
 * Loads the reference data in data/ (copied from the project's sources; see data/SOURCES.md).
 * I/O lives here so core/ stays pure. `dataDir` defaults to ./data under the working directory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePc4Csv, type PostcodeTable } from './core/postcode.ts';

let cached: { dir: string; table: PostcodeTable } | undefined;

/** The PC4 table from data/pc4.csv, read once per directory. */
export function loadPostcodes(dataDir: string = join(process.cwd(), 'data')): PostcodeTable {
  if (cached?.dir !== dataDir) {
    cached = { dir: dataDir, table: parsePc4Csv(readFileSync(join(dataDir, 'pc4.csv'), 'utf8')) };
  }
  return cached.table;
}
