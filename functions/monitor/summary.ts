/**
 * The monitor's figures, as a pure function of the stored answers: what the ministry's evaluation
 * reports (satisfaction in four groups, "gaat door met digitaliseren", follow-up steps, the
 * recommendation score) and the 0-meting's distributions per sector. No personal data goes in
 * the result: only counts and percentages.
 */
import {
  EEN_Q1_LETTERS,
  EEN_Q5_LETTERS,
  NUL_Q1_LETTERS,
  NUL_Q4_LETTERS,
  NUL_Q5_LETTERS,
  continuesDigitalising,
  type EenmetingAnswers,
  type NulmetingAnswers,
} from './questionnaires.ts';

/** A whole-number percentage of `n` out of `total`, rounded half up (0 when there is no one). */
export function percent(n: number, total: number): number {
  return total === 0 ? 0 : Math.round((n * 100) / total);
}

type Counts<L extends string> = Record<L, number>;

const zeros = <L extends string>(ls: readonly L[]): Counts<L> =>
  Object.fromEntries(ls.map((l) => [l, 0])) as Counts<L>;
const asPercent = <L extends string>(counts: Counts<L>, total: number): Counts<L> =>
  Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, percent(v as number, total)])) as Counts<L>;

/** The sector as stored, or "onbekend". */
const sectorOf = (sector: string | null) => (sector ?? '').trim().toLowerCase() || 'onbekend';

/**
 * A sector (or "onbekend") with fewer 0-metingen than this is counted under POOLED_SECTOR: in a
 * small scope a column of one sector could otherwise show what one or two firms answered.
 */
export const MIN_SECTOR_GROUP = 5;
/** Where the sectors with fewer than MIN_SECTOR_GROUP 0-metingen are counted together. */
export const POOLED_SECTOR = 'overig';

export interface MonitorSummary {
  respondents: { nulmeting: number; eenmeting: number };
  /** 1-meting Q2: 9–10, 7–8, 6, 1–5, as % of the 1-meting respondents. */
  tevredenheid: { zeer_tevreden: number; tevreden: number; neutraal: number; ontevreden: number };
  /** % of 1-meting respondents that chose a step other than i (geen) and j (weet ik niet). */
  doorgaan_met_digitaliseren: number;
  /** 1-meting Q5: % of respondents per option. */
  vervolgstappen: Counts<(typeof EEN_Q5_LETTERS)[number]>;
  /** 1-meting Q4, the mean to one decimal; null without respondents. */
  aanbevelingscijfer_gemiddeld: number | null;
  /** 1-meting Q1: per statement, how many answered 1..5 (1 = helemaal oneens). */
  stellingen: Record<
    (typeof EEN_Q1_LETTERS)[number],
    { '1': number; '2': number; '3': number; '4': number; '5': number }
  >;
  /**
   * 0-meting per sector: counts of Q1 (how found), Q4 (barriers), Q5 (expectations). Sectors
   * with fewer than MIN_SECTOR_GROUP respondents are counted together under POOLED_SECTOR.
   */
  nulmeting_per_sector: Record<
    string,
    {
      respondents: number;
      hoe_gevonden: Counts<(typeof NUL_Q1_LETTERS)[number]>;
      belemmeringen: Counts<(typeof NUL_Q4_LETTERS)[number]>;
      verwachting: Counts<(typeof NUL_Q5_LETTERS)[number]>;
    }
  >;
}

/** Sums the answers of a scope into the dashboard's figures. */
export function summarise(
  nul: ReadonlyArray<{ sector: string | null; answers: NulmetingAnswers }>,
  een: ReadonlyArray<{ answers: EenmetingAnswers }>,
): MonitorSummary {
  const n = een.length;
  const groups = { zeer_tevreden: 0, tevreden: 0, neutraal: 0, ontevreden: 0 };
  const steps = zeros(EEN_Q5_LETTERS);
  const statements = Object.fromEntries(
    EEN_Q1_LETTERS.map((l) => [l, { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 }]),
  ) as MonitorSummary['stellingen'];
  let continuing = 0;
  let recommendation = 0;
  for (const { answers } of een) {
    const q2 = answers.q2;
    if (q2 >= 9) groups.zeer_tevreden++;
    else if (q2 >= 7) groups.tevreden++;
    else if (q2 === 6) groups.neutraal++;
    else groups.ontevreden++;
    for (const step of new Set(answers.q5)) steps[step]++;
    if (continuesDigitalising(answers)) continuing++;
    recommendation += answers.q4;
    for (const l of EEN_Q1_LETTERS) statements[l][String(answers.q1[l]) as '1']++;
  }

  const respondentsBySector = new Map<string, number>();
  for (const { sector } of nul) {
    const key = sectorOf(sector);
    respondentsBySector.set(key, (respondentsBySector.get(key) ?? 0) + 1);
  }
  const perSector: MonitorSummary['nulmeting_per_sector'] = {};
  for (const { sector, answers } of nul) {
    const own = sectorOf(sector);
    const key = respondentsBySector.get(own)! < MIN_SECTOR_GROUP ? POOLED_SECTOR : own;
    const row = (perSector[key] ??= {
      respondents: 0,
      hoe_gevonden: zeros(NUL_Q1_LETTERS),
      belemmeringen: zeros(NUL_Q4_LETTERS),
      verwachting: zeros(NUL_Q5_LETTERS),
    });
    row.respondents++;
    row.hoe_gevonden[answers.q1]++;
    for (const b of new Set(answers.q4)) row.belemmeringen[b]++;
    row.verwachting[answers.q5]++;
  }

  return {
    respondents: { nulmeting: nul.length, eenmeting: n },
    tevredenheid: asPercent(groups, n),
    doorgaan_met_digitaliseren: percent(continuing, n),
    vervolgstappen: asPercent(steps, n),
    aanbevelingscijfer_gemiddeld: n === 0 ? null : Math.round((recommendation / n) * 10) / 10,
    stellingen: statements,
    nulmeting_per_sector: perSector,
  };
}
