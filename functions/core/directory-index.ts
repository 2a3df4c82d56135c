/**
 * The directory, indexed once (at createApp time) so that routing a question costs a few map
 * look-ups instead of tokenising every entry: BM25 postings over name, summary, themes, offer,
 * sectors and body; entries by gemeente, provincie and 'landelijk'; the werkplaatsen with their
 * locations; and the analyser and classifier built on the index's vocabulary.
 */
import { GEMEENTEN, PROVINCIES, type Provincie } from '../../content/places.ts';
import { KINDS, THEMES, type Initiative, type Kind, type Theme } from '../../content/schema.ts';
import { createAnalyzer, type Analysis, type Analyzer, type Dictionaries } from './analyzer.ts';
import { availabilityOn, type AvailabilityNow } from './availability.ts';
import { createClassifier, type Classifier } from './classify-question.ts';
import { KINDS_MEANING, WERKPLAATS_FIRM_SIZE } from './kinds.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';
import type { PostcodeTable } from './postcode.ts';
import { indexOfSorted } from './sorted.ts';
import { sentences } from './text.ts';
import { TOPICS } from './topics.ts';

/** An entry with what the router needs precomputed. */
export interface IndexedEntry {
  initiative: Initiative;
  kind: Kind;
  /** Analysed keys of its sectors (empty: every sector). */
  sectorKeys: string[][];
  ended: boolean;
  /** The firm sizes it serves: its own, else a werkplaats' target group; none when open to all. */
  size?: { min?: number; max?: number };
  /** Its themes as bits of THEMES (bit i: THEMES[i]), for cheap theme bonuses. */
  themeMask: number;
  /**
   * Where it is, for distances: its locations, else the centres of its werkgebied's gemeenten or
   * provincies (from the PC4 table); empty for national entries.
   */
  points: ReadonlyArray<{ lat: number; lon: number }>;
}

/**
 * Text relevance for one question: 0..1 per entry (1 for the best match). Its arrays are the
 * index's own scratch space: valid until the next search, and not to be written to.
 */
export interface Relevance {
  /** Relevance by entry number; 0 for entries that do not match or were not read. */
  readonly scores: Float64Array;
  /**
   * Every entry with a relevance above 0, by band of relevance: bands[i] holds those from
   * RELEVANCE_BANDS[i] up to the band before it, in no particular order within a band.
   */
  readonly bands: readonly Int32Array[];
  /**
   * The relevance of an entry that was not read (it works elsewhere), against the same best
   * match, at most 1: for the nearest werkplaats when the region has none.
   */
  elsewhere(doc: number): number;
}

/** The lower bounds of the bands of Relevance.bands, closest matches first. */
export const RELEVANCE_BANDS: readonly number[] = [0.75, 0.5, 0.3, 0.15, 0];

interface Posting {
  docs: Int32Array;
  weights: Float32Array;
}

export interface DirectoryIndex {
  entries: readonly IndexedEntry[];
  /**
   * Per entry, in flat arrays for the router's scans over thousands of entries: the position of
   * its kind in KINDS, its themeMask, and 1 when it works nationally.
   */
  kindCode: Uint8Array;
  themeMasks: Uint16Array;
  national: Uint8Array;
  /**
   * Per entry, for the checks on every entry weighed: 1 when it has ended; the smallest and
   * largest firm it serves (-Infinity and Infinity when open to all); 1 when it is sector-bound.
   */
  ended: Uint8Array;
  sizeMin: Float64Array;
  sizeMax: Float64Array;
  sectorBound: Uint8Array;
  analyzer: Analyzer;
  classifier: Classifier;
  /**
   * Entry numbers of one kind that work in a place: named gemeente, named provincie, nationally,
   * or all of that kind (when the place is unknown).
   */
  inPlace(
    kind: Kind,
    scope: 'gemeente' | 'provincie' | 'landelijk' | 'all',
    name?: string,
  ): readonly number[];
  /**
   * How each entry covers a place (as core/coverage.ts), as a code per entry (COVERAGE_CODES):
   * a table built once per place, so that a look-up is an array read. Not to be written to.
   */
  coverage(place: { gemeente: string; provincie: string }): Uint8Array;
  /** Entries that have not ended, with at least one point, per kind. */
  byKind: ReadonlyMap<Kind, readonly number[]>;
  /** Availability of entry `doc` on `today`, computed once per entry and day. */
  availability(doc: number, today: string): AvailabilityNow;
  /**
   * Text relevance of entries for an analysed question, 0..1 (1 for the best match), sparse.
   * Keys that occur in more than half of the entries carry no information and are skipped.
   * Only the entries that work where the owner is are read, and the best of those is 1: with a
   * place, those that cover it (as `coverage`); with 'landelijk', the national ones; without,
   * all. At 10,000 entries, most of those that match a question work elsewhere.
   */
  search(analysis: Analysis, where?: { gemeente: string; provincie: string } | 'landelijk'): Relevance;
}

// BM25 parameters: the usual values.
const K1 = 1.2;
const B = 0.75;

/** How much each field counts in the text of an entry. */
const FIELD_WEIGHTS = {
  name: 3,
  summary: 2,
  themes: 1.5,
  offer: 1,
  sectors: 1,
  regio: 0.5,
  body: 1,
  education: 0.5,
} as const;

function fieldsOf(i: Initiative): Array<[text: string, weight: number]> {
  const themeText = i.themes.map((t) => TOPICS.find((x) => x.theme === t)?.label.nl ?? t).join('. ');
  return [
    [i.name, FIELD_WEIGHTS.name],
    [i.summary, FIELD_WEIGHTS.summary],
    [themeText, FIELD_WEIGHTS.themes],
    [i.offer.join('. '), FIELD_WEIGHTS.offer],
    [i.sectors.join('. '), FIELD_WEIGHTS.sectors],
    [i.werkgebied.regio ?? '', FIELD_WEIGHTS.regio],
    [i.education.map((e) => e.name).join('. '), FIELD_WEIGHTS.education],
    [i.body, FIELD_WEIGHTS.body],
  ];
}

type Point = { lat: number; lon: number };

/** What the codes of a coverage table stand for: 0 is "not there". */
export const COVERAGE_CODES = [null, 'landelijk', 'provincie', 'gemeente'] as const;

/** The bit of each theme in IndexedEntry.themeMask. */
export const themeBit = (theme: Theme): number => 1 << THEMES.indexOf(theme);

/** Mean PC4 centroid per gemeente and per provincie. */
function centres(postcodes: PostcodeTable | undefined): {
  gemeente: Map<string, Point>;
  provincie: Map<string, Point>;
} {
  const sums = {
    gemeente: new Map<string, [number, number, number]>(),
    provincie: new Map<string, [number, number, number]>(),
  };
  for (const a of postcodes?.values() ?? []) {
    for (const [map, name] of [
      [sums.gemeente, a.gemeente],
      [sums.provincie, a.provincie],
    ] as const) {
      const s = map.get(name) ?? [0, 0, 0];
      s[0] += a.lat;
      s[1] += a.lon;
      s[2] += 1;
      map.set(name, s);
    }
  }
  const mean = (m: Map<string, [number, number, number]>) =>
    new Map([...m].map(([k, [lat, lon, n]]) => [k, { lat: lat / n, lon: lon / n }]));
  return { gemeente: mean(sums.gemeente), provincie: mean(sums.provincie) };
}

/**
 * Builds the index. Pure: the directory (and the PC4 table, for the centres of werkgebieden
 * without a location) are passed in.
 */
export function buildDirectoryIndex(
  directory: readonly Initiative[],
  options: {
    postcodes?: PostcodeTable;
    /** Real words per language, never read as a typo (functions/data.ts loadDictionaries). */
    words?: Dictionaries;
  } = {},
): DirectoryIndex {
  const centre = centres(options.postcodes);
  // 1. The vocabulary: every folded word of the directory and of the signal lexicon.
  const docFreq = new Map<string, number>();
  const texts = directory.map((i) => fieldsOf(i));
  for (const fields of texts) {
    const seen = new Set<string>();
    for (const [text] of fields) {
      for (const s of sentences(text)) for (const w of s.words) seen.add(w.text);
    }
    for (const w of seen) docFreq.set(w, (docFreq.get(w) ?? 0) + 1);
  }
  const lexiconWords = new Set<string>();
  const addForms = (forms: readonly string[]) => {
    for (const f of forms) for (const s of sentences(f)) for (const w of s.words) lexiconWords.add(w.text);
  };
  for (const m of KINDS_MEANING) for (const s of m.signals) addForms(s.nl);
  for (const t of TOPICS) addForms(t.nl);
  for (const g of SYNONYM_GROUPS) addForms(g.nl);
  const analyzer = createAnalyzer({
    vocabulary: [...docFreq.keys(), ...lexiconWords],
    frequency: (w) => (docFreq.get(w) ?? 0) + (lexiconWords.has(w) ? 1 : 0),
    words: options.words,
  });

  // 2. Postings (BM25 weights precomputed per entry and key).
  const termFreqs: Array<Map<string, number>> = [];
  let totalLength = 0;
  for (const fields of texts) {
    const tf = new Map<string, number>();
    let length = 0;
    for (const [text, weight] of fields) {
      if (!text) continue;
      for (const t of analyzer.analyze(text, { lang: 'nl', typos: false }).tokens) {
        if (t.stop) continue;
        // Compound parts count a little less than the word itself.
        const w = t.via === 'compound' ? weight * 0.5 : weight;
        tf.set(t.key, (tf.get(t.key) ?? 0) + w);
        length += w;
      }
    }
    termFreqs.push(tf);
    totalLength += length;
  }
  const n = directory.length;
  const avgLength = n > 0 ? totalLength / n : 1;
  const lengths = termFreqs.map((tf) => [...tf.values()].reduce((a, b) => a + b, 0));
  const raw = new Map<string, Array<[number, number]>>();
  termFreqs.forEach((tf, doc) => {
    for (const [key, f] of tf) {
      const list = raw.get(key) ?? [];
      list.push([doc, f]);
      raw.set(key, list);
    }
  });
  const postings = new Map<string, Posting>();
  for (const [key, list] of raw) {
    const df = list.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const docs = new Int32Array(df);
    const weights = new Float32Array(df);
    list.forEach(([doc, f], j) => {
      const norm = f + K1 * (1 - B + (B * lengths[doc]!) / avgLength);
      docs[j] = doc;
      weights[j] = (idf * (f * (K1 + 1))) / norm;
    });
    postings.set(key, { docs, weights });
  }
  const groups = groupPostings(directory, postings);

  // 3. Where each entry works.
  // Per kind: all its entries, the national ones, and those per provincie and per gemeente.
  const places = new Map(
    KINDS.map((kind) => [
      kind,
      {
        all: [] as number[],
        landelijk: [] as number[],
        provincie: new Map<string, number[]>(),
        gemeente: new Map<string, number[]>(),
      },
    ]),
  );
  const addTo = (lists: Map<string, number[]>, name: string, doc: number) => {
    const list = lists.get(name);
    if (list) list.push(doc);
    else lists.set(name, [doc]);
  };
  const byKind = new Map<Kind, number[]>();
  const entries: IndexedEntry[] = directory.map((initiative, doc) => {
    const w = initiative.werkgebied;
    const lists = places.get(initiative.kind)!;
    lists.all.push(doc);
    if (w.landelijk) lists.landelijk.push(doc);
    for (const p of w.provincies) addTo(lists.provincie, p, doc);
    for (const g of w.gemeenten) addTo(lists.gemeente, g, doc);
    const ended = initiative.availability.status === 'beeindigd';
    let points: Point[] = initiative.locations.map((l) => ({ lat: l.lat, lon: l.lon }));
    if (points.length === 0) points = w.gemeenten.flatMap((g) => centre.gemeente.get(g) ?? []);
    if (points.length === 0) points = w.provincies.flatMap((p) => centre.provincie.get(p) ?? []);
    if (!ended && points.length > 0) {
      const list = byKind.get(initiative.kind) ?? [];
      list.push(doc);
      byKind.set(initiative.kind, list);
    }
    return {
      points,
      initiative,
      kind: initiative.kind,
      sectorKeys: initiative.sectors.map((s) =>
        analyzer
          .analyze(s, { lang: 'nl', typos: false })
          .tokens.filter((t) => !t.stop)
          .map((t) => t.key),
      ),
      ended,
      themeMask: initiative.themes.reduce((mask, t) => mask | themeBit(t), 0),
      ...sizeOf(initiative),
    };
  });

  const classifier = createClassifier(analyzer);
  // One coverage table per place asked about: at most one per gemeente, n bytes each.
  const coverageTables = new Map<string, Uint8Array>();
  // Scratch space of the search, reused by every question (routing is synchronous): relevance
  // by entry, the entries touched, their band, and the same entries ordered by band.
  const scratch = new Float64Array(n);
  const touched = new Int32Array(n);
  let touchedCount = 0;
  const bandOf = new Uint8Array(n);
  const byBand = new Int32Array(n);
  const bandStarts = new Int32Array(RELEVANCE_BANDS.length + 1);
  let availabilityDay = '';
  let availabilityCache: Array<AvailabilityNow | undefined> = [];
  // A key in more than half of the entries (or a quarter, in a large directory) says nothing.
  const isCommon = (df: number) => df > n / 2 || (df > 50 && df > n / 4);
  const coverage = (place: { gemeente: string; provincie: string }): Uint8Array => {
    const key = `${place.gemeente}|${place.provincie}`;
    let codes = coverageTables.get(key);
    if (!codes) {
      codes = new Uint8Array(n);
      // The narrowest scope wins: national first, then the provincie, then the gemeente.
      for (const lists of places.values()) {
        for (const doc of lists.landelijk) codes[doc] = 1;
        for (const doc of lists.provincie.get(place.provincie) ?? []) codes[doc] = 2;
        for (const doc of lists.gemeente.get(place.gemeente) ?? []) codes[doc] = 3;
      }
      coverageTables.set(key, codes);
    }
    return codes;
  };

  return {
    entries,
    kindCode: Uint8Array.from(entries, (e) => KINDS.indexOf(e.kind)),
    themeMasks: Uint16Array.from(entries, (e) => e.themeMask),
    national: Uint8Array.from(entries, (e) => (e.initiative.werkgebied.landelijk ? 1 : 0)),
    ended: Uint8Array.from(entries, (e) => (e.ended ? 1 : 0)),
    sizeMin: Float64Array.from(entries, (e) => e.size?.min ?? -Infinity),
    sizeMax: Float64Array.from(entries, (e) => e.size?.max ?? Infinity),
    sectorBound: Uint8Array.from(entries, (e) => (e.sectorKeys.length > 0 ? 1 : 0)),
    analyzer,
    classifier,
    inPlace(kind, scope, name) {
      const lists = places.get(kind)!;
      if (scope === 'all' || scope === 'landelijk') return lists[scope];
      return lists[scope].get(name ?? '') ?? [];
    },
    coverage,
    byKind,
    availability(doc, today) {
      if (availabilityDay !== today) {
        availabilityDay = today;
        availabilityCache = new Array<AvailabilityNow | undefined>(n);
      }
      return (availabilityCache[doc] ??= availabilityOn(entries[doc]!.initiative, today));
    },
    search(analysis, where) {
      // Routing is synchronous, so one scratch array serves every request; clear the last one.
      const acc = scratch;
      for (let i = 0; i < touchedCount; i++) acc[touched[i]!] = 0;
      let count = 0;
      const queryWeights = new Map<string, number>();
      for (const t of analysis.tokens) {
        if (t.stop) continue;
        const w = t.via === 'compound' ? t.weight * 0.5 : t.weight;
        queryWeights.set(t.key, Math.max(queryWeights.get(t.key) ?? 0, w));
      }
      // The postings to read: each with the coverage codes an entry must have to count there,
      // so that an entry in both the national and a provincie's postings counts once.
      const table = where && where !== 'landelijk' ? coverage(where) : undefined;
      const sources: Array<[ReadonlyMap<string, Posting>, minCode: number, maxCode: number]> =
        where === undefined
          ? [[postings, 0, 0]]
          : where === 'landelijk'
            ? [[groups.national, 0, 0]]
            : [
                [groups.national, 1, 1],
                [groups.provincie.get(where.provincie) ?? EMPTY, 2, 3],
              ];
      // The keys that say something, with their weight and their postings in the whole directory.
      const read: Array<[key: string, qw: number, all: Posting]> = [];
      for (const [key, qw] of queryWeights) {
        const all = postings.get(key);
        if (all && qw > 0 && !isCommon(all.docs.length)) read.push([key, qw, all]);
      }
      let best = 0;
      for (const [key, qw] of read) {
        for (const [source, minCode, maxCode] of sources) {
          const p = source.get(key);
          if (!p) continue;
          const { docs, weights } = p;
          for (let j = 0; j < docs.length; j++) {
            const doc = docs[j]!;
            if (table !== undefined && (table[doc]! < minCode || table[doc]! > maxCode)) continue;
            const before = acc[doc]!;
            if (before === 0) touched[count++] = doc;
            const s = before + qw * weights[j]!;
            acc[doc] = s;
            if (s > best) best = s;
          }
        }
      }
      touchedCount = count;
      // Normalise, and order the entries by band (a counting sort).
      const starts = bandStarts.fill(0);
      const bounds = RELEVANCE_BANDS;
      for (let i = 0; i < count; i++) {
        const doc = touched[i]!;
        const r = acc[doc]! / best;
        acc[doc] = r;
        let b = 0;
        while (r < bounds[b]!) b++;
        bandOf[i] = b;
        starts[b + 1]!++;
      }
      for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
      const next = starts.slice(0, -1);
      for (let i = 0; i < count; i++) byBand[next[bandOf[i]!]!++] = touched[i]!;
      return {
        scores: acc,
        bands: RELEVANCE_BANDS.map((_, b) => byBand.subarray(bandStarts[b]!, bandStarts[b + 1]!)),
        elsewhere(doc) {
          let raw = 0;
          for (const [, qw, all] of read) {
            const j = indexOfSorted(all.docs, doc);
            if (j >= 0) raw += qw * all.weights[j]!;
          }
          return raw === 0 ? 0 : best === 0 ? 1 : Math.min(1, raw / best);
        },
      };
    },
  };
}

const EMPTY: ReadonlyMap<string, Posting> = new Map();

function sizeOf(i: Initiative): Pick<IndexedEntry, 'size'> {
  if (i.firm_size) return { size: i.firm_size };
  return i.kind === 'werkplaats' ? { size: WERKPLAATS_FIRM_SIZE } : {};
}

/**
 * The postings split by where entries work: the national ones, and per provincie those with a
 * werkgebied in it (the provincie, or a gemeente of it). The BM25 weights are the directory's.
 */
function groupPostings(
  directory: readonly Initiative[],
  postings: ReadonlyMap<string, Posting>,
): { national: Map<string, Posting>; provincie: Map<string, Map<string, Posting>> } {
  const provincieOf = new Map<string, string>(GEMEENTEN);
  // Per entry, its groups: 0 when national, 1 + the position in PROVINCIES of each provincie.
  const groupsOf = directory.map((i) => {
    const w = i.werkgebied;
    const provs = new Set<string>(w.provincies);
    for (const g of w.gemeenten) {
      const p = provincieOf.get(g);
      if (p) provs.add(p);
    }
    const at = [...provs].map((p) => PROVINCIES.indexOf(p as Provincie)).filter((k) => k >= 0);
    return [...(w.landelijk ? [0] : []), ...at.map((k) => k + 1)];
  });
  const national = new Map<string, Posting>();
  const byProvincie = PROVINCIES.map(() => new Map<string, Posting>());
  const docsOf: number[][] = Array.from({ length: PROVINCIES.length + 1 }, () => []);
  const weightsOf: number[][] = Array.from({ length: PROVINCIES.length + 1 }, () => []);
  for (const [key, { docs, weights }] of postings) {
    for (let j = 0; j < docs.length; j++) {
      for (const g of groupsOf[docs[j]!]!) {
        docsOf[g]!.push(docs[j]!);
        weightsOf[g]!.push(weights[j]!);
      }
    }
    docsOf.forEach((list, g) => {
      if (list.length === 0) return;
      (g === 0 ? national : byProvincie[g - 1]!).set(key, {
        docs: Int32Array.from(list),
        weights: Float32Array.from(weightsOf[g]!),
      });
      list.length = 0;
      weightsOf[g]!.length = 0;
    });
  }
  return { national, provincie: new Map(PROVINCIES.map((p, i) => [p, byProvincie[i]!])) };
}
