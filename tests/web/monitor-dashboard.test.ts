/**
 * The /monitor dashboard and its CSV downloads: tenancy for every role (the same resolveScope as the
 * summary API), the same figures as GET /api/v1/monitor/summary, no personal data, and the key
 * test of the issue: 32 synthetic 1-metingen like the 2020 results show 28 / 47 / 16 / 9 % and 91 %.
 * The CSV endpoint runs for real, with real sessions, on a temporary SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIContext } from 'astro';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../functions/app.ts';
import { loadPostcodes } from '../../functions/data.ts';
import type { EenmetingAnswers } from '../../functions/monitor/questionnaires.ts';
import { submitNulmeting } from '../../functions/routes/monitor.ts';
import { createSqliteMonitorStore } from '../../functions/storage/monitor-sqlite.ts';
import type { MonitorStore } from '../../functions/storage/monitor.ts';
import { createSqliteSessionStore } from '../../functions/storage/sessions-sqlite.ts';
import type { SessionStore } from '../../functions/storage/sessions.ts';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import type { Referral, ReferralStore } from '../../functions/storage/types.ts';
import { dashboardAccess, loadDashboard } from '../../src/components/monitor/dashboard-access.ts';
import { TABLE_IDS, dashboardTables, formatCell } from '../../src/components/monitor/dashboard-tables.ts';
import { t } from '../../src/i18n/index.ts';
import { SESSION_COOKIE } from '../../src/lib/session.ts';
import { GET } from '../../src/pages/monitor/[table].csv.ts';
import {
  OTHER_TARGET,
  TARGET,
  createKeyring,
  newReferral,
  syntheticDirectory,
  type Keyring,
} from '../helpers/referrals.ts';
import { eenmeting, metingen2020, nulmeting } from '../monitor/helpers.ts';

const SLUG_2020 = 'testwerkplaats-2020';
const d = t('nl').monitor.dashboard;

const dir = mkdtempSync(join(tmpdir(), 'loket-dashboard-'));
const path = join(dir, 'loket.sqlite');
const savedEnv = { SQLITE_PATH: process.env.SQLITE_PATH, DATABASE_URL: process.env.DATABASE_URL };
// The CSV endpoint opens this process's shared stores from the environment: point them here.
process.env.SQLITE_PATH = path;
process.env.DATABASE_URL = '';

let store: ReferralStore;
let monitor: MonitorStore;
let sessions: SessionStore;
let keys: Keyring;
type Who = Exclude<keyof Keyring, 'keys'>;
const sessionOf: Partial<Record<Who, string>> = {};
const referrals: Referral[] = [];

/** A referral of a synthetic firm ("Testbedrijf 001", KVK 00000001) sent by the intermediair. */
async function referral(n: number, patch: { targetSlug: string; provincie: string }): Promise<Referral> {
  const body = newReferral({ ...patch, kvk: String(n).padStart(8, '0') });
  const created = await store.createReferral(
    { ...body, company: { ...body.company, name: `Testbedrijf ${String(n).padStart(3, '0')}` } },
    { keyId: keys.keys.intermediair!.id, org: keys.keys.intermediair!.org, role: 'intermediair' },
  );
  referrals.push(created);
  return created;
}

/** Stores a 1-meting for a referral as the route would (the monitor store's own save). */
async function saveEenmeting(r: Referral, answers: EenmetingAnswers): Promise<void> {
  const saved = await monitor.save({
    referralId: r.id,
    kvk: r.company.kvk,
    targetSlug: r.targetSlug,
    provincie: r.company.provincie,
    sector: r.company.sector,
    measurement: 'eenmeting',
    version: 'dw-monitor-2021',
    answers,
    submittedVia: 'token',
  });
  expect(saved.ok).toBe(true);
}

beforeAll(async () => {
  store = await createSqliteStore({ path });
  monitor = await createSqliteMonitorStore({ path });
  sessions = await createSqliteSessionStore({ path });
  keys = await createKeyring(store);
  for (const who of Object.keys(keys.keys) as Who[]) {
    sessionOf[who] = (await sessions.create(keys.keys[who]!.id)).id;
  }
  // One firm per receiver with both measurements, with free text that must never be shown.
  const own = await referral(1, { targetSlug: TARGET, provincie: 'Overijssel' });
  const other = await referral(2, { targetSlug: OTHER_TARGET, provincie: 'Groningen' });
  for (const r of [own, other]) {
    const nul = await submitNulmeting(
      monitor,
      keys.keys.intermediair!,
      r,
      nulmeting({ q1: 'i', q1_anders: 'Synthetisch: via een beurs van Testbedrijf 001' }),
    );
    expect(nul.ok).toBe(true);
    await saveEenmeting(r, eenmeting({ q3: 'Synthetisch: vrije tekst', q6: 'Synthetisch: suggestie' }));
  }
  // The 2020 results: 32 firms of one werkplaats in Drenthe.
  let n = 100;
  for (const answers of metingen2020()) {
    await saveEenmeting(await referral(n++, { targetSlug: SLUG_2020, provincie: 'Drenthe' }), answers);
  }
});

afterAll(async () => {
  await Promise.all([store.close(), monitor.close(), sessions.close()]);
  rmSync(dir, { recursive: true, force: true });
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** GET /monitor/<table>.csv through the real endpoint, with `who`'s session cookie (or none). */
async function download(pathAndQuery: string, who?: Who): Promise<Response> {
  const url = new URL(pathAndQuery, 'http://loket.test');
  const table = /^\/monitor\/([^/]+)\.csv$/.exec(url.pathname)?.[1];
  const id = who ? sessionOf[who] : undefined;
  const cookies = {
    get: (name: string) => (name === SESSION_COOKIE && id ? { value: id } : undefined),
    delete: () => undefined,
    set: () => undefined,
  };
  const redirect = (location: string, status = 302) =>
    new Response(null, { status, headers: { Location: location } });
  return GET({
    params: { table },
    url,
    cookies,
    redirect,
    request: new Request(url),
  } as unknown as APIContext);
}

/** The rows of a CSV body without its byte order mark (none of these cells holds a comma). */
const rowsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(','));

describe('who sees which dashboard', () => {
  test.each([
    ['admin', null, 'ok'],
    ['admin', 'landelijk', 'ok'],
    ['admin', 'provincie:Groningen', 'ok'],
    ['admin', `initiative:${OTHER_TARGET}`, 'ok'],
    ['admin', 'gemeente:Enschede', 'invalid-scope'],
    ['provincie', null, 'ok'],
    ['provincie', 'provincie:Overijssel', 'ok'],
    ['provincie', 'provincie:Groningen', 'not-found'],
    ['provincie', 'landelijk', 'not-found'],
    ['provincie', `initiative:${TARGET}`, 'not-found'],
    ['otherProvincie', 'provincie:Overijssel', 'not-found'],
    ['ontvanger', null, 'ok'],
    ['ontvanger', `initiative:${TARGET}`, 'ok'],
    ['ontvanger', `initiative:${OTHER_TARGET}`, 'not-found'],
    ['ontvanger', 'landelijk', 'not-found'],
    ['ontvanger', 'provincie:Overijssel', 'not-found'],
    ['otherOntvanger', `initiative:${TARGET}`, 'not-found'],
    ['intermediair', null, 'no-access'],
    ['intermediair', 'landelijk', 'no-access'],
  ] as const)('%s asking for %s: %s', (who, scope, kind) => {
    expect(dashboardAccess(keys.keys[who]!, scope).kind).toBe(kind);
  });

  test('without a session: log in first', () => {
    expect(dashboardAccess(null, 'landelijk')).toEqual({ kind: 'login' });
  });

  test.each([
    ['admin', null, 'landelijk'],
    ['admin', 'provincie:Groningen', 'provincie:Groningen'],
    ['provincie', null, 'provincie:Overijssel'],
    ['ontvanger', null, `initiative:${TARGET}`],
    ['otherOntvanger', null, `initiative:${OTHER_TARGET}`],
  ] as const)('%s (%s) gets the very figures the summary API gives for %s', async (who, raw, scope) => {
    const loaded = await loadDashboard(monitor, keys.keys[who]!, raw);
    expect('summary' in loaded).toBe(true);
    const api = createApp({ directory: syntheticDirectory(), postcodes: loadPostcodes(), store, monitor });
    const res = await api.request(`/api/v1/monitor/summary?scope=${encodeURIComponent(scope)}`, {
      headers: { Authorization: `Bearer ${keys[who]}` },
    });
    expect(res.status).toBe(200);
    const {
      scope: answered,
      questionnaire_version: _version,
      ...figures
    } = (await res.json()) as Record<string, unknown>;
    expect(answered).toBe(scope);
    expect('summary' in loaded && loaded.summary).toEqual(figures);
  });
});

describe('CSV downloads', () => {
  test.each([
    ['admin', '/monitor/tevredenheid.csv', 200],
    ['admin', '/monitor/kerncijfers.csv?scope=landelijk', 200],
    ['admin', '/monitor/stellingen.csv?scope=provincie%3AGroningen', 200],
    ['admin', `/monitor/hoe-gevonden.csv?scope=initiative%3A${OTHER_TARGET}`, 200],
    ['admin', '/monitor/kerncijfers.csv?scope=gemeente%3AEnschede', 400],
    ['provincie', '/monitor/belemmeringen.csv', 200],
    ['provincie', '/monitor/belemmeringen.csv?scope=provincie%3AOverijssel', 200],
    ['provincie', '/monitor/belemmeringen.csv?scope=provincie%3AGroningen', 404],
    ['provincie', '/monitor/belemmeringen.csv?scope=landelijk', 404],
    ['otherProvincie', '/monitor/verwachtingen.csv?scope=provincie%3AOverijssel', 404],
    ['ontvanger', '/monitor/vervolgstappen.csv', 200],
    ['ontvanger', `/monitor/vervolgstappen.csv?scope=initiative%3A${TARGET}`, 200],
    ['ontvanger', `/monitor/vervolgstappen.csv?scope=initiative%3A${OTHER_TARGET}`, 404],
    ['ontvanger', '/monitor/vervolgstappen.csv?scope=landelijk', 404],
    ['otherOntvanger', `/monitor/kerncijfers.csv?scope=initiative%3A${TARGET}`, 404],
    ['intermediair', '/monitor/kerncijfers.csv', 403],
    ['intermediair', '/monitor/kerncijfers.csv?scope=landelijk', 403],
    ['admin', '/monitor/namen.csv', 404],
  ] as const)('%s: %s answers %i', async (who, url, status) => {
    const res = await download(url, who);
    expect(res.status).toBe(status);
    expect(res.headers.get('cache-control')).toContain('no-store');
    if (status === 200) {
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="impactmonitor-[a-z-]+-[a-z0-9-]+\.csv"$/,
      );
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    } else {
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect((await res.text()).length).toBeGreaterThan(20);
    }
  });

  test.each([
    ['nobody', undefined],
    ['a revoked key', 'revoked'],
  ] as const)('%s is sent to the login page', async (_name, who) => {
    const res = await download('/monitor/kerncijfers.csv?scope=landelijk', who);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/inloggen?terug=%2Fmonitor');
  });

  test('each scope counts only its own answers', async () => {
    const count = async (who: Who, query = '') =>
      rowsOf(await (await download(`/monitor/kerncijfers.csv${query}`, who)).text()).find(
        (r) => r[0] === d.tables.kerncijfers.nulmetingen,
      )?.[1];
    expect(await count('ontvanger')).toBe('1');
    expect(await count('otherOntvanger')).toBe('1');
    expect(await count('provincie')).toBe('1');
    expect(await count('admin')).toBe('2');
    expect(await count('admin', `?scope=initiative%3A${SLUG_2020}`)).toBe('0');
  });

  test('no table holds a KVK number, a name, an e-mail address, an id or an open answer', async () => {
    const all = (
      await Promise.all(
        TABLE_IDS.map(async (id) => (await download(`/monitor/${id}.csv?scope=landelijk`, 'admin')).text()),
      )
    ).join('\n');
    // The 0-meting's sector table is there: its few answers counted together, not per sector.
    expect(all).toContain('Overige sectoren (elk minder dan 5 antwoorden)');
    for (const personal of [
      'Detailhandel',
      '00000001',
      '00000002',
      'Testbedrijf',
      'Test Persoon',
      'test@example.invalid',
      'Synthetisch',
      ...referrals.map((r) => r.id),
    ]) {
      expect(all).not.toContain(personal);
    }
  });
});

describe('the 2020 results on the dashboard', () => {
  const scope = `initiative:${SLUG_2020}`;

  test('the satisfaction table and its CSV show 28 / 47 / 16 / 9 %', async () => {
    const res = await download(`/monitor/tevredenheid.csv?scope=${encodeURIComponent(scope)}`, 'admin');
    expect(rowsOf(await res.text())).toEqual([
      ['Groep', '% van de 1-metingen'],
      ['Zeer tevreden (9–10)', '28'],
      ['Tevreden (7–8)', '47'],
      ['Neutraal (6)', '16'],
      ['Ontevreden (1–5)', '9'],
    ]);
    const loaded = await loadDashboard(monitor, keys.keys.admin!, scope);
    if (!('summary' in loaded)) throw new Error('admin must see every scope');
    const table = dashboardTables(loaded.summary, d).find((x) => x.id === 'tevredenheid')!;
    expect(table.rows.map((r) => [r.header, formatCell(r.cells[0]!, d.noScore)])).toEqual([
      ['Zeer tevreden (9–10)', '28%'],
      ['Tevreden (7–8)', '47%'],
      ['Neutraal (6)', '16%'],
      ['Ontevreden (1–5)', '9%'],
    ]);
    expect(table.chart).toEqual({
      kind: 'bars',
      bars: [
        { label: 'Zeer tevreden (9–10)', value: 28 },
        { label: 'Tevreden (7–8)', value: 47 },
        { label: 'Neutraal (6)', value: 16 },
        { label: 'Ontevreden (1–5)', value: 9 },
      ],
    });
  });

  test('the key figures show 91 % gaat door met digitaliseren, of 32 1-metingen', async () => {
    const res = await download(`/monitor/kerncijfers.csv?scope=${encodeURIComponent(scope)}`, 'admin');
    const rows = rowsOf(await res.text());
    expect(rows).toContainEqual([d.tables.kerncijfers.eenmetingen, '32']);
    expect(rows).toContainEqual([d.tables.kerncijfers.doorgaan, '91']);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="impactmonitor-kerncijfers-initiative-${SLUG_2020}.csv"`,
    );
  });
});
