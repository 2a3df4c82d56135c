/**
 * "Meld een fout" in Chromium, without JavaScript: from an initiative page to the form, stored for
 * the curating province, listed on /correcties for that province only, shown as text (no XSS),
 * and axe-clean. Runs its own server for the build on a temporary SQLite file, so no real data is
 * touched.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import { axeViolations, launch, openPage } from './browser.ts';
import { startPrivateServer, type PrivateServer } from './private-server.ts';

let browser: Browser;
let server: PrivateServer | undefined;
let base: string;
const keys = { overijssel: '', groningen: '', ontvanger: '' };

beforeAll(async () => {
  server = await startPrivateServer();
  base = server.base;
  const store = await createSqliteStore({ path: server.path });
  keys.overijssel = (
    await store.createKey({ role: 'provincie', org: 'Testprovincie Overijssel', provincie: 'Overijssel' })
  ).secret;
  keys.groningen = (
    await store.createKey({ role: 'provincie', org: 'Testprovincie Groningen', provincie: 'Groningen' })
  ).secret;
  keys.ontvanger = (
    await store.createKey({ role: 'ontvanger', org: 'Testwerkplaats', slug: 'digitale-werkplaats-twente' })
  ).secret;
  await store.close();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** Fills and sends the report form on the current page. */
async function report(page: Page, topic: string, message: string): Promise<void> {
  await page.getByLabel(topic).check();
  await page.getByLabel('Wat klopt er niet?').fill(message);
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: 'Verstuur melding' }).click(),
  ]);
}

/** Signs in on /correcties with a key and returns the page showing the list (or the error). */
async function listFor(key: string, javaScript = false): Promise<Page> {
  const page = await openPage(browser, javaScript);
  await page.goto(`${base}/correcties`);
  await page.getByLabel('API-sleutel van je provincie').fill(key);
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: 'Toon meldingen' }).click(),
  ]);
  return page;
}

describe('reporting an error without JavaScript', () => {
  test('every initiative page links to the form, which sends the report to the curating province', async () => {
    const page = await openPage(browser, false);
    await page.goto(`${base}/initiatieven/digitale-werkplaats-twente`);
    await Promise.all([
      page.waitForURL(/\/meld-een-fout\?initiatief=digitale-werkplaats-twente$/),
      page.getByRole('link', { name: 'Klopt er iets niet? Meld een fout' }).click(),
    ]);
    await expect(page.locator('main').textContent()).resolves.toMatch(/gaat naar de provincie Overijssel/);
    await report(
      page,
      'Contactgegevens of website',
      'Het telefoonnummer op deze pagina is niet meer in gebruik.',
    );
    expect(page.url()).toMatch(/verstuurd=1/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Bedankt voor je melding');
    await expect(page.locator('main').textContent()).resolves.toMatch(
      /doorgegeven aan de provincie Overijssel/,
    );
    await page.context().close();
  });

  test('an invalid report shows an error summary with the field’s Dutch message and keeps the text', async () => {
    const page = await openPage(browser, false);
    await page.goto(`${base}/meld-een-fout?initiatief=digitale-werkplaats-twente`);
    await page.getByLabel('Wat klopt er niet?').fill('te kort');
    const [response] = await Promise.all([
      page.waitForResponse(`${base}/meld-een-fout`),
      page.getByRole('button', { name: 'Verstuur melding' }).click(),
    ]);
    expect(response.status()).toBe(422);
    const summary = page.getByRole('alert');
    await expect(summary.textContent()).resolves.toMatch(
      /Kies waar de fout over gaat\..*Beschrijf in minstens 10 tekens/s,
    );
    await expect(page.getByLabel('Wat klopt er niet?').inputValue()).resolves.toBe('te kort');
    await page.context().close();
  });

  test('without an initiative in the address the form asks which one', async () => {
    const page = await openPage(browser, false);
    await page.goto(`${base}/meld-een-fout`);
    await page.getByLabel('Initiatief', { exact: true }).selectOption({ label: 'MKB Datalab Limburg' });
    await report(page, 'Kosten', 'De kosten staan er niet bij, maar een scan kost 250 euro.');
    await expect(page.locator('main').textContent()).resolves.toMatch(/doorgegeven aan de provincie Limburg/);
    await page.context().close();
  });
});

describe('the province’s list (/correcties)', () => {
  const attack = '<script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2"> staat verkeerd';

  beforeAll(async () => {
    const page = await openPage(browser, false);
    await page.goto(`${base}/meld-een-fout?initiatief=digitale-werkplaats-twente`);
    await report(page, 'Iets anders', attack);
    await page.context().close();
  });

  test('shows its own reports as plain text: markup in a report is escaped, never run', async () => {
    const page = await listFor(keys.overijssel, true);
    await expect(page.locator('h2#meldingen-kop').textContent()).resolves.toMatch(
      /meldingen voor de provincie Overijssel/,
    );
    const messages = await page.locator('.message').allTextContents();
    expect(messages).toContain(attack);
    expect(messages).toContain('Het telefoonnummer op deze pagina is niet meer in gebruik.');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(await page.content()).toContain('&lt;script&gt;window.__xss = 1&lt;/script&gt;');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('another province sees none of them', async () => {
    const page = await listFor(keys.groningen);
    await expect(page.locator('h2#meldingen-kop').textContent()).resolves.toMatch(
      /^0 meldingen voor de provincie Groningen/,
    );
    await expect(page.locator('main').textContent()).resolves.not.toMatch(
      /Digitale Werkplaats Twente|MKB Datalab Limburg/,
    );
    await page.context().close();
  });

  test('a key that is not a province’s, or no key, is refused in Dutch', async () => {
    for (const key of [keys.ontvanger, 'loket_geen-echte-sleutel']) {
      const page = await listFor(key);
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(
        /onbekend of ingetrokken, of hoort niet bij een provincie/,
      );
      await expect(page.locator('.message').count()).resolves.toBe(0);
      await page.context().close();
    }
  });

  // axe runs in the page, so these pages are checked with JavaScript on (they do not use it).
  test('the sign-in form, the report form and its error state have no axe violations', async () => {
    const page = await openPage(browser);
    await page.goto(`${base}/correcties`);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/meld-een-fout`);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/meld-een-fout?initiatief=digitale-werkplaats-twente`);
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Verstuur melding' }).click(),
    ]);
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
