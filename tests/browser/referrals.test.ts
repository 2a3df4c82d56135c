/**
 * The referral pages without JavaScript: an intermediair logs in with its key and sends a referral,
 * the receiver accepts and completes it, the intermediair sees the result and the audit trail.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import { axeViolations, launch, openPage } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let intermediairKey: string;
let receiverKey: string;

beforeAll(async () => {
  browser = await launch();
  // The server's store: global-setup points SQLITE_PATH at a throwaway file.
  const path = process.env.SQLITE_PATH;
  if (!path || path.startsWith('data/')) throw new Error('SQLITE_PATH must point at a temporary file');
  const store = await createSqliteStore({ path });
  intermediairKey = (await store.createKey({ role: 'intermediair', org: 'Testbank Regio Synthetisch' }))
    .secret;
  receiverKey = (await store.createKey({ role: 'ontvanger', org: 'DWT', slug: 'digitale-werkplaats-twente' }))
    .secret;
  await store.close();
});
afterAll(async () => {
  await browser?.close();
});

async function login(page: Page, key: string, expected: RegExp) {
  await page.goto(`${base}/inloggen`);
  expect(await axeViolations(page)).toEqual([]);
  await page.fill('#key', key);
  await Promise.all([page.waitForURL(expected), page.click('form[action="/inloggen"] button[type=submit]')]);
}

describe('referrals (no JavaScript)', () => {
  let referralUrl = '';

  test('a wrong key is refused with an error summary', async () => {
    const page = await openPage(browser, false);
    await page.goto(`${base}/inloggen`);
    await page.fill('#key', 'loket_' + 'x'.repeat(43));
    await page.click('form[action="/inloggen"] button[type=submit]');
    await expect(page.locator('.error-summary').textContent()).resolves.toMatch(/onbekend of ingetrokken/);
    expect(await page.getAttribute('#key', 'aria-invalid')).toBe('true');
    await page.context().close();
  });

  test('the intermediair sends a referral after seeing the advice', async () => {
    const page = await openPage(browser, false);
    await login(page, intermediairKey, /\/doorverwijzen$/);
    expect(await axeViolations(page)).toEqual([]);

    await page.fill('#question', 'Wij willen online gaan verkopen maar weten niet waar te beginnen');
    await page.fill('#company-name', 'Testbedrijf Synthetisch');
    await page.fill('#company-kvk', '1234');
    await page.fill('#company-postcode', '7511 AB');
    await page.fill('#contact-name', 'Test Persoon');
    await page.fill('#contact-email', 'test@example.invalid');
    await page.check('#contact-preference-email');
    await page.click('button[value=advies]');
    // Errors: summary with links, the field marked, the values kept.
    await expect(page.locator('.error-summary').textContent()).resolves.toMatch(/8 cijfers/);
    await expect(page.locator('.error-summary').textContent()).resolves.toMatch(/toestemming/);
    expect(await page.getAttribute('#company-kvk', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#company-name')).toBe('Testbedrijf Synthetisch');
    expect(await axeViolations(page)).toEqual([]);

    await page.fill('#company-kvk', '00000001');
    await page.check('#consent');
    await page.click('button[value=advies]');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Advies en ontvanger/);
    expect(await axeViolations(page)).toEqual([]);
    await page.check('input[name=target_slug][value=digitale-werkplaats-twente]');
    await Promise.all([
      page.waitForURL(/\/doorverwijzingen\/[0-9a-f-]{36}\?verstuurd$/),
      page.click('button[value=verstuur]'),
    ]);
    await expect(page.locator('.status').textContent()).resolves.toBe('Verstuurd');
    referralUrl = page.url().replace(/\?.*$/, '');

    await page.goto(`${base}/mijn-doorverwijzingen`);
    await expect(page.locator('table.referrals tbody').textContent()).resolves.toMatch(
      /Testbedrijf Synthetisch[\s\S]*Digitale Werkplaats Twente[\s\S]*Verstuurd/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/mijn-doorverwijzingen?status=afgerond`);
    await expect(page.locator('main').textContent()).resolves.toMatch(
      /geen doorverwijzingen met deze status/,
    );
    await page.context().close();
  });

  test('the receiver accepts, works on and completes it; a POST without CSRF token is refused', async () => {
    const page = await openPage(browser, false);
    await login(page, receiverKey, /\/inbox$/);
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([
      page.waitForURL(referralUrl),
      page.click('table.referrals a >> text=Testbedrijf Synthetisch'),
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // The same form without its token: refused, nothing changes.
    const refused = await page.context().request.post(referralUrl, {
      form: { status: 'ontvangen' },
      headers: { Origin: base },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toMatch(/formulier is verlopen/);

    for (const [button, status] of [
      ['Ontvangen', 'Ontvangen'],
      ['In behandeling nemen', 'In behandeling'],
      ['Afronden', 'Afgerond'],
    ] as const) {
      await Promise.all([page.waitForURL(/\?gewijzigd$/), page.click(`button:text-is("${button}")`)]);
      await expect(page.locator('.status').textContent()).resolves.toBe(status);
    }
    expect(await page.locator('button:text-is("Afronden")').count()).toBe(0);
    await page.context().close();
  });

  test('the intermediair sees afgerond and the audit trail; other roles get 404', async () => {
    const page = await openPage(browser, false);
    await login(page, intermediairKey, /\/doorverwijzen$/);
    await page.goto(`${base}/mijn-doorverwijzingen?status=afgerond`);
    await expect(page.locator('table.referrals tbody').textContent()).resolves.toMatch(/Afgerond/);
    await page.goto(referralUrl);
    await expect(page.locator('.status').textContent()).resolves.toBe('Afgerond');
    const trail = await page.locator('table.history tbody').textContent();
    expect(trail).toMatch(
      /Aangemaakt: Verstuurd[\s\S]*Verstuurd → Ontvangen[\s\S]*Ontvangen → In behandeling[\s\S]*In behandeling → Afgerond/,
    );
    expect(await page.locator('button:text-is("Intrekken")').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const inbox = await page.goto(`${base}/inbox`);
    expect(inbox?.status()).toBe(404);
    const other = await page.goto(`${base}/doorverwijzingen/00000000-0000-4000-8000-000000000000`);
    expect(other?.status()).toBe(404);
    await page.context().close();
  });
});
