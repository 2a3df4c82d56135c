/** Builds the API with the real embedded dependencies: the content/ directory and data/pc4.csv. */
import { formatProblems, loadDirectory } from '../../content/load.ts';
import type { Initiative } from '../../content/schema.ts';
import { createApp } from '../../functions/app.ts';
import { loadDictionaries, loadPostcodes } from '../../functions/data.ts';

/** The real directory; throws with the content report when content/ is broken. */
export function realDirectory(): Initiative[] {
  const result = loadDirectory();
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.initiatives;
}

export function realApp(directory: readonly Initiative[] = realDirectory()) {
  return createApp({ directory, postcodes: loadPostcodes(), words: loadDictionaries() });
}
