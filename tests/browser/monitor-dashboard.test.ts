/**
 * The impact monitor's web pages in Chromium without JavaScript: the /monitor dashboard for every
 * role (admin picks a scope, a province sees its own, an intermediair is refused, nobody is sent
 * to the login page), the 2020 results shown as 28 / 47 / 16 / 9 % and 91 %, a CSV download, and
 * the adviser's 0-meting at intake filled in by keyboard only. axe-clean on every state. Its own
 * server on a temporary SQLite file, so the figures hold only this file's synthetic answers.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EenmetingAnswers, NulmetingAnswers } from '../../functions/monitor/questionnaires.ts';
import { createSqliteMonitorStore } from '../../functions/storage/monitor-sqlite.ts';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import type { NewApiKey, Referral } from '../../functions/storage/types.ts';
import { metingen2020, nulmeting } from '../monitor/helpers.ts';
import { axeViolations, launch, openPage } from './browser.ts';
import { startPrivateServer, tabTo, type PrivateServer } from './private-server.ts';

/** The werkplaats of the intake referral (Overijssel), and a synthetic one for the 2020 answers. */
const TWENTE = 'digitale-werkplaats-twente';
const SLUG_2020 = 'testwerkplaats-2020';
const ORG = 'Testbank Regio Synthetisch';

let browser: Browser;
let server: PrivateServer;
let base: string;
const secrets: Record<'admin' | 'provincie' | 'intermediair' | 'otherIntermediair', string> = {
  admin: '',
  provincie: '',
  intermediair: '',
  otherIntermediair: '',
};
let intake: Referral;
/** A second referral that never gets a 0-meting. */
let untouched: Referral;

/** A referral of synthetic firm `n` ("Testbedrijf 001", KVK 00000001) from ORG. */
function referralInput(n: number, targetSlug: string, provincie: string, sector: string | null) {
  const number = String(n).padStart(3, '0');
  return {
    question: 'Synthetische testvraag: hoe verkopen wij onze producten online?',
    company: {
      name: `Testbedrijf ${number}`,
      kvk: String(n).padStart(8, '0'),
      postcode: '7511 AB',
      employees: 8,
      sector,
      gemeente: provincie === 'Overijssel' ? 'Enschede' : 'Assen',
      provincie,
    },
    contact: { name: 'Test Persoon', email: 'test@example.invalid', phone: null },
    contactPreference: 'email' as const,
    consentVersion: 'test-1',
    targetSlug,
    targetKind: 'werkplaats',
    advice: null,
  };
}

beforeAll(async () => {
  server = await startPrivateServer();
  base = server.base;
  const store = await createSqliteStore({ path: server.path });
  const monitor = await createSqliteMonitorStore({ path: server.path });
  try {
    const specs: Record<keyof typeof secrets, NewApiKey> = {
      admin: { role: 'admin', org: 'Testministerie' },
      provincie: { role: 'provincie', org: 'Testprovincie Overijssel', provincie: 'Overijssel' },
      intermediair: { role: 'intermediair', org: ORG },
      otherIntermediair: { role: 'intermediair', org: 'Andere Testbank' },
    };
    for (const [who, spec] of Object.entries(specs) as Array<[keyof typeof secrets, NewApiKey]>) {
      secrets[who] = (await store.createKey(spec)).secret;
    }
    const actor = { keyId: 'k_test', org: ORG, role: 'intermediair' as const };
    intake = await store.createReferral(referralInput(1, TWENTE, 'Overijssel', 'detailhandel'), actor);
    untouched = await store.createReferral(referralInput(2, TWENTE, 'Overijssel', 'detailhandel'), actor);
    // Drenthe: the 2020 results, and 0-metingen: five in detailhandel (shown as a sector) and one
    // without a sector (fewer than five: counted under "overige sectoren").
    let n = 100;
    const save = async (
      measurement: 'nulmeting' | 'eenmeting',
      answers: NulmetingAnswers | EenmetingAnswers,
      sector: string | null,
    ) => {
      const r = await store.createReferral(referralInput(n++, SLUG_2020, 'Drenthe', sector), actor);
      const saved = await monitor.save({
        referralId: r.id,
        kvk: r.company.kvk,
        targetSlug: r.targetSlug,
        provincie: r.company.provincie,
        sector: r.company.sector,
        measurement,
        version: 'dw-monitor-2021',
        answers: { ...answers },
        submittedVia: 'key:k_test',
      });
      if (!saved.ok) throw new Error('could not store a synthetic answer');
    };
    for (const answers of metingen2020()) await save('eenmeting', answers, 'detailhandel');
    await save(
      'nulmeting',
      nulmeting({ q1: 'i', q1_anders: 'Synthetisch: via Testbedrijf 100' }),
      'detailhandel',
    );
    for (let i = 0; i < 4; i++) await save('nulmeting', nulmeting({ q1: 'a' }), 'detailhandel');
    await save('nulmeting', nulmeting({ q1: 'b', q4: ['e'] }), null);
  } finally {
    await Promise.all([store.close(), monitor.close()]);
  }
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Logs in with a key (JavaScript off) and waits for the role's start page. */
async function login(key: string, expected: RegExp): Promise<Page> {
  const page = await openPage(browser, false);
  await page.goto(`${base}/inloggen`);
  await page.fill('#key', key);
  await Promise.all([page.waitForURL(expected), page.click('form[action="/inloggen"] button[type=submit]')]);
  return page;
}

/** The body rows of a dashboard table as text: [header, …cells]. */
async function tableRows(page: Page, id: string): Promise<string[][]> {
  return page
    .locator(`#tabel-${id}-kop ~ .figure table tbody tr`)
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
    );
}

describe('the /monitor dashboard (no JavaScript)', () => {
  test('nobody is sent to the login page, and comes back after logging in', async () => {
    const page = await openPage(browser, false);
    await page.goto(`${base}/monitor`);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/inloggen?terug=%2Fmonitor');
    await page.fill('#key', secrets.provincie);
    await Promise.all([
      page.waitForURL(/\/monitor$/),
      page.click('form[action="/inloggen"] button[type=submit]'),
    ]);
    await page.context().close();
  });

  test('the ministry sees the country, picks Drenthe and sees the 2020 results; CSV downloads', async () => {
    const page = await login(secrets.admin, /\/monitor$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Impactmonitor: heel Nederland');
    await expect(page.locator('.session-bar a[aria-current=page]').textContent()).resolves.toContain(
      'Impactmonitor',
    );
    await expectAxeClean(page);

    await page.selectOption('#scope', 'provincie:Drenthe');
    const [res] = await Promise.all([page.waitForNavigation(), page.click('form.scope button')]);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['cache-control']).toContain('no-store');
    expect(page.url()).toContain('scope=provincie%3ADrenthe');
    await expect(page.locator('h1').textContent()).resolves.toBe('Impactmonitor: provincie Drenthe');
    expect(await page.inputValue('#scope')).toBe('provincie:Drenthe');

    expect(await tableRows(page, 'tevredenheid')).toEqual([
      ['Zeer tevreden (9–10)', '28%'],
      ['Tevreden (7–8)', '47%'],
      ['Neutraal (6)', '16%'],
      ['Ontevreden (1–5)', '9%'],
    ]);
    const key = await tableRows(page, 'kerncijfers');
    expect(key).toContainEqual(['Ingevulde 1-metingen', '32']);
    expect(key).toContainEqual(['Ingevulde 0-metingen', '6']);
    expect(key).toContainEqual(['Gaat door met digitaliseren', '91%']);
    // The 0-meting per sector: a column per sector with at least five answers, the rest together;
    // the option texts of appendix II.
    const headers = await page.locator('#tabel-hoe-gevonden-kop ~ .figure thead th').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual([
      'Antwoord',
      'Detailhandel',
      'Overige sectoren (elk minder dan 5 antwoorden)',
      'Totaal',
      '% van de 0-metingen',
    ]);
    const found = await tableRows(page, 'hoe-gevonden');
    expect(found[0]).toEqual([
      'a) Via de onderwijsinstelling [naam betrokken onderwijsinstellingen].',
      '4',
      '0',
      '4',
      '67%',
    ]);
    expect(found[1]).toEqual([
      'b) Via een intermediair [naam betrokken intermediair (bv bank, ondernemersplatform etc)]',
      '0',
      '1',
      '1',
      '17%',
    ]);

    // Every chart is one named, described image; every table has a caption and header cells.
    const charts = page.locator('svg[role=img]');
    expect(await charts.count()).toBe(6);
    for (const chart of await charts.all()) {
      const [titleId, descId] = (await chart.getAttribute('aria-labelledby'))!.split(' ');
      expect(await page.locator(`title#${titleId}`).count()).toBe(1);
      expect(await page.locator(`desc#${descId}`).textContent()).toMatch(/%|\d/);
    }
    expect(await page.locator('table caption').count()).toBe(7);
    expect(await page.locator('table th[scope=row]').count()).toBeGreaterThan(30);

    const html = await page.content();
    for (const personal of [
      '00000100',
      'Testbedrijf',
      'Test Persoon',
      'test@example.invalid',
      'Synthetisch',
    ]) {
      expect(html).not.toContain(personal);
    }
    await expectAxeClean(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a[href^="/monitor/tevredenheid.csv"]'),
    ]);
    expect(download.suggestedFilename()).toBe('impactmonitor-tevredenheid-provincie-drenthe.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toBe(
      '\uFEFFGroep,% van de 1-metingen\r\nZeer tevreden (9–10),28\r\nTevreden (7–8),47\r\nNeutraal (6),16\r\nOntevreden (1–5),9\r\n',
    );
    await page.context().close();
  });

  test('a province sees its own province (empty for now) and no other', async () => {
    const page = await login(secrets.provincie, /\/monitor$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Impactmonitor: provincie Overijssel');
    await expect(page.locator('main').textContent()).resolves.toContain(
      'Er zijn nog geen ingevulde 0-metingen of 1-metingen voor provincie Overijssel.',
    );
    expect(await page.locator('#scope').count()).toBe(0);
    await expectAxeClean(page);

    const other = await page.goto(`${base}/monitor?scope=provincie%3ADrenthe`);
    expect(other?.status()).toBe(404);
    await expect(page.locator('main').textContent()).resolves.toContain('geen toegang');
    expect(await page.locator('table').count()).toBe(0);
    await expectAxeClean(page);

    const csv = await page
      .context()
      .request.get(`${base}/monitor/tevredenheid.csv?scope=provincie%3ADrenthe`);
    expect(csv.status()).toBe(404);
    await page.context().close();
  });

  test('an intermediair gets a clear page that it has no access', async () => {
    const page = await login(secrets.intermediair, /\/doorverwijzen$/);
    const res = await page.goto(`${base}/monitor`);
    expect(res?.status()).toBe(403);
    await expect(page.locator('h1').textContent()).resolves.toBe('Geen toegang tot de impactmonitor');
    expect(await page.locator('table, svg[role=img]').count()).toBe(0);
    await expectAxeClean(page);
    await page.context().close();
  });
});

describe('the 0-meting at intake (no JavaScript)', () => {
  test('filled in by keyboard only: errors first with the answers kept, then stored once', async () => {
    const page = await login(secrets.intermediair, /\/doorverwijzen$/);
    await page.goto(`${base}/doorverwijzingen/${intake.id}?verstuurd`);
    await tabTo(page, 'a[href$="/nulmeting"]');
    await Promise.all([page.waitForURL(/\/nulmeting$/), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('0-meting bij de intake');
    // The placeholders of appendix II are filled in from the referral.
    await expect(page.locator('legend').first().textContent()).resolves.toContain(
      'met de werkplaats Digitale Werkplaats Twente?',
    );
    await expect(page.locator('label[for=q1-b]').textContent()).resolves.toBe(`Via een intermediair ${ORG}`);
    await expectAxeClean(page);

    // Answer question 1 and 2 only, then send: an error summary for the rest, the answers kept.
    await page.locator('body').focus();
    await tabTo(page, '#q1-a');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown'); // g) website/loket
    await tabTo(page, '#q2');
    await page.keyboard.type('Synthetisch: wij willen online verkopen.');
    await tabTo(page, 'form button[type=submit]');
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await page.waitForSelector('.error-summary');
    expect(await page.locator('.error-summary a').allTextContents()).toEqual([
      'Vraag 3: Kies een cijfer van 1 tot en met 10.',
      'Vraag 4: Kies minstens één antwoord.',
      'Vraag 5: Kies een antwoord.',
      'Vraag 6: Dit veld is verplicht.',
    ]);
    expect(await page.locator('.error-summary a').first().getAttribute('href')).toBe('#q3-1');
    expect(await page.isChecked('#q1-g')).toBe(true);
    expect(await page.inputValue('#q2')).toBe('Synthetisch: wij willen online verkopen.');
    await expectAxeClean(page);

    await page.locator('body').focus();
    await tabTo(page, '#q3-1');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight'); // 4
    await tabTo(page, '#q4-a');
    await page.keyboard.press('Space');
    await tabTo(page, '#q4-f');
    await page.keyboard.press('Space');
    await tabTo(page, '#q5-a');
    await page.keyboard.press('Space');
    await tabTo(page, '#q6');
    await page.keyboard.type('Synthetisch: een webwinkel opzetten.');
    await tabTo(page, 'form button[type=submit]');
    await Promise.all([page.waitForURL(/\?nulmeting$/), page.keyboard.press('Enter')]);
    await expect(page.locator('.notice').first().textContent()).resolves.toContain(
      'De 0-meting is opgeslagen.',
    );
    await expect(page.locator('main').textContent()).resolves.toContain('De 0-meting is ingevuld.');
    await expectAxeClean(page);

    const monitor = await createSqliteMonitorStore({ path: server.path });
    const stored = (await monitor.list({ measurement: 'nulmeting', targetSlug: TWENTE })).at(-1)!;
    await monitor.close();
    expect(stored.answers).toEqual({
      q1: 'g',
      q2: 'Synthetisch: wij willen online verkopen.',
      q3: 4,
      q4: ['a', 'f'],
      q5: 'a',
      q6: 'Synthetisch: een webwinkel opzetten.',
    });
    expect(stored).toMatchObject({ referralId: intake.id, sector: 'detailhandel', provincie: 'Overijssel' });

    // A second one: the page says so and has no form; a posted form is 409 and stores nothing.
    const again = await page.goto(`${base}/doorverwijzingen/${intake.id}/nulmeting`);
    expect(again?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Er is al een 0-meting');
    expect(await page.locator('form[method=post]:not([action="/uitloggen"])').count()).toBe(0);
    await expectAxeClean(page);
    const csrf = await page.inputValue('.session-bar input[name=csrf]');
    const posted = await page.context().request.post(`${base}/doorverwijzingen/${intake.id}/nulmeting`, {
      form: { csrf, q1: 'a', q2: 'x', q3: '5', q4: 'a', q5: 'a', q6: 'x' },
      headers: { Origin: base },
    });
    expect(posted.status()).toBe(409);
    expect(await posted.text()).toContain('Er is al een 0-meting voor deze doorverwijzing');
    await page.context().close();
  });

  test('another organisation’s intermediair gets the same 404 as for a referral that does not exist', async () => {
    const page = await login(secrets.otherIntermediair, /\/doorverwijzen$/);
    const res = await page.goto(`${base}/doorverwijzingen/${intake.id}/nulmeting`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('input[name=q1]').count()).toBe(0);
    await page.context().close();
  });

  test('a form without the session’s CSRF token stores nothing', async () => {
    const page = await login(secrets.intermediair, /\/doorverwijzen$/);
    const res = await page.context().request.post(`${base}/doorverwijzingen/${untouched.id}/nulmeting`, {
      form: { csrf: 'verkeerd', q1: 'a', q2: 'x', q3: '5', q4: 'a', q5: 'a', q6: 'x' },
      headers: { Origin: base },
    });
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain('Dit formulier is verlopen');
    const monitor = await createSqliteMonitorStore({ path: server.path });
    expect(await monitor.answered(untouched.id)).toEqual([]);
    await monitor.close();
    await page.context().close();
  });
});
