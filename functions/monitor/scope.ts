/**
 * Whose figures a key may see: the one tenancy rule of the impact monitor, used by
 * GET /api/v1/monitor/summary and by the /monitor dashboard and its CSV downloads, so the two can
 * never drift apart. Admin sees every scope (landelijk by default), a province its own province, a
 * receiver its own initiative; an intermediair sees none.
 */
import { PROVINCIES } from '../../content/places.ts';
import type { MonitorStore } from '../storage/monitor.ts';
import type { ApiKey } from '../storage/types.ts';
import type { EenmetingAnswers, NulmetingAnswers } from './questionnaires.ts';
import { summarise, type MonitorSummary } from './summary.ts';

/** The scope of a summary, as in `?scope=`. */
export type Scope =
  { kind: 'landelijk' } | { kind: 'provincie'; name: string } | { kind: 'initiative'; slug: string };

/** A province's name as in content/places.ts ("overijssel" → "Overijssel"); unknown names as given. */
function canonicalProvince(name: string): string {
  return PROVINCIES.find((p) => p.toLowerCase() === name.toLowerCase()) ?? name;
}

/** Parses `landelijk`, `provincie:<naam>` or `initiative:<slug>`; null when it is none of these. */
export function parseScope(raw: string): Scope | null {
  if (raw === 'landelijk') return { kind: 'landelijk' };
  const match = /^(provincie|initiative):(.{1,120})$/.exec(raw);
  if (!match) return null;
  return match[1] === 'provincie'
    ? { kind: 'provincie', name: canonicalProvince(match[2]!) }
    : { kind: 'initiative', slug: match[2]! };
}

/** The scope as `?scope=` writes it. */
export function formatScope(scope: Scope): string {
  if (scope.kind === 'landelijk') return 'landelijk';
  return scope.kind === 'provincie' ? `provincie:${scope.name}` : `initiative:${scope.slug}`;
}

/** The scope a key sees when it names none; null for a key that sees no figures. */
export function defaultScope(key: ApiKey): Scope | null {
  if (key.role === 'admin') return { kind: 'landelijk' };
  if (key.role === 'provincie' && key.provincie) return { kind: 'provincie', name: key.provincie };
  if (key.role === 'ontvanger' && key.slug) return { kind: 'initiative', slug: key.slug };
  return null;
}

/** Whether a key may see a scope: admin all, a province its own, a receiver its own slug. */
export function maySee(key: ApiKey, scope: Scope): boolean {
  if (key.role === 'admin') return true;
  if (key.role === 'provincie') {
    return (
      scope.kind === 'provincie' &&
      key.provincie !== null &&
      scope.name.toLowerCase() === key.provincie.toLowerCase()
    );
  }
  if (key.role === 'ontvanger')
    return scope.kind === 'initiative' && key.slug !== null && scope.slug === key.slug;
  return false;
}

/** What a key asking for `raw` (absent or empty: its own) may see. */
export type ScopeResolution =
  | { ok: true; scope: Scope }
  /** `raw` is not a scope at all. */
  | { ok: false; reason: 'invalid' }
  /** The key may not see that scope, or no scope at all (an intermediair). */
  | { ok: false; reason: 'forbidden' };

/** Resolves `?scope=` for a key: the one rule behind the summary API and the dashboard. */
export function resolveScope(key: ApiKey, raw: string | null | undefined): ScopeResolution {
  const own = raw === undefined || raw === null || raw === '';
  const scope = own ? defaultScope(key) : parseScope(raw);
  if (!own && scope === null) return { ok: false, reason: 'invalid' };
  if (scope === null || !maySee(key, scope)) return { ok: false, reason: 'forbidden' };
  return { ok: true, scope };
}

/** The figures of a scope (never call this before resolveScope said the key may see it). */
export async function scopeSummary(
  monitor: Pick<MonitorStore, 'list'>,
  scope: Scope,
): Promise<MonitorSummary> {
  const filter =
    scope.kind === 'provincie'
      ? { provincie: scope.name }
      : scope.kind === 'initiative'
        ? { targetSlug: scope.slug }
        : {};
  const [nul, een] = await Promise.all([
    monitor.list({ measurement: 'nulmeting', ...filter }),
    monitor.list({ measurement: 'eenmeting', ...filter }),
  ]);
  return summarise(
    nul.map((r) => ({ sector: r.sector, answers: r.answers as NulmetingAnswers })),
    een.map((r) => ({ answers: r.answers as EenmetingAnswers })),
  );
}
