/**
 * The dashboard's tables, as data: built from the same MonitorSummary that GET
 * /api/v1/monitor/summary returns, with the answer texts of appendix II (questionnaires.ts). The
 * page renders each as a chart and an HTML table; /monitor/<id>.csv writes the same rows. Only
 * counts and percentages go in: no KVK number, name, e-mail or open answer is in a summary.
 */
import {
  AGREEMENT_SCALE,
  EENMETING,
  NULMETING,
  type Option,
} from '../../../functions/monitor/questionnaires.ts';
import { formatScope, type Scope } from '../../../functions/monitor/scope.ts';
import {
  MIN_SECTOR_GROUP,
  POOLED_SECTOR,
  percent,
  type MonitorSummary,
} from '../../../functions/monitor/summary.ts';
import type { Messages } from '../../i18n/index.ts';
import type { CsvValue } from '../../lib/csv.ts';

/** Every table, in the dashboard's order; the id is also the CSV's address (/monitor/<id>.csv). */
export const TABLE_IDS = [
  'kerncijfers',
  'hoe-gevonden',
  'belemmeringen',
  'verwachtingen',
  'stellingen',
  'tevredenheid',
  'vervolgstappen',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export const isTableId = (id: string | undefined): id is TableId =>
  (TABLE_IDS as readonly string[]).includes(id ?? '');

/** How a number is meant: it decides how the page writes it ("28%", "7,8"). */
export type Unit = 'count' | 'percent' | 'score';
export interface Cell {
  value: number | null;
  unit: Unit;
}

/** A bar chart (one bar per row, 0–100 %) or a 100 % stacked bar per row (the statements). */
export type Chart =
  | { kind: 'bars'; bars: Array<{ label: string; value: number }> }
  | { kind: 'stacked'; legend: string[]; rows: Array<{ label: string; counts: number[] }> };

export interface DashboardTable {
  id: TableId;
  title: string;
  /** The measurement the table counts; its respondents are the base of the percentages. */
  measurement: 'nulmeting' | 'eenmeting' | null;
  /** The question as appendix II asks it, with its number. */
  question?: { label: string; text: string };
  /** Column headers; the first heads the row headers. */
  columns: string[];
  rows: Array<{ header: string; cells: Cell[] }>;
  note?: string;
  chart?: Chart;
}

type DashboardMessages = Messages['monitor']['dashboard'];

const optionLabel = (o: Option) => `${o.letter}) ${o.text}`;

/** Where a sector column goes: named sectors first, then "onbekend", then the pooled ones. */
const sectorRank = (sector: string) => (sector === POOLED_SECTOR ? 2 : sector === 'onbekend' ? 1 : 0);

/** Sector keys by rank, then by respondents (most first), then by name. */
function sectorsOf(summary: MonitorSummary): string[] {
  return Object.entries(summary.nulmeting_per_sector)
    .sort(
      ([a, x], [b, y]) =>
        sectorRank(a) - sectorRank(b) || y.respondents - x.respondents || a.localeCompare(b, 'nl'),
    )
    .map(([sector]) => sector);
}

function sectorLabel(sector: string, d: DashboardMessages): string {
  if (sector === POOLED_SECTOR) return d.sectorPooled(MIN_SECTOR_GROUP);
  return sector === 'onbekend' ? d.sectorUnknown : sector.charAt(0).toUpperCase() + sector.slice(1);
}

/** A 0-meting question counted per sector: one row per option, a column per sector, total and %. */
function perSector(
  summary: MonitorSummary,
  d: DashboardMessages,
  id: 'hoe-gevonden' | 'belemmeringen' | 'verwachtingen',
  number: 1 | 4 | 5,
  key: 'hoe_gevonden' | 'belemmeringen' | 'verwachting',
  many: boolean,
): DashboardTable {
  const question = NULMETING[`q${number}`];
  const sectors = sectorsOf(summary);
  const n = summary.respondents.nulmeting;
  const rows = question.options.map((o) => {
    const counts = sectors.map(
      (s) => (summary.nulmeting_per_sector[s]![key] as Record<string, number>)[o.letter] ?? 0,
    );
    const total = counts.reduce((a, b) => a + b, 0);
    return {
      option: o,
      total,
      row: {
        header: optionLabel(o),
        cells: [
          ...counts.map((value) => ({ value, unit: 'count' as const })),
          { value: total, unit: 'count' as const },
          { value: percent(total, n), unit: 'percent' as const },
        ],
      },
    };
  });
  return {
    id,
    title: d.tables[id].title,
    measurement: 'nulmeting',
    question: { label: d.questionnaire('0-meting', number), text: question.text },
    columns: [d.tables[id].answer, ...sectors.map((s) => sectorLabel(s, d)), d.total, d.percentOfNul],
    rows: rows.map((r) => r.row),
    ...(many ? { note: d.manyAnswers } : {}),
    chart: {
      kind: 'bars',
      bars: rows.map((r) => ({ label: `${r.option.letter})`, value: percent(r.total, n) })),
    },
  };
}

/** Every table of the dashboard for one scope's summary. */
export function dashboardTables(summary: MonitorSummary, d: DashboardMessages): DashboardTable[] {
  const een = summary.respondents.eenmeting;
  const k = d.tables.kerncijfers;
  const groups = d.tables.tevredenheid.groups;
  const steps = EENMETING.q5.options;
  return [
    {
      id: 'kerncijfers',
      title: k.title,
      measurement: null,
      columns: [...k.columns],
      rows: [
        { header: k.nulmetingen, cells: [{ value: summary.respondents.nulmeting, unit: 'count' }] },
        { header: k.eenmetingen, cells: [{ value: een, unit: 'count' }] },
        {
          header: k.doorgaan,
          cells: [{ value: een === 0 ? null : summary.doorgaan_met_digitaliseren, unit: 'percent' }],
        },
        { header: k.aanbeveling, cells: [{ value: summary.aanbevelingscijfer_gemiddeld, unit: 'score' }] },
      ],
      note: k.doorgaanHint,
    },
    perSector(summary, d, 'hoe-gevonden', 1, 'hoe_gevonden', false),
    perSector(summary, d, 'belemmeringen', 4, 'belemmeringen', true),
    perSector(summary, d, 'verwachtingen', 5, 'verwachting', false),
    {
      id: 'stellingen',
      title: d.tables.stellingen.title,
      measurement: 'eenmeting',
      question: { label: d.questionnaire('1-meting', 1), text: EENMETING.q1.text },
      columns: [d.tables.stellingen.answer, ...AGREEMENT_SCALE.map((p) => p.text), d.tables.stellingen.agree],
      rows: EENMETING.q1.statements.map((s) => {
        const counts = summary.stellingen[s.letter];
        return {
          header: optionLabel(s),
          cells: [
            ...AGREEMENT_SCALE.map((p) => ({
              value: counts[String(p.value) as '1'],
              unit: 'count' as const,
            })),
            { value: percent(counts['4'] + counts['5'], een), unit: 'percent' as const },
          ],
        };
      }),
      chart: {
        kind: 'stacked',
        legend: AGREEMENT_SCALE.map((p) => p.text),
        rows: EENMETING.q1.statements.map((s) => ({
          label: `${s.letter})`,
          counts: AGREEMENT_SCALE.map((p) => summary.stellingen[s.letter][String(p.value) as '1']),
        })),
      },
    },
    {
      id: 'tevredenheid',
      title: d.tables.tevredenheid.title,
      measurement: 'eenmeting',
      question: { label: d.questionnaire('1-meting', 2), text: EENMETING.q2.text },
      columns: [d.tables.tevredenheid.answer, d.percentOfEen],
      rows: (Object.keys(groups) as Array<keyof typeof groups>).map((g) => ({
        header: groups[g],
        cells: [{ value: summary.tevredenheid[g], unit: 'percent' as const }],
      })),
      chart: {
        kind: 'bars',
        bars: (Object.keys(groups) as Array<keyof typeof groups>).map((g) => ({
          label: groups[g],
          value: summary.tevredenheid[g],
        })),
      },
    },
    {
      id: 'vervolgstappen',
      title: d.tables.vervolgstappen.title,
      measurement: 'eenmeting',
      question: { label: d.questionnaire('1-meting', 5), text: EENMETING.q5.text },
      columns: [d.tables.vervolgstappen.answer, d.percentOfEen],
      rows: steps.map((o) => ({
        header: optionLabel(o),
        cells: [{ value: summary.vervolgstappen[o.letter], unit: 'percent' as const }],
      })),
      note: d.manyAnswers,
      chart: {
        kind: 'bars',
        bars: steps.map((o) => ({ label: `${o.letter})`, value: summary.vervolgstappen[o.letter] })),
      },
    },
  ];
}

const SCORE = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A cell as the page writes it: "28%", "7,8", "12"; an empty value as `none`. */
export function formatCell(cell: Cell, none: string): string {
  if (cell.value === null) return none;
  if (cell.unit === 'percent') return `${cell.value}%`;
  return cell.unit === 'score' ? SCORE.format(cell.value) : String(cell.value);
}

/** A table as CSV rows: the header, then each row's header and raw numbers (no "%" signs). */
export function tableRows(table: DashboardTable): CsvValue[][] {
  return [table.columns, ...table.rows.map((r) => [r.header, ...r.cells.map((c) => c.value)])];
}

/** The scope in words: "heel Nederland", "provincie Overijssel", or the initiative's name. */
export function scopeName(
  scope: Scope,
  d: DashboardMessages,
  initiativeName: (slug: string) => string | undefined,
): string {
  if (scope.kind === 'landelijk') return d.scopeNames.landelijk;
  if (scope.kind === 'provincie') return d.scopeNames.provincie(scope.name);
  return initiativeName(scope.slug) ?? scope.slug;
}

/** The address of a table's CSV for a scope. */
export function csvPath(id: TableId, scope: Scope): string {
  return `/monitor/${id}.csv?scope=${encodeURIComponent(formatScope(scope))}`;
}

/** The download's file name: ASCII only ("impactmonitor-tevredenheid-provincie-fryslan.csv"). */
export function csvFileName(id: TableId, scope: Scope): string {
  const slug = formatScope(scope)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `impactmonitor-${id}-${slug}.csv`;
}
