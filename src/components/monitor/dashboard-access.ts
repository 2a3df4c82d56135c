/**
 * Who sees which figures on /monitor and its CSV downloads: the session's key through the same
 * resolveScope as GET /api/v1/monitor/summary, then the same scopeSummary. The page and the CSV
 * endpoint call loadDashboard and nothing else, so they cannot disagree about tenancy.
 */
import { resolveScope, scopeSummary, type Scope } from '../../../functions/monitor/scope.ts';
import type { MonitorSummary } from '../../../functions/monitor/summary.ts';
import type { MonitorStore } from '../../../functions/storage/monitor.ts';
import type { ApiKey } from '../../../functions/storage/types.ts';

/** What a visitor gets, before any figure is read. */
export type DashboardAccess =
  /** No session: log in first. */
  | { kind: 'login' }
  /** An intermediair: its role has no dashboard (403). */
  | { kind: 'no-access' }
  /** `?scope=` is not a scope (400). */
  | { kind: 'invalid-scope' }
  /** A scope this key may not see, the same answer as one that does not exist (404). */
  | { kind: 'not-found' }
  | { kind: 'ok'; scope: Scope };

/** The HTTP status of each outcome. */
export const ACCESS_STATUS: Record<DashboardAccess['kind'], number> = {
  login: 401,
  'no-access': 403,
  'invalid-scope': 400,
  'not-found': 404,
  ok: 200,
};

/** Decides what `key` (null: no session) asking for `rawScope` (null: its own) may see. */
export function dashboardAccess(key: ApiKey | null, rawScope: string | null): DashboardAccess {
  if (!key) return { kind: 'login' };
  if (key.role === 'intermediair') return { kind: 'no-access' };
  const resolved = resolveScope(key, rawScope);
  if (resolved.ok) return { kind: 'ok', scope: resolved.scope };
  return resolved.reason === 'invalid' ? { kind: 'invalid-scope' } : { kind: 'not-found' };
}

/** The access and, when allowed, the scope's figures. */
export async function loadDashboard(
  monitor: Pick<MonitorStore, 'list'>,
  key: ApiKey | null,
  rawScope: string | null,
): Promise<
  | { access: Exclude<DashboardAccess, { kind: 'ok' }> }
  | { access: { kind: 'ok'; scope: Scope }; summary: MonitorSummary }
> {
  const access = dashboardAccess(key, rawScope);
  if (access.kind !== 'ok') return { access };
  return { access, summary: await scopeSummary(monitor, access.scope) };
}
