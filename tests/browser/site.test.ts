/**
 * Every page type of the site, in Chromium: it renders, it is keyboard-usable, and axe finds no
 * WCAG 2.1 A/AA violation. Also the no-JS search and the search with Pagefind.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, launch, openPage } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES: Array<[string, string, RegExp]> = [
  ['home', '/', /Waar kun je terecht met je digitale vraag/],
  ['home (English)', '/en/', /Where to go with your digital question/],
  ['initiative page', '/initiatieven/digitale-werkplaats-twente', /Digitale Werkplaats Twente/],
  ['initiative page (English)', '/en/initiatieven/mkb-datalab-limburg', /MKB Datalab Limburg/],
  ['kind page', '/soort/werkplaats', /Digitale Werkplaats/],
  ['kinds index', '/soort', /Soorten hulp/],
  ['province page', '/provincie/overijssel', /Digitaal ondernemen in Overijssel/],
  ['provinces index', '/provincie', /Provincies/],
  ['theme page', '/thema/cybersecurity', /Hulp bij cybersecurity/],
  ['about page', '/over', /Over dit loket/],
  ['search page', '/zoeken?q=werkplaats', /Zoeken/],
  ['404 page', '/bestaat-echt-niet', /Pagina niet gevonden/],
];

describe('every page type', () => {
  test.each(PAGES)('%s renders and has no axe violations', async (_name, path, heading) => {
    const page = await openPage(browser);
    const response = await page.goto(`${base}${path}`);
    expect(response?.status()).toBe(path.startsWith('/bestaat') ? 404 : 200);
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(heading);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard', () => {
  test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await openPage(browser);
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.context().close();
  });
});

describe('site search', () => {
  test('without JavaScript the GET form returns filtered results from the server', async () => {
    const page = await openPage(browser, false);
    await page.goto(`${base}/zoeken`);
    await page.fill('#q', 'werkplaats');
    await page.selectOption('#provincie', 'Overijssel');
    await Promise.all([page.waitForURL(/provincie=Overijssel/), page.click('button[type=submit]')]);
    const names = await page.locator('#resultaten-lijst h3').allTextContents();
    expect(names).toContain('Digitale Werkplaats Twente');
    expect(names).not.toContain('MKB Datalab Limburg');
    await page.context().close();
  });

  test('with JavaScript Pagefind answers while typing and keeps the query in the URL', async () => {
    const page = await openPage(browser, true);
    await page.goto(`${base}/zoeken`);
    await page.fill('#q', 'Twente');
    await expect
      .poll(() => page.locator('#resultaten-lijst h3').allTextContents(), { timeout: 10_000 })
      .toContain('Digitale Werkplaats Twente');
    expect(page.url()).toMatch(/q=Twente/);
    await page.context().close();
  });
});

describe('the axe check itself', () => {
  test('reports a violation on a deliberately broken page', async () => {
    const page = await openPage(browser);
    await page.setContent('<html><body><img src="data:,"><input type="text"></body></html>');
    const violations = await axeViolations(page);
    expect(violations.join('\n')).toMatch(/image-alt/);
    expect(violations.join('\n')).toMatch(/html-has-lang/);
    await page.context().close();
  });
});
