/**
 * The referral router: from an owner's question (plus postcode, size and sector) to the best
 * few places to go, best first, each with plain-language reasons.
 *
 * Steps: analyse the question (analyzer.ts) → which kinds of help it asks for (classify-question.ts)
 * → which entries of those kinds fit: werkgebied, firm size, sector, availability, text relevance
 * (directory-index.ts) → a short, varied list, with a nearby alternative when the werkplaats is
 * closed and the nearest werkplaats when the region has none. Pure: no I/O, `today` is passed in.
 */
import { KINDS, type Kind, type Theme } from '../../content/schema.ts';
import type { Correction } from './analyzer.ts';
import type { AvailabilityNow } from './availability.ts';
import type { Classification } from './classify-question.ts';
import {
  COVERAGE_CODES,
  RELEVANCE_BANDS,
  themeBit,
  type DirectoryIndex,
  type IndexedEntry,
} from './directory-index.ts';
import { KINDS_MEANING, RULES, offerOf } from './kinds.ts';
import { Shortlist, type Kept } from './shortlist.ts';
import { formatDate, messages } from './messages.ts';
import { distanceKm, parsePostcode, type Pc4Area } from './postcode.ts';
import type { Lang } from './stem.ts';
import { TOPICS } from './topics.ts';

export interface RouteInput {
  /** The question in the owner's own words. */
  question: string;
  /** The resolved postcode area, when a known postcode was given. */
  place?: Pc4Area;
  /** A well-formed PC4 that is not in the table (only national help is shown then). */
  unknownPostcode?: string;
  employees?: number;
  sector?: string;
  /** Language of the answer; defaults to the language of the question. */
  lang?: Lang;
  /** The day to judge availability on (YYYY-MM-DD). */
  today: string;
  /** At most this many recommendations (default 5). */
  limit?: number;
}

export type AvailabilityState = 'open' | 'unknown' | 'closed' | 'full';

export interface Recommendation {
  slug: string;
  kind: Kind;
  name: string;
  /** Relative fit, 1 for the best recommendation. */
  score: number;
  /** Why it fits, in the answer's language ("past omdat: ..."). */
  reasons: string[];
  /** The directory page of this initiative on the loket. */
  url: string;
  /** The initiative's own website, when known. */
  website?: string;
  /** 'match' fits the question; 'nearest' is the nearest werkplaats outside the region; 'alternative' helps now while a werkplaats is closed or full. */
  role: 'match' | 'nearest' | 'alternative';
  availability: AvailabilityState;
  next_intake?: string;
  distance_km?: number;
}

export interface RouteResult {
  lang: Lang;
  recommendations: Recommendation[];
  understood: {
    language: Lang;
    topics: Array<{ theme: Theme; label: string }>;
    kinds: Array<{ kind: Kind; score: number }>;
    rules: Classification['rules'];
    corrections: Correction[];
  };
  place: { pc4: string; gemeente: string; provincie: string } | null;
  notices: string[];
}

type Scope = 'gemeente' | 'provincie' | 'landelijk' | 'unknown' | 'nearest';

interface Candidate {
  doc: number;
  entry: IndexedEntry;
  score: number;
  scope: Scope;
  availability: AvailabilityNow;
  role: Recommendation['role'];
  distance?: number;
  sectorMatch?: string;
}

const WERKPLAATS_CODE = KINDS.indexOf('werkplaats');

const SCOPE_BONUS: Record<Scope, number> = {
  gemeente: 0.6,
  provincie: 0.4,
  landelijk: 0.2,
  unknown: 0,
  nearest: -0.3,
};
/**
 * Scopes by code, for the scans over thousands of entries: the codes of a coverage table
 * (0 not there, 1 landelijk, 2 provincie, 3 gemeente), then "reach unknown" (no postcode) and
 * "nearest".
 */
const SCOPE_BY_CODE: ReadonlyArray<Scope | null> = [...COVERAGE_CODES, 'unknown', 'nearest'];
const SCOPE_CODE = Object.fromEntries(
  SCOPE_BY_CODE.flatMap((scope, code) => (scope ? [[scope, code]] : [])),
) as Record<Scope, number>;
const SCOPE_BONUS_BY_CODE = Float64Array.from(SCOPE_BY_CODE, (scope) => (scope ? SCOPE_BONUS[scope] : 0));
const MAX_SCOPE_BONUS = Math.max(...SCOPE_BONUS_BY_CODE);
const TEXT_WEIGHT = 2;
const PER_KIND = 3;
const REPEAT_PENALTY = 3;
/** Text relevance (0..1) from which an entry of a kind not asked for is still weighed. */
const CLEAR_MATCH = 0.3;
/** A neighbouring werkplaats further away than this is no real alternative. */
const NEIGHBOUR_MAX_KM = 80;

function fitsSize(index: DirectoryIndex, doc: number, employees: number | undefined): boolean {
  return employees === undefined || (employees >= index.sizeMin[doc]! && employees <= index.sizeMax[doc]!);
}

function nearestPoint(e: IndexedEntry, from: { lat: number; lon: number }): number {
  let best = Infinity;
  for (const p of e.points) best = Math.min(best, distanceKm(from, p));
  return best;
}

const AVAILABILITY_PENALTY: Record<AvailabilityNow['state'], number> = {
  open: 0,
  unknown: -0.1,
  closed: -0.5,
  full: -0.5,
  ended: -0.5,
};

/** Scope order for equal scores: the nearer help first (then the directory order). */
const SCOPE_RANK: Record<Scope, number> = { gemeente: 0, provincie: 1, landelijk: 2, unknown: 3, nearest: 4 };
const SCOPE_RANK_BY_CODE = SCOPE_BY_CODE.map((scope) => (scope ? SCOPE_RANK[scope] : 0));

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

function availabilityState(a: AvailabilityNow): AvailabilityState {
  return a.state === 'ended' ? 'closed' : a.state;
}

function isOpenNow(a: AvailabilityNow): boolean {
  return a.state === 'open' || a.state === 'unknown';
}

/** How far the clearly asked kind must be ahead of the next to come first whatever the place. */
const LEAD_MARGIN = 2;

/** Routes one question. */
export function routeQuestion(index: DirectoryIndex, input: RouteInput): RouteResult {
  const limit = input.limit ?? 5;
  const analysis = index.analyzer.analyze(input.question);
  const lang: Lang = input.lang ?? analysis.lang;
  const cls = index.classifier.classify(analysis, { employees: input.employees });
  const notices: string[] = [];
  const { place } = input;

  // Keys that can match a sector-bound entry: the sector field and the question itself.
  const context = new Set(analysis.tokens.filter((t) => !t.stop).map((t) => t.key));
  if (input.sector) {
    for (const t of index.analyzer.analyze(input.sector, { lang: 'nl' }).tokens)
      if (!t.stop) context.add(t.key);
  }

  // Where each entry works, relative to the owner, as a code of SCOPE_BY_CODE (0: not there).
  const table = place ? index.coverage(place) : undefined;
  const elsewhere = input.unknownPostcode ? 0 : SCOPE_CODE.unknown;
  const scopeCodeOf = (doc: number): number =>
    table ? table[doc]! : index.national[doc] === 1 ? SCOPE_CODE.landelijk : elsewhere;
  const scopeOf = (doc: number): Scope | null => SCOPE_BY_CODE[scopeCodeOf(doc)]!;
  // Only entries that work where the owner is are weighed: without a postcode, all of them.
  const relevance = index.search(analysis, place ?? (input.unknownPostcode ? 'landelijk' : undefined));
  const rel = relevance.scores;

  // The first topic counts 0.6 for an entry with that theme, each further topic 0.2.
  const firstTopic = cls.topics[0] ? themeBit(cls.topics[0]) : 0;
  const otherTopics = cls.topics.slice(1).reduce((mask, t) => mask | themeBit(t), 0) & ~firstTopic;
  const themeBonus = (mask: number) =>
    ((mask & firstTopic) !== 0 ? 0.6 : 0) + 0.2 * bitCount(mask & otherTopics);
  const maxThemeBonus = themeBonus(~0);
  const kindScores = KINDS.map((kind) => cls.scores[kind]);
  // The score before availability (which only lowers it), from the flat arrays: most entries
  // of a large directory stop at this bound.
  const { kindCode, themeMasks } = index;
  // `r` is the entry's relevance: its own from the search, unless it was not read there.
  const upperOf = (doc: number, scopeCode: number, r = rel[doc]!): number =>
    kindScores[kindCode[doc]!]! +
    TEXT_WEIGHT * r +
    SCOPE_BONUS_BY_CODE[scopeCode]! +
    themeBonus(themeMasks[doc]!);
  const score = (doc: number, scopeCode: number, availability: AvailabilityNow, r = rel[doc]!): number =>
    upperOf(doc, scopeCode, r) + AVAILABILITY_PENALTY[availability.state];

  const sectorOf = (e: IndexedEntry): string | null | undefined => {
    if (e.sectorKeys.length === 0) return undefined;
    const i = e.sectorKeys.findIndex((keys) => keys.length > 0 && keys.every((k) => context.has(k)));
    return i >= 0 ? e.initiative.sectors[i]! : null;
  };

  // The best few candidates per kind (by its position in KINDS), best first; the score to
  // reach to be kept is the third best's, once there are three.
  const shortlist = new Shortlist(KINDS.length, PER_KIND, SCOPE_RANK_BY_CODE);
  /** Weighs an entry whose bound (upperOf) reaches the bar of its kind. */
  const consider = (doc: number, scopeCode: number) => {
    if (index.ended[doc] === 1 || !fitsSize(index, doc, input.employees)) return;
    const availability = index.availability(doc, input.today);
    if (availability.state === 'ended') return;
    const code = kindCode[doc]!;
    const s = score(doc, scopeCode, availability);
    if (s < shortlist.bar(code)) return;
    if (index.sectorBound[doc] === 1 && sectorOf(index.entries[doc]!) === null) return;
    shortlist.add(code, doc, s, scopeCode);
  };

  // 1. Entries that match the text, where the owner is: of a kind asked for, or matching clearly.
  // The closest matches first, so that the bars rise early; the weaker bands are skipped once
  // no entry in them can reach the bar of its kind.
  const canReach = (r: number) =>
    kindScores.some(
      (ks, code) =>
        (ks > 0 || r >= CLEAR_MATCH) &&
        ks + TEXT_WEIGHT * r + MAX_SCOPE_BONUS + maxThemeBonus >= shortlist.bar(code),
    );
  for (let b = 0; b < relevance.bands.length; b++) {
    if (b > 0 && !canReach(RELEVANCE_BANDS[b - 1]!)) break;
    const band = relevance.bands[b]!;
    for (let j = 0; j < band.length; j++) {
      const doc = band[j]!;
      const code = kindCode[doc]!;
      if (kindScores[code]! <= 0 && rel[doc]! < CLEAR_MATCH) continue;
      const scopeCode = scopeCodeOf(doc);
      if (scopeCode !== 0 && upperOf(doc, scopeCode) >= shortlist.bar(code)) consider(doc, scopeCode);
    }
  }
  // 2. Every other entry of the kinds asked for that works where the owner is: the gemeente's
  // first, then the provincie's, then the national ones. A list whose best possible score is
  // below the bar is skipped whole, and so are the lists after it (their place counts less).
  const placeLists = (kind: Kind): Array<{ docs: readonly number[]; scope: Scope | null }> =>
    place
      ? [
          { docs: index.inPlace(kind, 'gemeente', place.gemeente), scope: 'gemeente' },
          { docs: index.inPlace(kind, 'provincie', place.provincie), scope: 'provincie' },
          { docs: index.inPlace(kind, 'landelijk'), scope: 'landelijk' },
        ]
      : input.unknownPostcode
        ? [{ docs: index.inPlace(kind, 'landelijk'), scope: 'landelijk' }]
        : // No place: national entries count as such, the rest as of unknown reach.
          [{ docs: index.inPlace(kind, 'all'), scope: null }];
  for (let code = 0; code < KINDS.length; code++) {
    const kind = KINDS[code]!;
    if (kindScores[code]! <= 0) continue;
    for (const { docs, scope } of placeLists(kind)) {
      const best = kindScores[code]! + SCOPE_BONUS[scope ?? 'landelijk'] + maxThemeBonus;
      if (best < shortlist.bar(code)) break;
      const only = scope === null ? 0 : SCOPE_CODE[scope];
      for (const doc of docs) {
        // Text matches were weighed in step 1; an entry also in a narrower list, there.
        if (rel[doc]! > 0) continue;
        const scopeCode = scopeCodeOf(doc);
        if (
          scopeCode !== 0 &&
          (only === 0 || scopeCode === only) &&
          upperOf(doc, scopeCode) >= shortlist.bar(code)
        )
          consider(doc, scopeCode);
      }
    }
  }

  // No werkplaats for the region, or nothing of a clearly asked kind: the nearest one.
  const nearestOf = (kind: Kind, from: Pc4Area, open: boolean, except?: number) => {
    let best: { doc: number; km: number } | undefined;
    for (const doc of index.byKind.get(kind) ?? []) {
      if (doc === except) continue;
      const entry = index.entries[doc]!;
      if (!fitsSize(index, doc, input.employees) || sectorOf(entry) === null) continue;
      if (open && !isOpenNow(index.availability(doc, input.today))) continue;
      const km = nearestPoint(entry, from);
      if (!best || km < best.km) best = { doc, km };
    }
    return best;
  };
  const nearestNotices = new Map<number, string>();
  const nearestKm = new Map<number, number>();
  const fallbackKinds = new Set<Kind>();
  if (cls.scores.werkplaats > 0) fallbackKinds.add('werkplaats');
  const asked = cls.ranked[0];
  if (asked && cls.scores[asked] >= RULES.clearlyAsked) fallbackKinds.add(asked);
  for (const kind of fallbackKinds) {
    const code = KINDS.indexOf(kind);
    if (!place || shortlist.count(code) > 0) continue;
    const best = nearestOf(kind, place, false);
    if (!best) continue;
    const entry = index.entries[best.doc]!;
    const availability = index.availability(best.doc, input.today);
    const km = Math.round(best.km);
    const nearest = SCOPE_CODE.nearest;
    // It works elsewhere, so the search did not read it.
    const s = score(best.doc, nearest, availability, relevance.elsewhere(best.doc));
    shortlist.add(code, best.doc, s, nearest);
    nearestKm.set(best.doc, km);
    nearestNotices.set(
      best.doc,
      messages.noticeNearest(kind, place.gemeente, entry.initiative.name, km, lang),
    );
  }

  // A varied list: each further pick of a kind already chosen counts a little less.
  const pool = shortlist.list();
  const chosen: Kept[] = [];
  const count = new Array<number>(KINDS.length).fill(0);
  // Market work and incidents never get a werkplaats first (rules 2 and 6), whatever place and
  // text add.
  const barFirst = (cls.marketWork || cls.incident) && pool.some((c) => kindCode[c.doc] !== WERKPLAATS_CODE);
  // A specialist kind the question clearly asks for, far ahead of the next, comes first, also
  // when its only entry works elsewhere: place and wording order the entries, not what is
  // asked. (The werkplaats is the loket's default; its lead is weighed with the entries.)
  // An incident reported, with the cyber help the kind most asked for, is such a lead too: help
  // now comes before anything the story around it names (a supplier, a payment "today").
  const [lead, next] = cls.ranked;
  const leadCode =
    lead !== undefined &&
    lead !== 'werkplaats' &&
    ((cls.scores[lead] >= RULES.clearlyAsked &&
      cls.scores[lead] >= LEAD_MARGIN * (next === undefined ? 0 : cls.scores[next])) ||
      (cls.incident && lead === 'cybersecurity'))
      ? KINDS.indexOf(lead)
      : -1;
  const leadFirst = leadCode >= 0 && pool.some((c) => kindCode[c.doc] === leadCode);
  while (chosen.length < limit && pool.length > 0) {
    let bi = 0;
    let bv = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      if (barFirst && chosen.length === 0 && kindCode[pool[i]!.doc] === WERKPLAATS_CODE) continue;
      if (leadFirst && chosen.length === 0 && kindCode[pool[i]!.doc] !== leadCode) continue;
      const v = pool[i]!.score - REPEAT_PENALTY * count[kindCode[pool[i]!.doc]!]!;
      if (v > bv) {
        bv = v;
        bi = i;
      }
    }
    const [c] = pool.splice(bi, 1);
    chosen.push(c!);
    count[kindCode[c!.doc]!]!++;
  }
  // Objects for the chosen few only.
  const picked = chosen.map(({ doc, score, scope: scopeCode }): Candidate => {
    const entry = index.entries[doc]!;
    const scope = SCOPE_BY_CODE[scopeCode]!;
    const availability = index.availability(doc, input.today);
    if (scope === 'nearest')
      return { doc, entry, score, scope, availability, role: 'nearest', distance: nearestKm.get(doc)! };
    const candidate: Candidate = { doc, entry, score, scope, availability, role: 'match' };
    const sector = sectorOf(entry);
    if (sector) candidate.sectorMatch = sector;
    return candidate;
  });

  // A closed or full werkplaats: offer the best help available now, right after it.
  const wpAt = picked.findIndex((c) => c.entry.kind === 'werkplaats');
  const wp = picked[wpAt];
  if (wp && !isOpenNow(wp.availability)) {
    const alternatives: Candidate[] = [];
    const taken = new Set(picked.map((c) => c.doc));
    if (place) {
      const best = nearestOf('werkplaats', place, true, wp.doc);
      if (best && best.km <= NEIGHBOUR_MAX_KM) {
        const entry = index.entries[best.doc]!;
        alternatives.push({
          doc: best.doc,
          entry,
          score: wp.score - 0.1,
          scope: 'nearest',
          availability: index.availability(best.doc, input.today),
          role: 'alternative',
          distance: Math.round(best.km),
        });
      }
    }
    // A webinar or training now, else the market: the best of that kind where the owner is.
    const bestNow = (kind: Kind): Candidate | undefined => {
      let best: Candidate | undefined;
      const lists = place
        ? [
            index.inPlace(kind, 'gemeente', place.gemeente),
            index.inPlace(kind, 'provincie', place.provincie),
            index.inPlace(kind, 'landelijk'),
          ]
        : [index.inPlace(kind, 'landelijk')];
      for (const doc of lists.flat()) {
        const entry = index.entries[doc]!;
        if (
          taken.has(doc) ||
          entry.ended ||
          !fitsSize(index, doc, input.employees) ||
          sectorOf(entry) === null
        )
          continue;
        const availability = index.availability(doc, input.today);
        if (!isOpenNow(availability)) continue;
        const scope = scopeOf(doc) ?? 'landelijk';
        const s = score(doc, SCOPE_CODE[scope], availability);
        if (!best || s > best.score)
          best = { doc, entry, score: s, scope, availability, role: 'alternative' };
      }
      return best;
    };
    const now = bestNow('opleiding') ?? bestNow('ict-dienstverlener');
    if (now) alternatives.push({ ...now, role: 'alternative', score: wp.score - 0.2 });
    const altDocs = new Set(alternatives.map((a) => a.doc));
    const rest = picked.filter((c, i) => i !== wpAt && !altDocs.has(c.doc));
    picked.splice(0, picked.length, ...rest.slice(0, wpAt), wp, ...alternatives, ...rest.slice(wpAt));
    picked.length = Math.min(picked.length, limit);
    const when =
      'nextIntake' in wp.availability && wp.availability.nextIntake
        ? formatDate(wp.availability.nextIntake, lang)
        : '';
    notices.push(messages.noticeClosed(wp.entry.initiative.name, when, lang));
  }

  notices.unshift(...picked.flatMap((c) => (c.role === 'nearest' ? (nearestNotices.get(c.doc) ?? []) : [])));
  if (cls.rules.includes('too-large') && input.employees !== undefined)
    notices.push(messages.noticeTooLarge(input.employees, lang));
  if (cls.rules.includes('market-work')) notices.push(messages.noticeMarketWork(lang));
  if (input.unknownPostcode) notices.push(messages.noticeUnknownPostcode(input.unknownPostcode, lang));
  else if (!place && picked.some((c) => c.scope === 'unknown')) notices.push(messages.noticeNoPostcode(lang));
  if (picked.length === 0) notices.push(messages.noticeNothing(lang));

  const top = picked[0]?.score ?? 1;
  const wpName = wp?.entry.initiative.name ?? '';
  const recommendations = picked.map((c) => toRecommendation(c, { cls, lang, place, top, wpName }));
  return {
    lang,
    recommendations,
    understood: {
      language: analysis.lang,
      topics: cls.topics.map((theme) => ({ theme, label: topicLabel(theme, lang) })),
      kinds: cls.ranked.map((kind) => ({ kind, score: Math.round(cls.scores[kind] * 100) / 100 })),
      rules: cls.rules,
      corrections: analysis.corrections,
    },
    place: place ? { pc4: place.pc4, gemeente: place.gemeente, provincie: place.provincie } : null,
    notices,
  };
}

function topicLabel(theme: Theme, lang: Lang): string {
  return TOPICS.find((t) => t.theme === theme)?.label[lang] ?? theme;
}

function toRecommendation(
  c: Candidate,
  ctx: { cls: Classification; lang: Lang; place: Pc4Area | undefined; top: number; wpName: string },
): Recommendation {
  const { lang } = ctx;
  const i = c.entry.initiative;
  const reasons: string[] = [];

  // 1. Why this kind of help, and the topic when it is one of theirs.
  const meaning = KINDS_MEANING.find((k) => k.kind === c.entry.kind)!;
  const shared = ctx.cls.topics.find((t) => i.themes.includes(t));
  if (c.role === 'alternative' && c.entry.kind !== 'werkplaats') {
    reasons.push(messages.alternativeNow(ctx.wpName, lang));
  }
  // The reason speaks about the question only when the question asked for this kind; otherwise
  // it says what the kind offers (the loket's standing place, a clear text match, a transfer).
  if (c.entry.kind === 'werkplaats') {
    const topic = shared ?? ctx.cls.topics.find((t) => TOPICS.find((x) => x.theme === t)?.digital);
    reasons.push(
      topic ? meaning.reason[lang].replace('{topic}', topicLabel(topic, lang)) : offerOf(meaning)[lang],
    );
  } else {
    const asked = ctx.cls.hits.some((h) => h.kind === c.entry.kind);
    reasons.push((asked ? meaning.reason : offerOf(meaning))[lang]);
    if (shared) reasons.push(messages.themeMatch(topicLabel(shared, lang), lang));
  }

  // 2. Where they work.
  if (c.role === 'nearest' && c.distance !== undefined) {
    reasons.push(messages.nearest(c.entry.kind, c.distance, lang));
  } else if (c.role === 'alternative' && c.distance !== undefined) {
    reasons.push(messages.neighbour(c.distance, lang));
  } else if (c.scope === 'gemeente' && ctx.place)
    reasons.push(messages.coverageGemeente(ctx.place.gemeente, lang));
  else if (c.scope === 'provincie' && ctx.place)
    reasons.push(messages.coverageProvincie(ctx.place.provincie, lang));
  else if (c.scope === 'landelijk') reasons.push(messages.coverageLandelijk(lang));
  else if (c.scope === 'unknown') {
    const w = i.werkgebied;
    const regio = w.regio ?? [...w.provincies, ...w.gemeenten].slice(0, 3).join(', ');
    reasons.push(messages.coverageUnknown(regio, lang));
  }

  // 3. For whom, at what cost.
  const size = c.entry.size;
  if (i.cost) reasons.push(messages.costSize(i.cost, size?.min, size?.max, lang));
  else if (size) reasons.push(messages.sizeOnly(size.min, size.max, lang));
  if (c.sectorMatch) reasons.push(messages.sector(c.sectorMatch, lang));

  // 4. Whether they can help now.
  const a = c.availability;
  if (a.state === 'closed') reasons.push(messages.closed(a, lang));
  else if (a.state === 'full') reasons.push(messages.full(a.nextIntake, lang));
  // Capacity matters for werkplaatsen (students, semesters); for the rest it is noise.
  else if (a.state === 'unknown' && c.entry.kind === 'werkplaats')
    reasons.push(messages.unknownAvailability(lang));

  const nextIntake = a.state === 'closed' || a.state === 'full' ? a.nextIntake : undefined;
  // Built field by field in the documented order; the optional ones only when they have a value.
  const rec: Recommendation = {
    slug: i.slug,
    kind: c.entry.kind,
    name: i.name,
    score: Math.max(0, Math.round((c.score / ctx.top) * 100) / 100),
    reasons,
    url: `${lang === 'en' ? '/en' : ''}/initiatieven/${i.slug}`,
  } as Recommendation;
  if (i.website) rec.website = i.website;
  rec.role = c.role;
  rec.availability = availabilityState(a);
  if (nextIntake) rec.next_intake = nextIntake;
  if (c.distance !== undefined) rec.distance_km = c.distance;
  return rec;
}

/** Resolves an optional postcode into the place fields of RouteInput, or a Dutch error. */
export function placeFromPostcode(
  table: ReadonlyMap<string, Pc4Area>,
  postcode: string | undefined,
): { ok: true; place?: Pc4Area; unknownPostcode?: string } | { ok: false; detail: string } {
  if (postcode === undefined) return { ok: true };
  const parsed = parsePostcode(postcode);
  if (!parsed.ok) return { ok: false, detail: parsed.detail };
  const area = table.get(parsed.pc4);
  return area ? { ok: true, place: area } : { ok: true, unknownPostcode: parsed.pc4 };
}
