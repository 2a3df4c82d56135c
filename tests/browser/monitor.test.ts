/**
 * The owner's 1-meting through the personal link, in Chromium without JavaScript: filled in by
 * keyboard only (Tab, arrows, Space, typing), an error summary first, then stored; the used,
 * expired and forged links get a clear page and no form; axe-clean on every state. Runs its own
 * server for the build on a temporary SQLite file, so no real data is touched.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSqliteMonitorStore } from '../../functions/storage/monitor-sqlite.ts';
import type { MonitorStore } from '../../functions/storage/monitor.ts';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import type { ReferralStore } from '../../functions/storage/types.ts';
import { axeViolations, launch, openPage } from './browser.ts';
import { startPrivateServer, tabTo, type PrivateServer } from './private-server.ts';

const SLUG = 'digitale-werkplaats-twente';
const DAY = 24 * 60 * 60 * 1000;

let browser: Browser;
let server: PrivateServer;
let base: string;
let path: string;

/** A referral to SLUG, closed as afgerond, and a personal link for it (made at `at`). */
async function invitation(at = new Date()): Promise<{ referralId: string; token: string }> {
  const store: ReferralStore = await createSqliteStore({ path });
  const monitor: MonitorStore = await createSqliteMonitorStore({ path, now: () => at });
  try {
    const intermediair = { keyId: 'k_test', org: 'Testverwijzer', role: 'intermediair' as const };
    const receiver = { keyId: 'k_ontv', org: 'Testwerkplaats', role: 'ontvanger' as const };
    const referral = await store.createReferral(
      {
        question: 'Synthetische testvraag: hoe verkopen wij onze producten online?',
        company: {
          name: 'Testbedrijf Synthetisch BV',
          kvk: '00000001',
          postcode: '7511 AB',
          employees: 8,
          sector: 'detailhandel',
          gemeente: 'Enschede',
          provincie: 'Overijssel',
        },
        contact: { name: 'Test Persoon', email: 'test@example.invalid', phone: null },
        contactPreference: 'email',
        consentVersion: 'test-1',
        targetSlug: SLUG,
        targetKind: 'werkplaats',
        advice: null,
      },
      intermediair,
    );
    let from = referral.status;
    for (const to of ['ontvangen', 'in_behandeling', 'afgerond'] as const) {
      await store.changeStatus({ id: referral.id, from, to, actor: receiver, note: null, reason: null });
      from = to;
    }
    const { token } = await monitor.createInvitation(referral.id);
    return { referralId: referral.id, token };
  } finally {
    await Promise.all([store.close(), monitor.close()]);
  }
}

beforeAll(async () => {
  server = await startPrivateServer();
  ({ base, path } = server);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('1-meting through the personal link, without JavaScript', () => {
  test('keyboard only: an error summary first, then the answers are stored and the link is used up', async () => {
    const { token } = await invitation();
    const page = await openPage(browser, false);
    const url = `${base}/monitor/eenmeting?token=${token}`;
    const res = await page.goto(url);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['cache-control']).toContain('no-store');
    await expect(page.locator('h1').textContent()).resolves.toContain('Vragenlijst');
    await expect(page.locator('main').textContent()).resolves.toContain('Digitale Werkplaats Twente');
    expect(await page.locator('fieldset legend').count()).toBeGreaterThanOrEqual(11);
    await expectAxeClean(page);

    // Send it empty: the same page with an error summary that links to the first field.
    await tabTo(page, 'button[type="submit"]');
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await page.waitForSelector('.error-summary');
    const summary = await page.locator('.error-summary li a').allTextContents();
    expect(summary.length).toBeGreaterThanOrEqual(10); // q1 a..g, q2, q4, q5
    expect(await page.locator('.error-summary a').first().getAttribute('href')).toBe('#q1_a-5');
    await expectAxeClean(page);

    // Fill it in from the top with the keyboard only.
    await page.locator('body').focus();
    for (const l of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
      await tabTo(page, `#q1_${l}-5`);
      await page.keyboard.press('ArrowRight'); // helemaal eens → eens (4)
    }
    await tabTo(page, '#q2-1');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight'); // 8
    await tabTo(page, '#q3');
    await page.keyboard.type('Synthetisch: meer klanten via de webwinkel.');
    await tabTo(page, '#q4-1');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight'); // 9
    await tabTo(page, '#q5-d');
    await page.keyboard.press('Space');
    await tabTo(page, '#q5-e');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[type="submit"]');
    await Promise.all([page.waitForURL(/verstuurd=1/), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Dank u wel');
    await expectAxeClean(page);

    // The stored answers are what the keyboard chose.
    const monitor = await createSqliteMonitorStore({ path });
    const stored = (await monitor.list({ measurement: 'eenmeting' })).at(-1)!;
    await monitor.close();
    expect(stored.answers).toEqual({
      q1: { a: 4, b: 4, c: 4, d: 4, e: 4, f: 4, g: 4 },
      q2: 8,
      q3: 'Synthetisch: meer klanten via de webwinkel.',
      q4: 9,
      q5: ['d', 'e'],
    });
    expect(stored.submittedVia).toBe('token');

    // The link is used up: a clear page, no form.
    const again = await page.goto(url);
    expect(again?.status()).toBe(410);
    await expect(page.locator('main').textContent()).resolves.toContain('al gebruikt');
    expect(await page.locator('form').count()).toBe(0);
    await expectAxeClean(page);
  });

  test.each([
    ['forged', async () => 'A'.repeat(43), 404, 'klopt niet'],
    ['malformed', async () => '../../etc', 404, 'klopt niet'],
    ['expired', async () => (await invitation(new Date(Date.now() - 91 * DAY))).token, 410, 'verlopen'],
  ])('a %s link gets a clear page and never a form', async (_name, make, status, text) => {
    const token = await make();
    const page = await openPage(browser, false);
    const res = await page.goto(`${base}/monitor/eenmeting?token=${encodeURIComponent(token)}`);
    expect(res?.status()).toBe(status);
    await expect(page.locator('h1').textContent()).resolves.toBe('Deze link werkt niet');
    await expect(page.locator('main').textContent()).resolves.toContain(text);
    expect(await page.locator('form').count()).toBe(0);
    await expectAxeClean(page);
  });

  test('posting a form with another token cannot store anything', async () => {
    const res = await fetch(`${base}/monitor/eenmeting`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: base },
      body: new URLSearchParams({ token: 'B'.repeat(43), q1_a: '5', q2: '8', q4: '8', q5: 'a' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('<form');
  });
});
