/**
 * The directory, indexed once (at createApp time) so that routing a question costs a few map
 * look-ups instead of tokenising every entry: BM25 postings over name, summary, themes, offer,
 * sectors and body; entries by gemeente, provincie and 'landelijk'; the werkplaatsen with their
 * locations; and the analyser and classifier built on the index's vocabulary.
 */
import { KINDS, THEMES, type Initiative, type Kind, type Theme } from '../../content/schema.ts';
import { createAnalyzer, type Analysis, type Analyzer } from './analyzer.ts';
import { availabilityOn, type AvailabilityNow } from './availability.ts';
import { createClassifier, type Classifier } from './classify-question.ts';
import { KINDS_MEANING } from './kinds.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';
import type { PostcodeTable } from './postcode.ts';
import { sentences } from './text.ts';
import { TOPICS } from './topics.ts';

/** An entry with what the router needs precomputed. */
export interface IndexedEntry {
  initiative: Initiative;
  kind: Kind;
  /** Analysed keys of its sectors (empty: every sector). */
  sectorKeys: string[][];
  ended: boolean;
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
  /** Relevance by entry number; 0 for entries that do not match. */
  readonly scores: Float64Array;
  /**
   * Every entry with a relevance above 0 (and a code in `within`, when given), by band of
   * relevance: bands[i] holds those from RELEVANCE_BANDS[i] up to the band before it, in no
   * particular order within a band.
   */
  readonly bands: readonly Int32Array[];
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
   * Text relevance of entries for an analysed question, 0..1 (1 for the best match of the whole
   * directory), sparse. Keys that occur in more than half of the entries carry no information
   * and are skipped. With `within` (a code per entry, 0 for "not there"), the bands hold only the
   * entries with a code: the router weighs no others, and at 10,000 entries most are elsewhere.
   */
  search(analysis: Analysis, within?: Uint8Array): Relevance;
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
  options: { postcodes?: PostcodeTable } = {},
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

  // 3. Where each entry works.
  const places = new Map<string, number[]>();
  const addPlace = (key: string, doc: number) => {
    const list = places.get(key);
    if (list) list.push(doc);
    else places.set(key, [doc]);
  };
  const byKind = new Map<Kind, number[]>();
  const entries: IndexedEntry[] = directory.map((initiative, doc) => {
    const w = initiative.werkgebied;
    const k = initiative.kind;
    addPlace(`${k}|all`, doc);
    if (w.landelijk) addPlace(`${k}|landelijk`, doc);
    for (const p of w.provincies) addPlace(`${k}|provincie|${p}`, doc);
    for (const g of w.gemeenten) addPlace(`${k}|gemeente|${g}`, doc);
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
    };
  });

  const classifier = createClassifier(analyzer);
  // One coverage table per place asked about: at most one per gemeente, n bytes each.
  const coverageTables = new Map<string, Uint8Array>();
  // Scratch space of the search, reused by every question (routing is synchronous): relevance
  // by entry, the entries touched, those kept with their band, and those ordered by band.
  const scratch = new Float64Array(n);
  const touched = new Int32Array(n);
  let touchedCount = 0;
  const keptDocs = new Int32Array(n);
  const bandOf = new Uint8Array(n);
  const byBand = new Int32Array(n);
  const bandStarts = new Int32Array(RELEVANCE_BANDS.length + 1);
  let availabilityDay = '';
  let availabilityCache: Array<AvailabilityNow | undefined> = [];
  // A key in more than half of the entries (or a quarter, in a large directory) says nothing.
  const isCommon = (df: number) => df > n / 2 || (df > 50 && df > n / 4);

  return {
    entries,
    kindCode: Uint8Array.from(entries, (e) => KINDS.indexOf(e.kind)),
    themeMasks: Uint16Array.from(entries, (e) => e.themeMask),
    national: Uint8Array.from(entries, (e) => (e.initiative.werkgebied.landelijk ? 1 : 0)),
    analyzer,
    classifier,
    inPlace(kind, scope, name) {
      return (
        places.get(
          scope === 'all' || scope === 'landelijk' ? `${kind}|${scope}` : `${kind}|${scope}|${name}`,
        ) ?? []
      );
    },
    coverage(place) {
      const key = `${place.gemeente}|${place.provincie}`;
      let codes = coverageTables.get(key);
      if (!codes) {
        codes = new Uint8Array(n);
        // The narrowest scope wins: national first, then the provincie, then the gemeente.
        const scopes = [`landelijk`, `provincie|${place.provincie}`, `gemeente|${place.gemeente}`];
        scopes.forEach((scope, i) => {
          for (const kind of KINDS)
            for (const doc of places.get(`${kind}|${scope}`) ?? []) codes![doc] = i + 1;
        });
        coverageTables.set(key, codes);
      }
      return codes;
    },
    byKind,
    availability(doc, today) {
      if (availabilityDay !== today) {
        availabilityDay = today;
        availabilityCache = new Array<AvailabilityNow | undefined>(n);
      }
      return (availabilityCache[doc] ??= availabilityOn(entries[doc]!.initiative, today));
    },
    search(analysis, within) {
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
      let best = 0;
      for (const [key, qw] of queryWeights) {
        const p = postings.get(key);
        if (!p || qw <= 0 || isCommon(p.docs.length)) continue;
        const { docs, weights } = p;
        for (let j = 0; j < docs.length; j++) {
          const doc = docs[j]!;
          const before = acc[doc]!;
          if (before === 0) touched[count++] = doc;
          const s = before + qw * weights[j]!;
          acc[doc] = s;
          if (s > best) best = s;
        }
      }
      touchedCount = count;
      // Normalise, and order the entries (those `within`) by band: a counting sort.
      const starts = bandStarts.fill(0);
      const bounds = RELEVANCE_BANDS;
      let kept = 0;
      for (let i = 0; i < count; i++) {
        const doc = touched[i]!;
        const r = acc[doc]! / best;
        acc[doc] = r;
        if (within !== undefined && within[doc] === 0) continue;
        let b = 0;
        while (r < bounds[b]!) b++;
        keptDocs[kept] = doc;
        bandOf[kept++] = b;
        starts[b + 1]!++;
      }
      for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
      const next = starts.slice(0, -1);
      for (let i = 0; i < kept; i++) byBand[next[bandOf[i]!]!++] = keptDocs[i]!;
      return {
        scores: acc,
        bands: RELEVANCE_BANDS.map((_, b) => byBand.subarray(bandStarts[b]!, bandStarts[b + 1]!)),
      };
    },
  };
}
