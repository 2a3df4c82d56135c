/**
 * Turns free text into tokens the router can reason with: folded words, synonyms and
 * abbreviations mapped to one key (synonyms.ts), Dutch or English Snowball stems, compounds
 * split against the known vocabulary ("webwinkelsoftware" → webwinkel + software) and typos
 * corrected within a bounded edit distance ("subsidei" → subsidie).
 *
 * One analyser is built per directory (directory-index.ts) so its vocabulary is the index's.
 */
import { stem, type Lang } from './stem.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';
import { STOPWORDS_EN, STOPWORDS_NL, guessLanguage, sentences } from './text.ts';
import { createTypoIndex, type TypoIndex } from './typos.ts';

/** One unit of meaning found in a text. */
/** What one word stands for: its keys (with how each was found) and a typo correction. */
interface Reading {
  keys: Array<[key: string, via: Token['via'], modifier?: true]>;
  correction?: string;
  /** A past participle ("geinstalleerd"): what was done, not asked now. */
  past?: true;
}

export interface Token {
  /** What the index and the signals compare: a synonym key or a stem. */
  key: string;
  /** The word as written (folded), or the phrase. */
  surface: string;
  /** Position of the first word in the text. */
  position: number;
  /** Index of the sentence (or clause) it is in: a phrase does not reach across two. */
  sentence: number;
  /** How much it counts: 1, or 0.5 in a secondary clause ("Daarnaast ..."). */
  weight: number;
  /** True for stop words: kept for phrases, ignored as evidence. */
  stop: boolean;
  /** How it was found when not directly. */
  via?: 'compound' | 'typo';
  /**
   * A part of a compound before its last ("installatie" in "installatiebedrijf"), and not also
   * what the word itself stands for: it says what kind of thing the last part is, not what the
   * owner asks for.
   */
  modifier?: true;
  /** True for a multi-word synonym ("online verkopen"); its words are tokens too. */
  phrase?: boolean;
  /** In the owner's description of their own firm (text.ts Sentence.self). */
  self?: true;
  /** Not asked now (text.ts Word.notNow), or a past participle ("geinstalleerd"). */
  notNow?: true;
}

/** A correction the analyser made, reported back so the owner can see what was understood. */
export interface Correction {
  from: string;
  to: string;
}

export interface Analysis {
  lang: Lang;
  tokens: Token[];
  corrections: Correction[];
}

export interface Analyzer {
  /** Analyses text; `lang` forces the language, otherwise it is guessed. */
  analyze(text: string, options?: { lang?: Lang; compounds?: boolean; typos?: boolean }): Analysis;
  /** The keys, one per word, of a word or phrase as a signal author writes it. */
  keyOf(form: string, lang: Lang): Array<{ key: string; stop: boolean }>;
  /** Whether a key is known (directory or lexicon). */
  knows(key: string): boolean;
}

interface Lexicon {
  /** Folded single word → key, per language. */
  words: Record<Lang, Map<string, string>>;
  /** Stem → key for the variants, per language. */
  stems: Record<Lang, Map<string, string>>;
  /** Phrases by their first word, per language: [words, key]. */
  phrases: Record<Lang, Map<string, Array<[string[], string]>>>;
  /** English words that are only a group's (Dutch) key, not one of its English forms: "storing". */
  keysOnlyEn: Set<string>;
}

function buildLexicon(): Lexicon {
  const lex: Lexicon = {
    words: { nl: new Map(), en: new Map() },
    stems: { nl: new Map(), en: new Map() },
    phrases: { nl: new Map(), en: new Map() },
    keysOnlyEn: new Set(),
  };
  for (const group of SYNONYM_GROUPS) {
    if (!group.en.includes(group.key)) lex.keysOnlyEn.add(group.key);
    for (const lang of ['nl', 'en'] as const) {
      for (const form of [group.key, ...group[lang]]) {
        const words = form.split(' ');
        if (words.length === 1) {
          if (!lex.words[lang].has(form)) lex.words[lang].set(form, group.key);
          // Short forms match exactly only: their stems collide with unrelated words.
          // Derivations in -ing and -heid lose it to the stemmer ("regeling" → "regel",
          // "zekerheden" → "zeker"): exact only too.
          if (form.length < 5 || (lang === 'nl' && /(?:ing(?:en)?|heid|heden)$/.test(form))) continue;
          const s = stem(form, lang);
          if (s.length >= 4 && !lex.stems[lang].has(s)) lex.stems[lang].set(s, group.key);
        } else {
          const list = lex.phrases[lang].get(words[0]!) ?? [];
          list.push([words, group.key]);
          lex.phrases[lang].set(words[0]!, list);
        }
      }
    }
  }
  // Longest phrase first, so "werkt niet meer" wins over "werkt niet".
  for (const lang of ['nl', 'en'] as const) {
    for (const list of lex.phrases[lang].values()) list.sort((a, b) => b[0].length - a[0].length);
  }
  return lex;
}

const LEXICON = buildLexicon();

/**
 * Phrases by their first word for a text in each language: its own language's first, then the
 * other's (English terms are common in Dutch questions, and the reverse).
 */
const PHRASES_FOR: Record<Lang, Map<string, Array<[string[], string]>>> = {
  nl: mergePhrases(LEXICON.phrases.nl, LEXICON.phrases.en),
  en: mergePhrases(LEXICON.phrases.en, LEXICON.phrases.nl),
};

function mergePhrases(
  first: ReadonlyMap<string, Array<[string[], string]>>,
  then: ReadonlyMap<string, Array<[string[], string]>>,
): Map<string, Array<[string[], string]>> {
  const out = new Map<string, Array<[string[], string]>>();
  for (const word of new Set([...first.keys(), ...then.keys()]))
    out.set(word, [...(first.get(word) ?? []), ...(then.get(word) ?? [])]);
  return out;
}

const STOP: Record<Lang, ReadonlySet<string>> = { nl: STOPWORDS_NL, en: STOPWORDS_EN };

/** Linking sounds between the parts of a Dutch compound ("storing-s-melding"). */
const LINKS = ['', 's', 'e', 'en'];

export interface AnalyzerOptions {
  /** Folded surface words of the directory and the signal lexicon (for compounds and typos). */
  vocabulary: Iterable<string>;
  /** How common a surface word is (for choosing between equally close typo corrections). */
  frequency?: (word: string) => number;
  /** Real words (base forms) per language, never read as a typo of another word. */
  words?: Dictionaries;
}

/** A set of words that only answers whether it has one (a Set will do). */
export interface WordList {
  has(word: string): boolean;
}

/** A word list per language (functions/data.ts loadDictionaries). */
export type Dictionaries = Partial<Record<Lang, WordList>>;

/** Endings of the present tense (-t) and of diminutives, longest first. */
const FORM_ENDINGS = ['tjes', 'tje', 'jes', 'je', 't'];
/** Those and the endings of inflected forms, to find the base form a dictionary lists. */
const ENDINGS = [...FORM_ENDINGS, 'en', 'n', 's', 'e', 'te', 'de'];
const VOWELS = 'aeiou';

/** English endings of inflected and derived forms, longest first. */
const ENDINGS_EN = ['ings', 'ing', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 's', 'd', 'ly'];

/**
 * True when `word` or its base form is in `words`: "bestanden" (bestand), "afspraken"
 * (afspraak: the vowel written once in an open syllable), "bedden" (bed), "mailtje" (mail);
 * in English "supplies" (supply), "taking" (take), "overrunning" (overrun).
 */
export function isDictionaryWord(word: string, words: WordList, lang: Lang = 'nl'): boolean {
  if (words.has(word)) return true;
  if (lang === 'en') return isEnglishForm(word, words);
  return isDutchForm(word, words) || isDutchCompound(word, words);
}

/** Separable prefixes of Dutch verbs: "bijwerken" is "werken", "nabestellen" is "bestellen". */
const PREFIXES = [
  'bij',
  'na',
  'op',
  'af',
  'aan',
  'uit',
  'in',
  'mee',
  'over',
  'door',
  'terug',
  'voor',
  'toe',
  'om',
  'weg',
];
/** The shortest parts of a compound that the dictionary guard accepts ("word" + "pres" is no word). */
const MIN_PART = 4;
const MIN_TAIL = 5;
/** Whether `word` is the plural of `single` ("guarantee schemes", "onderzoekspartners"). */
const isPlural = (word: string | undefined, single: string): boolean =>
  word !== undefined && (word === `${single}s` || word === `${single}en`);

/** The shortest parts of a compound read by its tail (tailCompound). */
const MIN_HEAD = 4;
const MIN_TAIL_PART = 4;
/**
 * The keys (synonyms.ts) whose words name what a compound of any real word and them is: data
 * ("klantdata"), a permit ("terrasvergunning") and a machine ("spuitgietmachines").
 */
const TAIL_KEYS: ReadonlySet<string> = new Set(['data', 'vergunning', 'machine']);

/** An inflected form of a listed word: "bestanden", "afspraken", "blijft" (blijven), "volgend" (volgen). */
function isDutchForm(word: string, words: WordList): boolean {
  if (words.has(word)) return true;
  // A present participle ("volgend") or a present tense with f/v or s/z ("blijft", "leest").
  for (const end of ['ende', 'end', 't']) {
    if (!word.endsWith(end) || word.length - end.length < 3) continue;
    const base = word.slice(0, -end.length);
    const voiced = base.replace(/f$/, 'v').replace(/s$/, 'z');
    if (words.has(`${base}en`) || words.has(`${voiced}en`)) return true;
    const [v, c] = [voiced[voiced.length - 2]!, voiced[voiced.length - 1]!];
    if (v === voiced[voiced.length - 3] && VOWELS.includes(v) && words.has(`${voiced.slice(0, -2)}${c}en`))
      return true;
  }
  for (const end of ENDINGS) {
    if (!word.endsWith(end) || word.length - end.length < 3) continue;
    const base = word.slice(0, -end.length);
    if (words.has(base)) return true;
    const [v, c] = [base[base.length - 2]!, base[base.length - 1]!];
    if (VOWELS.includes(v) && !VOWELS.includes(c) && words.has(base.slice(0, -1) + v + c)) return true;
    if (c === v && !VOWELS.includes(c) && words.has(base.slice(0, -1))) return true;
  }
  return false;
}

/**
 * A verb with a separable prefix, or a compound of two listed words ("orderportaal",
 * "orderpieken"), which a spelling dictionary does not list one by one.
 */
function isDutchCompound(word: string, words: WordList): boolean {
  for (const prefix of PREFIXES) {
    if (
      word.startsWith(prefix) &&
      word.length - prefix.length >= MIN_PART &&
      isDutchForm(word.slice(prefix.length), words)
    )
      return true;
  }
  for (let i = MIN_PART; i <= word.length - MIN_TAIL; i++) {
    const head = word.slice(0, i);
    if (!words.has(head)) continue;
    for (const link of LINKS) {
      if (link && !word.startsWith(link, i)) continue;
      const tail = word.slice(i + link.length);
      if (tail.length >= MIN_TAIL && isDutchForm(tail, words)) return true;
    }
  }
  return false;
}

function isEnglishForm(word: string, words: WordList): boolean {
  for (const end of ENDINGS_EN) {
    if (!word.endsWith(end) || word.length - end.length < 3) continue;
    const base = word.slice(0, -end.length);
    if (words.has(base) || words.has(`${base}e`)) return true;
    if ((end === 'ies' || end === 'ied') && words.has(`${base}y`)) return true;
    if (base[base.length - 1] === base[base.length - 2] && words.has(base.slice(0, -1))) return true;
  }
  return false;
}

/** Builds an analyser whose compound splitting and typo correction use `vocabulary`. */
export function createAnalyzer(options: AnalyzerOptions): Analyzer {
  const surfaces = new Set<string>();
  const keys = new Set<string>();
  for (const w of options.vocabulary) {
    if (w.length < 2) continue;
    surfaces.add(w);
  }
  for (const lang of ['nl', 'en'] as const) {
    for (const [w, k] of LEXICON.words[lang]) {
      if (lang === 'nl') surfaces.add(w);
      keys.add(k);
    }
  }
  for (const w of surfaces) keys.add(baseKey(w, 'nl'));
  const enSurfaces = new Set(LEXICON.words.en.keys());

  const typo: Record<Lang, TypoIndex> = {
    nl: createTypoIndex(
      [...surfaces].filter((w) => !STOPWORDS_NL.has(w) && /^[a-z]+$/.test(w)),
      options.frequency,
    ),
    en: createTypoIndex([...enSurfaces].filter((w) => /^[a-z]+$/.test(w))),
  };

  const compoundCache = new Map<string, string[] | null>();
  const typoCache: Record<Lang, Map<string, string | null>> = { nl: new Map(), en: new Map() };
  const readingCache: Record<Lang, Map<string, Reading>> = { nl: new Map(), en: new Map() };

  function baseKey(word: string, lang: Lang): string {
    const direct = LEXICON.words[lang].get(word);
    if (direct) return direct;
    const s = stem(word, lang);
    // "overheid" stems to "over": a stem that is a stop word would match every "over".
    if (STOP[lang].has(s) && !STOP[lang].has(word)) return word;
    return LEXICON.stems[lang].get(s) ?? s;
  }

  function isKnownWord(word: string, lang: Lang): boolean {
    if (LEXICON.words[lang].has(word)) return true;
    if (lang === 'nl' && (surfaces.has(word) || keys.has(stem(word, lang)))) return true;
    return LEXICON.stems[lang].has(stem(word, lang));
  }

  /** Splits a Dutch compound into known parts (at most three), longest head first. */
  function splitCompound(word: string, depth = 0): string[] | null {
    if (depth === 0) {
      const hit = compoundCache.get(word);
      if (hit !== undefined) return hit;
    }
    let result: string[] | null = null;
    if (word.length >= 6) {
      for (let i = word.length - 3; i >= 3 && !result; i--) {
        const head = word.slice(0, i);
        if (!isKnownWord(head, 'nl') || STOPWORDS_NL.has(head)) continue;
        // A head that ends in the linking s ("opleidings|programma"): the word before it, next.
        if (head.endsWith('s') && isKnownWord(head.slice(0, -1), 'nl')) continue;
        for (const link of LINKS) {
          if (link && !word.startsWith(link, i)) continue;
          const tail = word.slice(i + link.length);
          if (tail.length < 3) continue;
          if (isKnownWord(tail, 'nl') && !STOPWORDS_NL.has(tail)) {
            result = [head, tail];
            break;
          }
          if (depth < 1) {
            const rest = splitCompound(tail, depth + 1);
            if (rest) {
              result = [head, ...rest];
              break;
            }
          }
        }
      }
    }
    if (depth === 0) {
      if (compoundCache.size > 50_000) compoundCache.clear();
      compoundCache.set(word, result);
    }
    return result;
  }

  const words = options.words;
  /** Whether `word` is a real word of `lang` (its spelling dictionary, when one was given). */
  const isRealWord = (word: string, lang: Lang): boolean => {
    const list = words?.[lang];
    return list !== undefined && isDictionaryWord(word, list, lang);
  };

  function correctTypo(word: string, lang: Lang): string | undefined {
    const cache = typoCache[lang];
    const hit = cache.get(word);
    if (hit !== undefined) return hit ?? undefined;
    // A real word is what the owner meant, however close it is to a word we know: also a word of
    // the other language ("escape rooms" in a Dutch question is no "rom").
    const real = isRealWord(word, 'nl') || isRealWord(word, 'en');
    const fixed = real ? undefined : typo[lang].correct(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, fixed ?? null);
    return fixed;
  }

  /**
   * Data, a permit or a machine of something, in one word whose first part the vocabulary does
   * not know ("behandelgegevens", "meetdata", "terrasvergunning", "spuitgietmachines"): a real
   * word and a word of TAIL_KEYS. Only those: the first part of "reisbureau" says what the firm is, not that
   * it asks for an agency. The first part may end in a linking s, or be a verb's stem.
   */
  function tailCompound(word: string): string[] | null {
    for (let i = MIN_HEAD; i <= word.length - MIN_TAIL_PART; i++) {
      const tail = word.slice(i);
      if (!TAIL_KEYS.has(LEXICON.words.nl.get(tail) ?? '')) continue;
      const head = word.slice(0, i);
      // (The first part may be a verb's stem: "spuitgiet" of "spuitgieten".)
      if (
        isRealWord(head, 'nl') ||
        (head.endsWith('s') && isRealWord(head.slice(0, -1), 'nl')) ||
        isRealWord(`${head}en`, 'nl')
      )
        return [head, tail];
    }
    return null;
  }

  /** The known word `word` is a present-tense or diminutive form of, if any. */
  function baseForm(word: string): string | undefined {
    for (const end of FORM_ENDINGS) {
      const base = word.slice(0, -end.length);
      if (word.endsWith(end) && base.length >= 4 && isKnownWord(base, 'nl')) return base;
    }
    return undefined;
  }

  /** The known verb `word` is the past participle of ("getraind": trainen, "geschoold": scholen), if any. */
  function participleOf(word: string): string | undefined {
    if (!word.startsWith('ge') || !/[dt]$/.test(word) || word.length < 7) return undefined;
    const stem = word.slice(2, -1);
    // A long vowel is written single before -en: "school" becomes "scholen".
    const single = stem.replace(/([aeou])\1([^aeiou])$/, '$1$2');
    return [`${stem}en`, `${single}en`].find((verb) => isKnownWord(verb, 'nl'));
  }

  /** The keys a (non-stop, non-phrase) word stands for, with how they were found. */
  function readWord(word: string, lang: Lang, opts: { compounds?: boolean; typos?: boolean }): Reading {
    const keys: Reading['keys'] = [];
    let correction: string | undefined;
    const push = (key: string, via?: Token['via']) => keys.push([key, via]);
    // The parts of a compound; those before the last are modifiers, unless the word also stands
    // for that key in full. Worked out here, once per word (readings are cached).
    const pushParts = (parts: readonly string[]) => {
      const partKeys = parts.map((p) => baseKey(p, 'nl'));
      const last = partKeys[partKeys.length - 1];
      const whole = new Set(keys.map(([k]) => k));
      partKeys.forEach((key, i) => {
        const modifier = i < partKeys.length - 1 && key !== last && !whole.has(key);
        keys.push(modifier ? [key, 'compound', true] : [key, 'compound']);
      });
    };
    const done = (): Reading => (correction ? { keys, correction } : { keys });

    // English questions keep Dutch loanwords and names: try the other language's lexicon too.
    // But not for an English word of the question that is also a Dutch one: "storing documents"
    // is no "storing". (Terms, read without typo correction by keyOf, keep the keys their authors
    // wrote: "implementer" in a signal stands for its group.)
    const other: Lang = lang === 'nl' ? 'en' : 'nl';
    const english = lang === 'en' && opts.typos !== false && isRealWord(word, 'en');
    if (english && LEXICON.keysOnlyEn.has(word)) {
      push(stem(word, 'en'));
      return done();
    }
    if (isKnownWord(word, lang)) {
      push(baseKey(word, lang));
      // A known compound ("innovatiesubsidie") also counts as its parts, so a signal on
      // "subsidie" sees it; words that are signal terms themselves stay whole.
      if (opts.compounds !== false && lang === 'nl' && word.length >= 9 && !LEXICON.words.nl.has(word)) {
        pushParts(splitCompound(word) ?? []);
      }
      return done();
    }
    if (LEXICON.words[other].has(word) && !english) {
      push(LEXICON.words[other].get(word)!);
      return done();
    }
    if (lang === 'en' && surfaces.has(word) && !english) {
      push(baseKey(word, 'nl'));
      return done();
    }
    // A verb with the -t of the present tense ("beheert", "vergoedt") or a diminutive
    // ("mailtje", "dashboardje"): the form without it, when that is a word we know.
    if (lang === 'nl') {
      const base = baseForm(word);
      if (base) {
        push(baseKey(base, 'nl'));
        return done();
      }
      const verb = participleOf(word);
      if (verb) {
        push(baseKey(verb, 'nl'));
        return { ...done(), past: true };
      }
    }
    if (opts.compounds !== false && lang === 'nl') {
      const parts = splitCompound(word) ?? tailCompound(word);
      if (parts) {
        push(stem(word, 'nl'));
        pushParts(parts);
        return done();
      }
    }
    if (opts.typos !== false && !/\d/.test(word)) {
      const fixed = correctTypo(word, lang);
      if (fixed) {
        correction = fixed;
        push(baseKey(fixed, lang), 'typo');
        return done();
      }
    }
    push(baseKey(word, lang));
    return done();
  }

  function analyze(text: string, opts: { lang?: Lang; compounds?: boolean; typos?: boolean } = {}): Analysis {
    const sents = sentences(text);
    let lang = opts.lang;
    if (!lang) {
      const all: string[] = [];
      for (const s of sents) for (const w of s.words) all.push(w.text);
      lang = guessLanguage(all, words && isRealWord);
    }
    const stop = STOP[lang];
    const tokens: Token[] = [];
    const corrections: Correction[] = [];
    let position = 0;
    for (const [at, sentence] of sents.entries()) {
      const words = sentence.words.map((w) => w.text);
      for (let i = 0; i < words.length; i++, position++) {
        const word = words[i]!;
        // Phrases first (both languages). A phrase stands for its words: "machine learning" is
        // AI, not a machine and learning.
        let phraseLength = 0;
        for (const [phrase, key] of PHRASES_FOR[lang].get(word) ?? []) {
          if (
            phrase.every(
              (p, j) => words[i + j] === p || (j === phrase.length - 1 && isPlural(words[i + j], p)),
            )
          ) {
            tokens.push({
              key,
              surface: phrase.join(' '),
              position,
              sentence: at,
              weight: sentence.weight,
              stop: false,
              phrase: true,
              ...(sentence.self ? { self: true as const } : {}),
              ...(sentence.words[i]!.notNow ? { notNow: true as const } : {}),
            });
            phraseLength = phrase.length;
            break;
          }
        }
        if (phraseLength) {
          i += phraseLength - 1;
          position += phraseLength - 1;
          continue;
        }
        const isStop = stop.has(word);
        if (isStop || /^\d+$/.test(word)) {
          tokens.push({
            key: word,
            surface: word,
            position,
            sentence: at,
            weight: sentence.weight,
            stop: true,
          });
          continue;
        }
        // What a word stands for depends on the word, the language and the options only: known
        // questions share most of their words, so it is worked out once per word (compounds and
        // typos are dear).
        const cacheable = opts.compounds !== false && opts.typos !== false;
        const cached = cacheable ? readingCache[lang].get(word) : undefined;
        const reading: Reading = cached ?? readWord(word, lang, opts);
        if (cacheable && !cached) {
          if (readingCache[lang].size > 50_000) readingCache[lang].clear();
          readingCache[lang].set(word, reading);
        }
        if (reading.correction) corrections.push({ from: word, to: reading.correction });
        for (const [key, via, modifier] of reading.keys) {
          const token: Token = {
            key,
            surface: word,
            position,
            sentence: at,
            weight: sentence.weight,
            stop: false,
          };
          if (via) token.via = via;
          if (modifier) token.modifier = true;
          if (sentence.self) token.self = true;
          if (sentence.words[i]!.notNow || reading.past) token.notNow = true;
          tokens.push(token);
        }
      }
    }
    return { lang, tokens, corrections };
  }

  return {
    analyze,
    keyOf(form, lang) {
      return analyze(form, { lang, compounds: false, typos: false })
        .tokens.filter((t) => t.via === undefined)
        .map((t) => ({ key: t.key, stop: t.stop }));
    },
    knows: (key) => keys.has(key),
  };
}
