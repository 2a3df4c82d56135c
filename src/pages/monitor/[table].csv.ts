/**
 * /monitor/<table>.csv?scope=…: one table of the dashboard as a CSV download (comma-separated,
 * UTF-8 with a byte order mark: see src/lib/csv.ts). The same session, the same tenancy
 * (loadDashboard) and the same rows as the page; only counts and percentages.
 */
import type { APIRoute } from 'astro';
import { sharedMonitorStores } from '../../../functions/storage/monitor-from-env.ts';
import { ACCESS_STATUS, loadDashboard } from '../../components/monitor/dashboard-access.ts';
import {
  csvFileName,
  dashboardTables,
  isTableId,
  tableRows,
} from '../../components/monitor/dashboard-tables.ts';
import { t } from '../../i18n/index.ts';
import { toCsv } from '../../lib/csv.ts';
import { currentSession, loginPath } from '../../lib/session.ts';

export const prerender = false;

const text = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });

export const GET: APIRoute = async ({ params, url, cookies, redirect }) => {
  const d = t('nl').monitor.dashboard;
  const id = params.table;
  const session = await currentSession(cookies);
  if (!session) return redirect(loginPath('/monitor'), 303);
  if (!isTableId(id)) return text(404, d.notFound);
  let loaded: Awaited<ReturnType<typeof loadDashboard>>;
  try {
    const { monitor } = await sharedMonitorStores(process.env);
    loaded = await loadDashboard(monitor, session.key, url.searchParams.get('scope'));
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', msg: 'csv unavailable', name: (error as Error).name }));
    return text(503, d.unavailable);
  }
  if (!('summary' in loaded)) {
    const { kind } = loaded.access;
    const message =
      kind === 'no-access' ? d.noAccess : kind === 'invalid-scope' ? d.invalidScope : d.notFound;
    return text(ACCESS_STATUS[kind], message);
  }
  const table = dashboardTables(loaded.summary, d).find((x) => x.id === id)!;
  return new Response(toCsv(tableRows(table)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${csvFileName(id, loaded.access.scope)}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
};
