/**
 * Dutch text analysis for the in-process index: folded words, stop words dropped, synonyms and
 * phrases mapped to the key of their group (the list the router uses) and the rest reduced to its
 * Snowball stem (functions/core/stem.ts, the router's stemmer). Documents and queries go through
 * the same steps, so "webshops" in a query meets "webwinkel" in a summary.
 */
import { stem } from '../core/stem.ts';
import { STOPWORDS_NL, fold } from '../core/text.ts';
import { synonymLookup, type SynonymLookup } from './synonyms.ts';

const lookup: SynonymLookup = synonymLookup();

/** Folded words of a text: "E-commerce in Fryslân" → ["ecommerce", "in", "fryslan"]. */
export function foldedWords(text: string): string[] {
  return (
    fold(text)
      // "e-mail", "e-commerce": one word, as in the router (core/text.ts).
      .replace(/\be-(?=[a-z])/g, 'e')
      .match(/[a-z0-9]+/g) ?? []
  );
}

function phraseAt(words: readonly string[], i: number): readonly [number, string] | undefined {
  for (const [parts, key] of lookup.phrases.get(words[i]!) ?? []) {
    if (parts.every((p, k) => words[i + k] === p)) return [parts.length, key];
  }
  return undefined;
}

/**
 * The terms a document field is indexed under. A synonym form gives its key and its own stem
 * (so a typo of the form itself still finds it); a phrase gives its key and its words.
 */
export function documentTerms(text: string): string[] {
  const words = foldedWords(text);
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = phraseAt(words, i);
    if (phrase) terms.push(phrase[1]);
    const w = words[i]!;
    const key = lookup.words.get(w);
    if (key) {
      terms.push(key);
      const s = stem(w);
      if (s !== key) terms.push(s);
    } else if (!STOPWORDS_NL.has(w) && w.length > 1) {
      terms.push(stem(w));
    }
  }
  return terms;
}

/** The terms of a query, one per meaning: a phrase or synonym is its key, other words their stem. */
export function queryTerms(text: string): string[] {
  const words = foldedWords(text);
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = phraseAt(words, i);
    if (phrase) {
      terms.push(phrase[1]);
      i += phrase[0] - 1;
      continue;
    }
    const w = words[i]!;
    const key = lookup.words.get(w);
    if (key) terms.push(key);
    else if (!STOPWORDS_NL.has(w) && w.length > 1) terms.push(stem(w));
  }
  return [...new Set(terms)];
}

/**
 * How many typos a query term may contain: none below 4 letters, one from 4, two from 8. The
 * Meilisearch adapter sets the same sizes (minWordSizeForTypos), so both engines forgive alike.
 */
export function typoBudget(term: string): number {
  if (term.length >= 8) return 2;
  if (term.length >= 4) return 1;
  return 0;
}
