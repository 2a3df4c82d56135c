/**
 * Snowball stemming for Dutch and English questions and directory text.
 *
 * Why @orama/stemmers: it ships the Snowball Dutch and English algorithms as plain ESM with no
 * dependencies, is maintained with the Orama search engine, and is Apache-2.0 licensed. The
 * older `snowball-stemmers` package has not been published since 2017.
 */
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';

export type Lang = 'nl' | 'en';

// Stemming is pure and the vocabulary of questions is small: memoise per language, bounded.
const MAX_CACHE = 50_000;
const caches: Record<Lang, Map<string, string>> = { nl: new Map(), en: new Map() };

/**
 * Snowball leaves a plural -s after a vowel alone ("websites", "subsidies"); Dutch loanwords
 * make those common, so we drop it first to keep singular and plural together.
 */
function dropLoanwordPlural(word: string): string {
  if (word.length >= 6 && word.endsWith('es') && !word.endsWith('sses') && word !== 'proces') {
    return word.slice(0, -1);
  }
  return word;
}

/** The Snowball stem of one lower-case, accent-free word. */
export function stem(word: string, lang: Lang = 'nl'): string {
  const cache = caches[lang];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const result = lang === 'nl' ? dutchStemmer(dropLoanwordPlural(word)) : englishStemmer(word);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(word, result);
  return result;
}
