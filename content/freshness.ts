/**
 * Freshness: every entry is checked at least every six months. The site marks entries that are
 * not (src/lib/site.ts re-exports isStale), and `npm run content:stale` lists them per curator.
 * Pure: no clock reads except the default `today`.
 */
import { CURATORS, curatorFolder, type Curator, type Initiative } from './schema.ts';

/** An entry not checked for this many months is stale. */
export const STALE_AFTER_MONTHS = 6;

/** An entry not checked for more than six months is stale. */
export function isStale(lastChecked: string, today: Date = new Date()): boolean {
  const limit = new Date(today);
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return new Date(`${lastChecked}T00:00:00Z`) < limit;
}

/** Whole months between two dates (2026-03-27 → 2026-11-26 is 7). */
export function monthsBetween(from: string, today: Date): number {
  const start = new Date(`${from}T00:00:00Z`);
  let months =
    (today.getUTCFullYear() - start.getUTCFullYear()) * 12 + today.getUTCMonth() - start.getUTCMonth();
  if (today.getUTCDate() < start.getUTCDate()) months -= 1;
  return Math.max(0, months);
}

/** One stale entry as the report lists it. */
export interface StaleEntry {
  slug: string;
  name: string;
  /** content/<folder>/<slug>.md */
  file: string;
  last_checked: string;
  checked_by: string;
  /** Whole months since last_checked. */
  months: number;
}

/** The stale entries of one curator, oldest check first. */
export interface StaleGroup {
  curator: Curator;
  entries: StaleEntry[];
}

type Checked = Pick<Initiative, 'slug' | 'name' | 'curated_by' | 'last_checked' | 'checked_by'>;

/** Stale entries per curator, in the order of CURATORS; curators without stale entries left out. */
export function staleReport(initiatives: readonly Checked[], today: Date = new Date()): StaleGroup[] {
  return CURATORS.map((curator) => ({
    curator,
    entries: initiatives
      .filter((i) => i.curated_by === curator && isStale(i.last_checked, today))
      .map((i) => ({
        slug: i.slug,
        name: i.name,
        file: `content/${curatorFolder(curator)}/${i.slug}.md`,
        last_checked: i.last_checked,
        checked_by: i.checked_by,
        months: monthsBetween(i.last_checked, today),
      }))
      .sort((a, b) => a.last_checked.localeCompare(b.last_checked) || a.slug.localeCompare(b.slug)),
  })).filter((g) => g.entries.length > 0);
}

/** The report `npm run content:stale` prints, in Dutch. */
export function formatStaleReport(groups: readonly StaleGroup[], today: Date = new Date()): string {
  const day = today.toISOString().slice(0, 10);
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  if (total === 0) {
    return `Alle initiatieven zijn in de afgelopen ${STALE_AFTER_MONTHS} maanden gecontroleerd (peildatum ${day}).`;
  }
  const lines = [
    `${total} initiatie${total === 1 ? 'f is' : 'ven zijn'} meer dan ${STALE_AFTER_MONTHS} maanden niet gecontroleerd (peildatum ${day}):`,
    '',
  ];
  for (const group of groups) {
    const who = group.curator === 'landelijk' ? 'Landelijk redactieteam' : group.curator;
    lines.push(`${who} (${group.entries.length})`);
    for (const e of group.entries) {
      lines.push(`  ${e.name}`);
      lines.push(`    ${e.file}`);
      lines.push(
        `    laatst gecontroleerd ${e.last_checked} (${e.months} maanden geleden) door ${e.checked_by}`,
      );
    }
    lines.push('');
  }
  lines.push(
    'Controleer elk feit met de bronnen, zet last_checked op de datum van vandaag en checked_by op je team.',
  );
  return lines.join('\n');
}
