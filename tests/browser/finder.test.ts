/**
 * The "werkplaats in de buurt" finder in Chromium: with JavaScript (answer without a page load, URL
 * state, map with markers and werkgebied, geolocation) and without (the GET form answered by the
 * server), errors next to the field, and no axe violations in any state.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, launch, openPage } from './browser.ts';

const base = inject('baseUrl');
const PAGE = `${base}/werkplaats-in-de-buurt`;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openWith(options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', ...options });
  return context.newPage();
}

/**
 * axe runs in the page, which a JavaScript-disabled context does not allow; this checks a URL as the
 * no-JS visitor sees it by opening it with the site's own scripts blocked instead.
 */
async function axeWithoutSiteScripts(url: string): Promise<string[]> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  await context.route('**/_astro/*.js', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(url);
  const violations = await axeViolations(page);
  await context.close();
  return violations;
}

const resultNames = (page: Page) => page.locator('.finder-results h3').allTextContents();

/** Submits the form with the keyboard and waits for the list (JS) or the new page (no JS). */
async function search(page: Page, postcode: string) {
  await page.fill('#finder-postcode', postcode);
  await page.press('#finder-postcode', 'Enter');
}

describe('with JavaScript', () => {
  test('typing a postcode shows the list, the markers and the werkgebied without a page load', async () => {
    const page = await openPage(browser, true);
    const geoRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/geo/')) geoRequests.push(new URL(r.url()).pathname);
    });
    await page.goto(PAGE);
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    expect(geoRequests).toEqual([]); // no map before there is an answer

    await search(page, '7511 ab');
    await expect.poll(() => resultNames(page)).toContain('Digitale Werkplaats Twente');
    expect((await resultNames(page))[0]).toBe('Digitale Werkplaats Twente');
    expect(await page.locator('.finder-results .finder-reason').first().textContent()).toMatch(
      /werkgebied omvat Enschede/,
    );
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    expect(new URL(page.url()).search).toBe('?postcode=7511');
    await expect
      .poll(() => page.locator('[data-finder-announce]').textContent())
      .toMatch(/Digitale Werkplaats Twente werkt in jouw gemeente/);

    // The map: one marker per werkplaats location, and Twente's 14 gemeenten as the werkgebied.
    await expect
      .poll(() => page.locator('path.finder-marker').count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(10);
    await expect.poll(() => page.locator('path.finder-werkgebied').count()).toBe(14);
    expect(await page.locator('[data-finder-map-wrap]').getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('[data-finder-legend-werkgebied]').textContent()).toBe(
      'Werkgebied van Digitale Werkplaats Twente',
    );
    expect([...new Set(geoRequests)].sort()).toEqual(['/geo/gemeenten.json', '/geo/provincies.json']);
    expect(await axeViolations(page)).toEqual([]);

    // A second search redraws the werkgebied for the new answer.
    await search(page, '6211');
    await expect.poll(() => resultNames(page)).toContain('MKB Datalab Limburg');
    await expect.poll(() => page.locator('path.finder-werkgebied').count()).toBe(31); // all of Limburg
    expect(new URL(page.url()).search).toBe('?postcode=6211');
    await page.context().close();
  });

  test('a shared URL with ?postcode= shows the answer and the map at once', async () => {
    const page = await openPage(browser, true);
    await page.goto(`${PAGE}?postcode=9711`);
    expect((await resultNames(page))[0]).toBe('Werkplaats Online Ondernemen (WOO)');
    await expect
      .poll(() => page.locator('path.finder-werkgebied').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.context().close();
  });

  test('an invalid postcode shows a clear error next to the field', async () => {
    const page = await openPage(browser, true);
    await page.goto(PAGE);
    await search(page, '751');
    const error = page.locator('#finder-postcode-fout');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toMatch(/Typ vier cijfers/);
    expect(await page.getAttribute('#finder-postcode', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#finder-postcode', 'aria-describedby')).toContain('finder-postcode-fout');
    expect(await page.locator('.finder-results').count()).toBe(0);
    expect(await page.title()).toMatch(/^Fout: Werkplaats in de buurt/);
    expect(new URL(page.url()).search).toBe('?postcode=751'); // a reload shows the same error
    expect(await axeViolations(page)).toEqual([]);

    // Correcting it clears the error.
    await search(page, '7511');
    await expect.poll(() => error.isVisible()).toBe(false);
    expect(await page.getAttribute('#finder-postcode', 'aria-invalid')).toBeNull();
    expect(await page.title()).toMatch(/^Werkplaats in de buurt: 7511/);
    await page.context().close();
  });

  test('an unknown postcode says what to type instead', async () => {
    const page = await openPage(browser, true);
    await page.goto(PAGE);
    await search(page, '5028');
    await expect
      .poll(() => page.locator('#finder-postcode-fout').textContent())
      .toMatch(/Postcode 5028 kennen we niet.*adres in de buurt/);
    await page.context().close();
  });

  test('where no werkplaats covers the gemeente, the nearest ones, national options and the loket box appear', async () => {
    const page = await openPage(browser, true);
    await page.goto(PAGE);
    await search(page, '7511');
    await expect.poll(() => resultNames(page)).toContain('Digitale Werkplaats Twente');
    expect(await page.locator('[data-finder-loket]').isVisible()).toBe(false);
    await search(page, '8011'); // Zwolle: Overijssel, outside Twente
    await expect
      .poll(() => page.locator('.finder-answer .notice').textContent())
      .toMatch(/nog geen Digitale Werkplaats met Zwolle/);
    expect((await resultNames(page)).length).toBeGreaterThan(0);
    expect(await page.locator('.finder-answer h2', { hasText: 'Landelijke mogelijkheden' }).count()).toBe(1);
    expect(await page.locator('[data-finder-loket]').isVisible()).toBe(true);
    expect(await page.inputValue('[data-finder-loket] input[name="postcode"]')).toBe('8011');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('"gebruik mijn locatie" answers for the position when it is allowed', async () => {
    const page = await openWith({
      geolocation: { latitude: 52.2208, longitude: 6.8963 }, // Enschede centre
      permissions: ['geolocation'],
    });
    await page.goto(PAGE);
    await page.click('button[data-finder-locate]');
    await expect.poll(() => resultNames(page)).toContain('Digitale Werkplaats Twente');
    expect(await page.inputValue('#finder-postcode')).toBe('7511');
    expect(new URL(page.url()).search).toBe('?postcode=7511');
    await page.context().close();
  });

  test('when the position is refused, it says so and keeps the postcode field', async () => {
    const page = await openWith({ permissions: [] });
    await page.goto(PAGE);
    await page.fill('#finder-postcode', '75');
    await page.click('button[data-finder-locate]');
    await expect
      .poll(() => page.locator('[data-finder-locate-status]').textContent(), { timeout: 20_000 })
      .toMatch(/geen toestemming gegeven/);
    expect(await page.inputValue('#finder-postcode')).toBe('75');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finder-postcode');
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test('the GET form returns the list from the server, with no map', async () => {
    const page = await openPage(browser, false);
    await page.goto(PAGE);
    await Promise.all([page.waitForURL(/postcode=7511/), search(page, '7511')]);
    expect((await resultNames(page))[0]).toBe('Digitale Werkplaats Twente');
    expect(await page.locator('[data-finder-map-wrap]').isVisible()).toBe(false);
    expect(await page.locator('button[data-finder-locate]').isVisible()).toBe(false);
    expect(
      await page.locator('.finder-answer a', { hasText: 'Alle hulp in Overijssel' }).getAttribute('href'),
    ).toBe('/provincie/overijssel');
    expect(await axeWithoutSiteScripts(page.url())).toEqual([]);
    await page.context().close();
  });

  test('an invalid postcode returns an error summary and the error next to the field', async () => {
    const page = await openPage(browser, false);
    await page.goto(PAGE);
    await Promise.all([page.waitForURL(/postcode=/), search(page, '0751')]);
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await page.locator('.error-summary a').getAttribute('href')).toBe('#finder-postcode');
    expect(await page.locator('#finder-postcode-fout').textContent()).toMatch(/niet beginnend met 0/);
    expect(await page.getAttribute('#finder-postcode', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#finder-postcode')).toBe('0751');
    expect(await axeWithoutSiteScripts(page.url())).toEqual([]);
    await page.context().close();
  });

  test('the English page answers in English and links to English pages', async () => {
    const page = await openPage(browser, false);
    await page.goto(`${base}/en/werkplaats-in-de-buurt?postcode=7511`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.finder-results .finder-reason').first().textContent()).toMatch(
      /serves Enschede/,
    );
    expect(await page.locator('.finder-results h3 a').first().getAttribute('href')).toBe(
      '/en/initiatieven/digitale-werkplaats-twente',
    );
    expect(await axeWithoutSiteScripts(page.url())).toEqual([]);
    await page.context().close();
  });
});
