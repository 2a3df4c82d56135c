/**
 * The expert system: which kinds of help a question asks for, and why. Signals (kinds.ts) add
 * weight to a kind; then a few rules, each explainable in one sentence:
 *
 * 1. A digital topic from a small firm without a clearer need goes to a werkplaats.
 * 2. Building, implementing, repairing, hosting or quoting is market work: a werkplaats then
 *    never comes first (werkplaatsen must not compete with the market), unless the question
 *    asks for a prototype or for students.
 * 3. A firm of more than 50 staff is outside a werkplaats' target group: research questions move
 *    to a kenniscentrum (to a smart industry hub when the shop floor leads), the rest to the
 *    market.
 * 4. A need in a secondary clause ("Daarnaast ...") counts half (in analyzer/text.ts).
 * 5. An owner who wants to learn something themselves, to find out what is needed before buying,
 *    asks students to build something, or reports an incident is not asking for market work
 *    (yet): market signals count half; half again when finding out is asked in the question and
 *    the market is only told around it. An owner who asks for professionals, or whose design is
 *    ready, is, whatever students made before.
 * 6. A reported cyber incident never gets a werkplaats first.
 * 7. A group of peer firms asking for a scheme asks for an MKB-deal.
 * 8. A scheme where the state stands surety for a loan is financing.
 * 9. Research by a group of firms with a knowledge institution is applied research.
 * 10. Seeing shop-floor technology work or trying it first is a fieldlab's (a hub's) offer.
 * 11. Research by a group of firms with a knowledge institution is funded through it (RAAK-mkb).
 */
import { KINDS, type Kind, type Theme } from '../../content/schema.ts';
import type { Analysis, Analyzer } from './analyzer.ts';
import { KINDS_MEANING, RULES, WERKPLAATS_FIRM_SIZE, type Signal } from './kinds.ts';
import { compileTerms, type TermMatcher } from './signals.ts';
import { QUOTED_WEIGHT } from './text.ts';
import { TOPICS } from './topics.ts';

/** One matched signal, for explanations. */
export interface SignalHit {
  kind: Kind;
  signal: string;
  weight: number;
  terms: string[];
}

export interface Classification {
  /** Score per kind, after the rules. */
  scores: Record<Kind, number>;
  /** Kinds from most to least likely (score > 0). */
  ranked: Kind[];
  /** Topics found, most evidence first. */
  topics: Theme[];
  hits: SignalHit[];
  /** The rules that changed the outcome. */
  rules: Array<'digital-default' | 'market-work' | 'too-large' | 'no-signal'>;
  /** True when the question asks for market work (rule 2). */
  marketWork: boolean;
  /** True when the firm is too large for a werkplaats (rule 3). */
  tooLargeForWerkplaats: boolean;
  /** True when a cyber incident is reported (rule 6): a werkplaats then never comes first. */
  incident: boolean;
}

export interface Classifier {
  classify(analysis: Analysis, firm: { employees?: number }): Classification;
}

/** MKB-deal terms that speak of a group of firms, not of one partner. */
const GROUP_TERM = /groep|group|vereniging|association|collectie|met z(?:ij)?n allen|(?:we|wij) zijn met/;

/** Research terms that name a knowledge institution (rule 9). */
const INSTITUTION_TERMS: ReadonlySet<string> = new Set(['hogeschool', 'universiteit', 'university']);

/**
 * Market signals of work that makes nothing new: putting in, setting up, moving, keeping running
 * ("8 laptops opnieuw installeren en alles instellen"). Students asked for that alone, with no
 * advice, plan or study, make no prototype.
 */
const OPERATIONAL: ReadonlySet<string> = new Set(['implementeren', 'hosting']);

/** Words that put what follows later: "voordat we iets laten bouwen", "before we build". */
const BEFORE: ReadonlyArray<[word: string, lang: 'nl' | 'en']> = [
  ['voordat', 'nl'],
  ['before', 'en'],
];

/** A signal sets its role only from a clause that counts more than this (text.ts). */
const ROLE_MIN_WEIGHT = 0.5;

/** How much `places` separate matches of one signal count together, at most RULES.maxEvidence. */
function evidenceOf(places: number): number {
  return Math.min(RULES.maxEvidence, 1 + RULES.extraEvidence * (places - 1));
}

/** Rules 7–11: a share of the score of one kind moves to the kind the question really asks for. */
function moveShare(scores: Record<Kind, number>, from: Kind, to: Kind, share = 0.5): void {
  const moved = scores[from] * share;
  scores[from] -= moved;
  scores[to] += moved;
}

/** Compiles the signals of kinds.ts and topics.ts for one analyser. */
export function createClassifier(analyzer: Analyzer): Classifier {
  const beforeKeys = new Set(BEFORE.flatMap(([word, lang]) => analyzer.keyOf(word, lang).map((k) => k.key)));
  /** Whether a BEFORE word stands at `position` or within the three words before it. */
  const beforeAt = (analysis: Analysis, position: number) =>
    analysis.tokens.some(
      (t) => t.position <= position && t.position >= position - 3 && beforeKeys.has(t.key),
    );
  const signalOwners: Array<{
    owner: { kind: Kind; signal: Signal };
    nl: readonly string[];
    en: readonly string[];
  }> = [];
  for (const meaning of KINDS_MEANING) {
    for (const signal of meaning.signals) {
      signalOwners.push({ owner: { kind: meaning.kind, signal }, nl: signal.nl, en: signal.en });
    }
  }
  const signals: TermMatcher<{ kind: Kind; signal: Signal }> = compileTerms(analyzer, signalOwners);
  const topics = compileTerms(
    analyzer,
    TOPICS.map((t) => ({ owner: t, nl: t.nl, en: t.en })),
  );

  return {
    classify(analysis, firm) {
      const scores = {} as Record<Kind, number>;
      for (const k of KINDS) scores[k] = 0;
      const hits: SignalHit[] = [];
      const roles = new Set<string>();
      let market = 0;
      // The clause weights (text.ts) of the market talk and of the asking to find out first.
      let marketClause = 0;
      let orientationClause = 0;
      // Operational work asked (OPERATIONAL), and anything a werkplaats does besides its students.
      let operational = false;
      let werkplaatsWork = false;
      const matched = [...signals.match(analysis)];
      // Where the owner asks to find out before the work ("Eerst advies, voordat we iets laten
      // bouwen", "before we build"): the market work named there is what comes later. And a
      // market word inside a longer phrase of finding out ("leveranciers eerlijk vergelijken")
      // is part of that phrase.
      const findOutFirst = matched.flatMap(([{ signal }, hit]) =>
        signal.role === 'orientation'
          ? hit.spans.map(([c, d]) => ({ c, d, before: beforeAt(analysis, c) }))
          : [],
      );
      const findingOut = ([a, b]: readonly [number, number]) =>
        findOutFirst.some(({ c, d, before }) => a >= c && b <= d && (before || d - c > b - a));
      const withinFindOutFirst = (spans: ReadonlyArray<[number, number]>) => spans.every(findingOut);
      for (const [{ kind, signal }, hit] of matched) {
        // Market work, a course or students the owner denies ("a plan, not an agency", "zelf
        // geen cursus volgen", "geen studenten") is not asked for.
        const isMarket = signal.role === 'market' || signal.role === 'professional';
        const denied = hit.negated === hit.evidence;
        const deniable = isMarket || signal.role === 'learn' || signal.role === 'students';
        if (deniable && denied) continue;
        // What the owner says they do not need ("geen subsidie nodig", "een cursus hoeven we
        // niet", "not looking for a developer") is not asked for, whatever its kind; learning
        // they have no time for ("geen tijd om zelf te leren") neither.
        if (hit.notNeeded === hit.evidence) continue;
        // What the firm makes or sells itself is not asked for: "aan zijn offertes koppelen",
        // "selling our pottery workshops online".
        if (signal.ownable && hit.owned === hit.evidence) continue;
        // (And research they have no time for: "We hebben geen tijd voor onderzoek, het moet
        // gewoon werken.")
        if ((signal.role === 'learn' || kind === 'kenniscentrum') && hit.noTimeFor === hit.evidence) continue;
        // What data, a plan or a prediction is about ("gegevens over onderhoudscontracten en
        // storingen", "een stappenplan voor de invoering") is no market work asked for.
        if ((isMarket || signal.role === 'learn') && hit.aboutSubject === hit.evidence) continue;
        if (isMarket && findOutFirst.length > 0 && withinFindOutFirst(hit.spans)) continue;
        // Students who are not there ("Studenten zijn er nu toch niet") are not asked for.
        if (signal.role === 'students' && hit.negatedAfter === hit.evidence) continue;
        // A denied incident ("geen hack", "niet gehackt kan worden") is about security, not an
        // incident: it counts for its kind, without the role.
        const deniedIncident = signal.role === 'incident' && denied;
        // (Learning that a grant is asked for, "subsidie voor scholing", is the grant's subject: those
        // places do not add to learning asked for.)
        const places = signal.role === 'learn' ? hit.evidence - hit.aboutSubject : hit.evidence;
        const weight = signal.weight * hit.weight * evidenceOf(places);
        scores[kind] += weight;
        hits.push({ kind, signal: signal.id, weight, terms: hit.terms });
        // A role changes the rules only from a clause that counts more than half: not from the
        // owner's trade ("We run a bike repair shop"), help of long ago or a secondary clause.
        // Work done before ("het ontwerp is klaar", "een stappenplan gekregen") is told as
        // context by nature: what comes next is for professionals, from any clause but a quote
        // of someone else ("klanten vragen: 'is mijn fiets al klaar?'").
        if (
          signal.role &&
          !deniedIncident &&
          (hit.weight > ROLE_MIN_WEIGHT || (signal.role === 'professional' && hit.weight > QUOTED_WEIGHT))
        )
          roles.add(signal.role);
        if (OPERATIONAL.has(signal.id) && hit.weight > ROLE_MIN_WEIGHT) operational = true;
        if (kind === 'werkplaats' && signal.role !== 'students') werkplaatsWork = true;
        // Market work done before ("Vorig jaar hebben we een website laten bouwen", "een plugin
        // geinstalleerd") or put off ("bouwen komt later") is context: it counts for its kind,
        // but is no market work asked for now. (Work done before that professionals are to build
        // on, "we hebben al gekozen", is told as history by nature.)
        // (Nor a place inside a phrase of finding out: "ons werkproces daarop inrichten".)
        const askedPlaces =
          signal.role === 'professional'
            ? hit.evidence
            : hit.evidence - hit.notNow - (findOutFirst.length > 0 ? hit.spans.filter(findingOut).length : 0);
        if (isMarket && askedPlaces > 0) {
          market +=
            askedPlaces === hit.evidence ? weight : signal.weight * hit.weight * evidenceOf(askedPlaces);
          marketClause = Math.max(marketClause, hit.weight);
        }
        if (signal.role === 'orientation') orientationClause = Math.max(orientationClause, hit.weight);
      }

      const topicHits = [...topics.match(analysis)]
        .map(([topic, hit]) => ({ topic, score: hit.evidence * hit.weight }))
        .sort((a, b) => b.score - a.score);
      const digital = topicHits.some((t) => t.topic.digital);
      const rules: Classification['rules'] = [];

      // Rule 7: a group of peer firms that asks for a scheme ("een regeling voor groepen
      // ondernemers") asks for what an MKB-deal is: half the subsidy score moves there. Not two
      // firms working together ("samen met een ander mkb-bedrijf"): that is a subsidy's project.
      const group = hits.some((h) => h.kind === 'mkb-deal' && h.terms.some((t) => GROUP_TERM.test(t)));
      if (group && scores['mkb-deal'] >= RULES.groupScheme && scores.subsidie > 0) {
        moveShare(scores, 'subsidie', 'mkb-deal');
      }

      // Rule 8: a scheme where the state stands surety for a loan ("regelingen waarbij de overheid
      // borg staat") is financing: half the subsidy score moves there.
      if (hits.some((h) => h.signal === 'borg') && scores.subsidie > 0) {
        moveShare(scores, 'subsidie', 'financiering');
      }

      // Rule 9: research with a knowledge institution, by a group of firms ("samen met andere
      // kwekers twee jaar onderzoek doen met een hogeschool"), is applied research (RAAK-mkb asks
      // for such a group), unless they ask for an MKB-deal by name: half the MKB-deal score moves
      // there, when it is that of a group (as rule 7). Naming a hogeschool alone ("een
      // innovatietraject met een hogeschool") is no research.
      const research = hits.filter((h) => h.kind === 'kenniscentrum');
      const institution = research.some(
        (h) => h.signal === 'onderzoeksgroep' || h.terms.some((t) => INSTITUTION_TERMS.has(t)),
      );
      const studied = research.some((h) => h.terms.some((t) => !INSTITUTION_TERMS.has(t)));
      const dealByName = hits.some((h) => h.signal === 'mkb-deal');
      if (institution && studied && !dealByName && scores['mkb-deal'] >= RULES.groupScheme) {
        moveShare(scores, 'mkb-deal', 'kenniscentrum');
      }
      // Rule 11: the money for such research, by a group of firms ("Hoe komen we aan financiering
      // voor zo'n onderzoek?", "een regeling waarbij de hogeschool de aanvraag doet"), is what
      // RAAK-mkb gives through the knowledge institution: half the grant and loan scores move there.
      if (institution && studied && group) {
        moveShare(scores, 'subsidie', 'kenniscentrum');
        moveShare(scores, 'financiering', 'kenniscentrum');
      }

      // Rule 1: the loket's default for a digital question of a small firm.
      let specialist = -Infinity;
      for (const k of KINDS)
        if (k !== 'werkplaats' && k !== 'ict-dienstverlener') specialist = Math.max(specialist, scores[k]);
      if (digital && specialist < RULES.specialistThreshold) {
        scores.werkplaats += RULES.digitalPrior;
        rules.push('digital-default');
      }
      scores.loket += RULES.loketPrior;
      if (hits.length === 0 && !digital) rules.push('no-signal');

      // Not (yet) market work, so market signals count half: an owner who wants to learn it
      // themselves; who wants to find out what is needed before buying; who reports an incident
      // (the repair is part of handling it); whose quotes are their own; or who asks students to
      // build something (that is a prototype), unless they ask for professionals.
      const professional = roles.has('professional');
      const asked = market;
      // (The owner's own quotes say nothing of market work once work done before is to be built
      // on: "een prototype van onze offerte-app gemaakt, nu moet ie echt live".)
      const notYet =
        roles.has('learn') ||
        roles.has('incident') ||
        roles.has('orientation') ||
        (roles.has('own-work') && !professional);
      const halveMarket = () => {
        scores['ict-dienstverlener'] -= market / 2;
        market /= 2;
      };
      // (Students asked for operational work and nothing else a werkplaats does are no prototype.)
      const studentsBuild = roles.has('students') && !professional && !(operational && !werkplaatsWork);
      if (notYet || studentsBuild) halveMarket();
      // Finding out first, asked in the question itself, while the supplier, the quote and the
      // system are only told around it ("Onze leverancier stuurde een offerte ... Kan iemand
      // onafhankelijk meekijken?"): the market talk is context, and counts half again.
      if (roles.has('orientation') && !professional && orientationClause > marketClause) halveMarket();

      // Rule 2: market work never gets a werkplaats first, unless it is a prototype or students
      // are asked for (and not professionals).
      const makesPrototype = (roles.has('prototype') && !professional) || studentsBuild;
      const marketWork = market >= RULES.marketThreshold && !makesPrototype;
      if (marketWork) {
        scores.werkplaats = Math.min(scores.werkplaats, Math.max(0, scores['ict-dienstverlener'] - 0.5));
        rules.push('market-work');
      }

      // Rule 3: too large for a werkplaats.
      const tooLarge = firm.employees !== undefined && firm.employees > WERKPLAATS_FIRM_SIZE.max;
      if (tooLarge && scores.werkplaats > 0) {
        const moved = scores.werkplaats * RULES.tooLargeTransfer;
        // Students for a firm this size: a research project, unless what they should do is build
        // or put in (one clear market term is enough: "een pakket selecteren en invoeren"); clearly
        // on the shop floor ("stilstand van ons machinepark"), a smart industry hub's.
        const build = asked >= RULES.marketThreshold / 2;
        // (Nor a marketing plan or a website for a firm this size: "Kunnen studenten een nieuwe
        // online strategie voor ons uitwerken?" is an agency's work.)
        const marketing = topicHits[0]?.topic.theme === 'online-sales-marketing';
        const shopFloor = scores['smart-industry-hub'];
        const lab =
          shopFloor >= RULES.clearlyAsked && shopFloor > scores.kenniscentrum
            ? 'smart-industry-hub'
            : 'kenniscentrum';
        // (Independent advice on the shop floor, "a robot cell: where can we get independent
        // advice or see a demo?", is what a hub's fieldlabs give.)
        if (
          roles.has('research') ||
          (roles.has('students') && !build && !marketing) ||
          (roles.has('orientation') && lab === 'smart-industry-hub')
        )
          scores[lab] += moved;
        else scores['ict-dienstverlener'] += moved;
        scores.werkplaats = 0;
        rules.push('too-large');
      }

      // Rule 10: seeing a robot, sensor or smart machine work or trying it before investing ("een
      // cobot: waar kunnen we zoiets eerst zien draaien en onafhankelijk advies krijgen?") is what
      // a hub's fieldlabs give: most of the werkplaats score moves there. (Trying out a booking
      // system is not: no machine is named.)
      const machines = hits.some((h) => h.kind === 'smart-industry-hub' && h.signal === 'industrie');
      if (roles.has('tryout') && machines && scores.werkplaats > 0)
        moveShare(scores, 'werkplaats', 'smart-industry-hub', RULES.tooLargeTransfer);

      // Rule 6: an incident needs help now, which students cannot give: a werkplaats never comes
      // before the cyber help, whatever else the question says about students.
      const incident = roles.has('incident') && scores.cybersecurity > 0;
      if (incident) scores.werkplaats = Math.min(scores.werkplaats, Math.max(0, scores.cybersecurity - 0.5));

      const ranked = KINDS.filter((k) => scores[k] > 0).sort((a, b) => scores[b] - scores[a]);
      return {
        scores,
        ranked,
        topics: topicHits.map((t) => t.topic.theme),
        hits: hits.sort((a, b) => b.weight - a.weight),
        rules,
        marketWork,
        tooLargeForWerkplaats: tooLarge,
        incident,
      };
    },
  };
}
