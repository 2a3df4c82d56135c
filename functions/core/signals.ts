/**
 * Matching words and phrases (from kinds.ts and topics.ts) against an analysed question.
 * Terms are compiled once per analyser into key sequences; a phrase matches when its keys
 * occur in order with at most two other words between them.
 */
import type { Analysis, Analyzer } from './analyzer.ts';
import type { Lang } from './stem.ts';

/**
 * A compiled term: the keys that must occur in order, the stop words around them (at least
 * half must occur nearby, on their side of the keys: "where to start" matches "where do we
 * start", "our quotes" does not match "a quote for migrating our shop") and its owner.
 */
export interface CompiledTerm<T> {
  keys: string[];
  stops: Array<{ key: string; side: StopSide }>;
  term: string;
  owner: T;
  /**
   * The term opens with a possessive of its own ("mijn digitale zaak", a scheme's name): that
   * possessive does not make what it names the owner's.
   */
  named: boolean;
}

/** Where a stop word of a term stands: before its first key, between its keys, after its last. */
type StopSide = -1 | 0 | 1;

/** What matched for one owner. */
export interface TermHit {
  /** The best clause weight of the places that matched. */
  weight: number;
  terms: string[];
  /** Separate places in the text that matched (overlapping terms count once). */
  evidence: number;
  /** Those places, as first and last word position. */
  spans: Array<[number, number]>;
  /** How many of those places follow a negation ("not an agency", "geen bureau"). */
  negated: number;
  /** How many of those places a negation follows ("studenten zijn er nu toch niet"). */
  negatedAfter: number;
  /** How many of those places the owner says they do not need ("geen subsidie nodig"). */
  notNeeded: number;
  /**
   * How many of those places the owner has no time for, or does not need ("geen tijd om zelf te
   * leren"): read only for learning, as what they have no time for may still be done for them.
   */
  noTimeFor: number;
  /**
   * How many of those places are the owner's own ("onze offertes", "our pottery workshops"): read
   * only for what a firm makes or sells itself, as kinds.ts marks it.
   */
  owned: number;
  /**
   * How many of those places are what data, a plan or a prediction is about ("gegevens over
   * onderhoudscontracten en storingen", SUBJECT_OF): the subject of a study, not work asked for.
   */
  aboutSubject: number;
  /**
   * How many of those places are not asked now: done before or put off (analyzer.ts
   * Token.notNow).
   */
  notNow: number;
}

/** The counts of a TermHit that each separate place adds to. */
type PlaceCount =
  'negated' | 'negatedAfter' | 'notNeeded' | 'noTimeFor' | 'owned' | 'aboutSubject' | 'notNow';
const PLACE_COUNTS: readonly PlaceCount[] = [
  'negated',
  'negatedAfter',
  'notNeeded',
  'noTimeFor',
  'owned',
  'aboutSubject',
  'notNow',
];

export interface TermMatcher<T> {
  /**
   * Every owner with a matching term: the best clause weight, the terms that matched and how
   * many separate places in the text matched (overlapping terms count once).
   */
  match(analysis: Analysis): Map<T, TermHit>;
}

const MAX_GAP = 3;
/** Stop words that deny what follows them. */
const NEGATIONS: ReadonlySet<string> = new Set([
  'niet',
  'geen',
  'zonder',
  'niemand',
  'not',
  'no',
  'nobody',
  'dont',
  'doesnt',
]);
/**
 * How many words before a term a negation reaches: "niet blind een pakket kopen", "not looking
 * for a vendor", "niet meteen duizenden euro's aan een webbouwer kwijt". A contrast or a next
 * clause in between ends it: "geen studenten maar een bureau", "werkt niet meer en de
 * hostingpartij ...".
 */
const NEGATION_REACH = 6;
/** How many words after a term a negation still denies it (read only for some roles). */
const NEGATION_AFTER = 5;
/** After a negation, these make it "no longer": it says something of the words before it. */
const NO_LONGER: ReadonlySet<string> = new Set(['meer', 'anymore', 'longer']);
/** "Niemand die het kan bouwen", "nobody who can fix it": someone lacking, so asked for. */
const NOBODY: ReadonlySet<string> = new Set(['niemand', 'nobody']);
const WHO: ReadonlySet<string> = new Set(['die', 'who']);
const NEGATION_ENDS: ReadonlySet<string> = new Set([
  // "Ik weet niet of we gehackt zijn": the doubt is not denied.
  'of',
  'whether',
  'if',
  'maar',
  'wel',
  'liever',
  'en',
  'dus',
  'want',
  'omdat',
  'but',
  'rather',
  'instead',
  'and',
  'so',
  'because',
]);
/**
 * "Not needed", said of what comes between a negation and one of these: "geen subsidie of lening
 * nodig", "we hebben geen cursus nodig".
 */
const NEEDED_AFTER: ReadonlySet<string> = new Set(['nodig', 'noodzakelijk']);
/** Said right after a negation, of what follows: "don't need a course", "niet op zoek naar een bureau". */
const NEED_NEXT: ReadonlySet<string> = new Set(['need', 'needs', 'look', 'zoek', 'interest', 'interested']);
/** "geen tijd om zelf te leren", "no time for training". */
const TIME: ReadonlySet<string> = new Set(['tijd', 'time']);
/**
 * Said of what comes before the negation: "een cursus hoeven we niet" (the need word before
 * it), "een bureau is niet nodig", "training is not needed" (right after it).
 */
const NEED_BEFORE: ReadonlySet<string> = new Set(['hoev', 'hoeft', 'hoef']);
const NEEDED_NEXT: ReadonlySet<string> = new Set([
  'nodig',
  'noodzakelijk',
  'needed',
  'necessari',
  'necessary',
]);
/** The negation of a noun: "geen subsidie". */
const NO: ReadonlySet<string> = new Set(['geen']);
/** What joins a next "geen" to one before: "geen subsidie en ook geen lening". */
const ALSO: ReadonlySet<string> = new Set(['en', 'ook']);
/** Negations that do not end at "of"/"or" when they say what is not needed: "geen subsidie of lening nodig". */
const NEED_LIST: ReadonlySet<string> = new Set(['of', 'or']);

/** Words that make what follows the owner's own (not "ons": "stuur ons een offerte"). */
const POSSESSIVES: ReadonlySet<string> = new Set([
  'onze',
  'mijn',
  'zijn',
  'haar',
  'hun',
  'our',
  'my',
  'his',
  'her',
  'their',
]);
/** Stop words that may stand between a possessive and what it owns: "onze eigen cursussen". */
const OWN: ReadonlySet<string> = new Set(['eigen', 'own']);
/** "in de werkplaats": a place of the firm's own. */
const IN: ReadonlySet<string> = new Set(['in']);
const THE: ReadonlySet<string> = new Set(['de', 'het']);
/**
 * People after a possessive are who it is for: "zijn eigen mensen bijscholen" trains them, where
 * "our pottery workshops" are sold.
 */
const PEOPLE: ReadonlySet<string> = new Set(['mens', 'personeel', 'peopl', 'collega', 'operator']);

/**
 * What the firm makes itself, told with the verb before its subject: "Offertes maken we nog in
 * Word", "facturen schrijven wij met de hand".
 */
const OWN_VERBS = ['maken', 'schrijven', 'opstellen', 'stellen', 'sturen', 'versturen'];
/** The subjects of that order ("offertes maken we", and after a fronted phrase "maak ik offertes"). */
const WE: ReadonlySet<string> = new Set(['we', 'wij', 'ik']);
/** What a firm sells or gives: "een online cursus die ik verkoop", "de workshops die we geven". */
const SELL_VERBS = ['verkopen', 'verkoop', 'geven', 'geef', 'aanbieden'];
const WHICH: ReadonlySet<string> = new Set(['die', 'dat']);
/** "(We) willen offertes sneller maken": the owner who wants to do it, named or not. */
const WANT: ReadonlySet<string> = new Set(['willen', 'wil', 'want']);
/** "Laten" (the key of "laten", "laat"): work that others do. */
const LET: ReadonlySet<string> = new Set(['lat', 'laten', 'laat']);
/** VAT on what the firm sells ("btw over online cursussen", "VAT on courses"): those are its own. */
const VAT: ReadonlySet<string> = new Set(['btw']);
const VAT_ON: ReadonlySet<string> = new Set(['over', 'op', 'on']);

/**
 * Data, a plan or a prediction about something ("gegevens over storingen", "data on complaints",
 * "een stappenplan voor de invoering", "voorspellen welke ketels storing krijgen"): the head word,
 * then, within a few words, one of the words that say what it is about.
 */
const SUBJECT_OF: ReadonlyArray<[head: string, lang: Lang, about: ReadonlySet<string>]> = [
  ['data', 'nl', new Set(['over', 'about', 'on'])],
  ['stappenplan', 'nl', new Set(['voor', 'for'])],
  // What is to be predicted: "voorspellen welke ketels binnenkort storing krijgen".
  ['voorspellen', 'nl', new Set(['welke', 'wanneer'])],
  ['predict', 'en', new Set(['which', 'when'])],
  // What a grant is for: "subsidie voor een opleidingsplan", "a grant for training our staff".
  ['subsidie', 'nl', new Set(['voor', 'for'])],
];
/** How many words after "gegevens over" (a SUBJECT_OF head and its word) the subject may reach. */
const ABOUT_REACH = 4;

/** Codes of notNeededAt. */
const NOT_NEEDED = 1;
const NO_TIME_FOR = 2;

/**
 * Per word position: NOT_NEEDED where the owner says they do not need it, NO_TIME_FOR where they
 * have no time for it, else 0. `wordIn(q, words)` tells whether the word at q is one of `words`;
 * `sentenceAt` gives each position's sentence.
 */
function notNeededAt(
  length: number,
  sentenceAt: readonly number[],
  wordIn: (q: number, words: ReadonlySet<string>) => boolean,
): Uint8Array {
  const out = new Uint8Array(length);
  const inSentence = (q: number, s: number) => q >= 0 && q < length && sentenceAt[q] === s;
  const ends = (q: number) => wordIn(q, NEGATION_ENDS) && !wordIn(q, NEED_LIST);
  // Marks from `from` in direction `step`, at most `reach` words, up to a word that ends it.
  const mark = (from: number, step: 1 | -1, reach: number, s: number, until = -1, code = NOT_NEEDED) => {
    for (let q = from, n = 0; n < reach && inSentence(q, s) && q !== until && !ends(q); q += step, n++)
      out[q] ||= code;
  };
  // The last "hoeven geen X" (-1: none), which a next "en ook geen Y" goes on with.
  let needNo = -1;
  for (let g = 0; g < length; g++) {
    if (!wordIn(g, NEGATIONS)) continue;
    const s = sentenceAt[g]!;
    // "We hoeven geen subsidie en ook geen lening", "Ik hoef geen cursus of training": the need
    // word just before "geen", or a next "geen" joined to such a one by "en (ook)".
    const joined =
      needNo >= 0 && sentenceAt[needNo] === s && g - needNo <= NEGATION_REACH && wordIn(g - 1, ALSO);
    if (wordIn(g, NO) && ((g >= 1 && inSentence(g - 1, s) && wordIn(g - 1, NEED_BEFORE)) || joined)) {
      mark(g + 1, 1, NEGATION_REACH, s);
      needNo = g;
    }
    // "geen X (of Y) nodig"
    for (let q = g + 1, n = 0; n < NEGATION_REACH + 2 && inSentence(q, s) && !ends(q); q++, n++) {
      if (wordIn(q, NEEDED_AFTER)) {
        mark(g + 1, 1, n, s, q);
        break;
      }
    }
    // "don't need X", "niet op zoek naar X": the need word within the next two words.
    for (let q = g + 1; q <= g + 2; q++) {
      if (inSentence(q, s) && wordIn(q, NEED_NEXT)) {
        mark(q + 1, 1, NEGATION_REACH, s);
        break;
      }
    }
    // "geen tijd om zelf te leren"
    if (inSentence(g + 1, s) && wordIn(g + 1, TIME)) mark(g + 2, 1, NEGATION_REACH, s, -1, NO_TIME_FOR);
    // "X hoeven we niet", "X is niet nodig", "X is not needed".
    let before = -1;
    if (inSentence(g + 1, s) && wordIn(g + 1, NEEDED_NEXT)) before = g - 1;
    for (let q = g - 1; before < 0 && q >= g - 3 && inSentence(q, s); q--)
      if (wordIn(q, NEED_BEFORE)) before = q - 1;
    if (before >= 0) mark(before, -1, NEGATION_AFTER, s);
  }
  return out;
}

/** What a word counts for when it is only the first part of a compound. */
const MODIFIER_WEIGHT = 0.5;

const hasAny = (keys: ReadonlySet<string> | undefined, words: ReadonlySet<string>): boolean => {
  if (keys) for (const key of keys) if (words.has(key)) return true;
  return false;
};

/** Compiles `terms` (per owner, per language) into a matcher. */
export function compileTerms<T>(
  analyzer: Analyzer,
  entries: ReadonlyArray<{ owner: T; nl: readonly string[]; en: readonly string[] }>,
): TermMatcher<T> {
  const byFirst = new Map<string, CompiledTerm<T>[]>();
  const ownVerbs = new Set(OWN_VERBS.flatMap((v) => analyzer.keyOf(v, 'nl').map((k) => k.key)));
  const sellVerbs = new Set(SELL_VERBS.flatMap((v) => analyzer.keyOf(v, 'nl').map((k) => k.key)));
  // SUBJECT_OF by the key of its head word.
  const subjectOf = new Map(
    SUBJECT_OF.map(([head, lang, about]) => [analyzer.keyOf(head, lang)[0]!.key, about]),
  );
  for (const { owner, nl, en } of entries) {
    for (const [lang, terms] of [
      ['nl', nl],
      ['en', en],
    ] as Array<[Lang, readonly string[]]>) {
      for (const term of terms) {
        const parts = analyzer.keyOf(term, lang);
        if (parts.length === 0) continue;
        // A term of stop words only ("wat nu") needs all of them, in order.
        const content = parts.every((p) => p.stop) ? parts : parts.filter((p) => !p.stop);
        const keys = content.map((p) => p.key);
        const first = parts.indexOf(content[0]!);
        const last = parts.indexOf(content[content.length - 1]!);
        const stops = parts.flatMap((p, i) =>
          p.stop && !content.includes(p)
            ? [{ key: p.key, side: (i < first ? -1 : i > last ? 1 : 0) as StopSide }]
            : [],
        );
        const signature = (c: Pick<CompiledTerm<T>, 'keys' | 'stops'>) =>
          `${c.keys.join(' ')}|${c.stops.map((x) => `${x.side}${x.key}`).join(' ')}`;
        const list = byFirst.get(keys[0]!) ?? [];
        if (!list.some((c) => c.owner === owner && signature(c) === signature({ keys, stops }))) {
          const named = stops.some((x) => x.side === -1 && POSSESSIVES.has(x.key));
          list.push({ keys, stops, term, owner, named });
        }
        byFirst.set(keys[0]!, list);
      }
    }
  }

  return {
    match(analysis) {
      // Keys per word position (stop words apart), and the clause weight of each position.
      const positions: Array<Set<string>> = [];
      const stopAt: string[] = [];
      const weights: number[] = [];
      const sentenceAt: number[] = [];
      // Keys that occur at a position only as the first part of a compound (analyzer.ts).
      const modifiers: Array<Set<string>> = [];
      for (const t of analysis.tokens) {
        if (t.stop) stopAt[t.position] = t.key;
        else (positions[t.position] ??= new Set()).add(t.key);
        weights[t.position] = t.weight;
        sentenceAt[t.position] = t.sentence;
        if (t.modifier) (modifiers[t.position] ??= new Set()).add(t.key);
      }
      // Whether the word at position q is one of `words` (a stop word, or a key of it).
      const wordIn = (q: number, words: ReadonlySet<string>): boolean =>
        stopAt[q] !== undefined ? words.has(stopAt[q]!) : hasAny(positions[q], words);
      // The position of the first negation from `start` in direction `step`, at most `reach`
      // words, within the sentence and before a word that ends its reach; -1 when there is none.
      const negationFrom = (start: number, step: 1 | -1, reach: number, sentence: number): number => {
        for (
          let q = start, n = 0;
          n < reach && q >= 0 && q < weights.length && sentenceAt[q] === sentence;
          q += step, n++
        ) {
          if (wordIn(q, NEGATION_ENDS)) return -1;
          if (wordIn(q, NEGATIONS)) return q;
        }
        return -1;
      };
      const notNeeded = notNeededAt(weights.length, sentenceAt, wordIn);
      // The owner's description of their own firm ("I own a joinery workshop"): its words, and
      // its nouns wherever they return ("connect the whole workshop"), are the firm's own. Not the
      // first parts of its compounds ("trainingsbureau" does not make every course their own).
      const selfAt: boolean[] = [];
      const selfKeys = new Set<string>();
      const notNowAt: boolean[] = [];
      for (const t of analysis.tokens) {
        if (t.notNow) notNowAt[t.position] = true;
        if (!t.self) continue;
        selfAt[t.position] = true;
        if (!t.stop && !t.modifier) selfKeys.add(t.key);
      }
      // Whether the word at p, read as `key`, is owned: in or named by the self-description, or a
      // possessive just before it, with at most one other word ("our pottery workshops") or
      // "eigen" in between, or "eigen" alone right before it.
      const ownedAt = (p: number, key: string): boolean => {
        if (selfAt[p] === true || selfKeys.has(key)) return true;
        if (sentenceAt[p + 2] === sentenceAt[p] && wordIn(p + 1, ownVerbs) && wordIn(p + 2, WE)) return true;
        // ("maak ik offertes", "we maken offertes")
        if (
          p >= 2 &&
          sentenceAt[p - 2] === sentenceAt[p] &&
          ((wordIn(p - 2, ownVerbs) && wordIn(p - 1, WE)) || (wordIn(p - 2, WE) && wordIn(p - 1, ownVerbs)))
        )
          return true;
        // The owner selling or making it ("als ik online cursussen verkoop", "we willen offertes
        // sneller maken"; not "wie kan ons een offerte geven", nor "we willen een offerte laten
        // maken"), or "een online cursus die ik verkoop".
        const verbAt =
          sentenceAt[p + 1] === sentenceAt[p] && wordIn(p + 1, sellVerbs)
            ? p + 1
            : sentenceAt[p + 2] === sentenceAt[p] && !wordIn(p + 1, LET) && wordIn(p + 2, ownVerbs)
              ? p + 2
              : -1;
        if (verbAt >= 0) {
          for (let q = p - 1; q >= 0 && q >= p - 3 && sentenceAt[q] === sentenceAt[p]; q--)
            if (wordIn(q, WE) || wordIn(q, WANT)) return true;
        }
        if (
          sentenceAt[p + 3] === sentenceAt[p] &&
          wordIn(p + 1, WHICH) &&
          wordIn(p + 2, WE) &&
          wordIn(p + 3, sellVerbs)
        )
          return true;
        // ("btw over online cursussen", also "btw rekenen over de workshops die ik geef")
        for (let q = p - 2; q >= 0 && q >= p - 5 && sentenceAt[q] === sentenceAt[p]; q--)
          if (wordIn(q, VAT) && (wordIn(q + 1, VAT_ON) || (q + 2 < p && wordIn(q + 2, VAT_ON)))) return true;
        // (A place of the firm's: "zo'n omschakeling in de werkplaats".)
        if (p >= 2 && sentenceAt[p - 2] === sentenceAt[p] && wordIn(p - 2, IN) && wordIn(p - 1, THE))
          return true;
        for (let q = p - 1, words = 0; q >= 0 && q >= p - 3 && sentenceAt[q] === sentenceAt[p]; q--) {
          if (wordIn(q, POSSESSIVES)) return true;
          // ("in de eigen werkplaats": "eigen" right before it is enough.)
          if (wordIn(q, OWN)) {
            if (q === p - 1) return true;
            continue;
          }
          if (stopAt[q] !== undefined || wordIn(q, PEOPLE) || ++words > 1) return false;
        }
        return false;
      };
      // Where what data, a plan or a prediction is about begins: the word after "gegevens over",
      // "een stappenplan voor" (found once per text; most texts have none).
      const subjectStarts: number[] = [];
      for (let q = 1; q < weights.length; q++) {
        const head = positions[q - 1];
        if (!head) continue;
        for (const [key, about] of subjectOf)
          if (head.has(key) && sentenceAt[q] === sentenceAt[q - 1] && wordIn(q, about)) subjectStarts.push(q);
      }
      // Whether the word at p is what data, a plan or a prediction is about: one of those shortly
      // before it.
      const isSubjectAt = (p: number): boolean =>
        subjectStarts.some((q) => q < p && q >= p - ABOUT_REACH && sentenceAt[q] === sentenceAt[p]);
      const has = (q: number, key: string, stopTerm: boolean) =>
        stopTerm ? stopAt[q] === key : positions[q]?.has(key);
      const found = new Map<T, TermHit>();
      const length = weights.length;
      for (let p = 0; p < length; p++) {
        const keys = positions[p] ? [...positions[p]!] : stopAt[p] ? [stopAt[p]!] : [];
        for (const key of keys) {
          for (const c of byFirst.get(key) ?? []) {
            const stopTerm = c.stops.length === 0 && stopAt[p] === key;
            if (!stopTerm && !positions[p]?.has(key)) continue;
            let at = p;
            let ok = true;
            for (let k = 1; k < c.keys.length && ok; k++) {
              ok = false;
              // The gap counts words that carry meaning; stop words in between are free.
              let gap = 0;
              // A phrase of stop words only ("wij zijn met") is a fixed expression: no gaps.
              const last = stopTerm ? Math.min(at + 2, length) : length;
              // Within the sentence: "... wat slim is. Later ... subsidie" is no "SLIM-regeling".
              for (let q = at + 1; gap < MAX_GAP && q < last && sentenceAt[q] === sentenceAt[p]; q++) {
                if (has(q, c.keys[k]!, stopTerm)) {
                  at = q;
                  ok = true;
                  break;
                }
                if (positions[q]) gap++;
              }
            }
            if (!ok) continue;
            if (c.stops.length > 0) {
              let seen = 0;
              for (const s of c.stops) {
                const from = s.side === 1 ? at + 1 : Math.max(0, p - MAX_GAP);
                const to = s.side === -1 ? p - 1 : Math.min(length - 1, at + MAX_GAP);
                for (let q = from; q <= to; q++) {
                  if (stopAt[q] === s.key && sentenceAt[q] === sentenceAt[p]) {
                    seen++;
                    break;
                  }
                }
              }
              if (seen * 2 < c.stops.length) continue;
            }
            // A single word seen only as the first part of a compound counts half.
            const w =
              (weights[p] ?? 1) * (c.keys.length === 1 && modifiers[p]?.has(key) ? MODIFIER_WEIGHT : 1);
            // Denied when a negation comes shortly before it in the same sentence, with no
            // contrast in between, unless it is "no longer" ("werkt niet meer, ... een
            // foutmelding" says nothing of the error); and denied afterwards by one within the
            // next few words of the same clause.
            const before = negationFrom(p - 1, -1, NEGATION_REACH, sentenceAt[p]!);
            const denied =
              before >= 0 &&
              !wordIn(before + 1, NO_LONGER) &&
              !(wordIn(before, NOBODY) && wordIn(before + 1, WHO));
            const deniedAfter = negationFrom(at + 1, 1, NEGATION_AFTER, sentenceAt[p]!) >= 0;
            // What this place adds to the counts of its owner, read once the place is new.
            const counts = (): Record<PlaceCount, number> => ({
              negated: denied ? 1 : 0,
              negatedAfter: deniedAfter ? 1 : 0,
              notNeeded: notNeeded[p] === NOT_NEEDED ? 1 : 0,
              noTimeFor: notNeeded[p] !== 0 ? 1 : 0,
              owned: !c.named && ownedAt(p, key) ? 1 : 0,
              aboutSubject: isSubjectAt(p) ? 1 : 0,
              notNow: notNowAt[p] === true ? 1 : 0,
            });
            const prev = found.get(c.owner);
            if (!prev)
              found.set(c.owner, { weight: w, terms: [c.term], evidence: 1, spans: [[p, at]], ...counts() });
            else {
              prev.weight = Math.max(prev.weight, w);
              if (!prev.terms.includes(c.term)) prev.terms.push(c.term);
              if (!prev.spans.some(([a, b]) => p <= b && at >= a)) {
                prev.spans.push([p, at]);
                prev.evidence++;
                const added = counts();
                for (const k of PLACE_COUNTS) prev[k] += added[k];
              }
            }
          }
        }
      }
      return found;
    },
  };
}
