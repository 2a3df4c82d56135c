/** The loket's question box, without JavaScript: the form posts and the server renders the advice. */
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

describe('question box on the home page (no JavaScript)', () => {
  test('a question with a postcode gets ranked advice with reasons', async () => {
    const page = await openPage(browser, false);
    await page.goto(`${base}/`);
    await page.fill('#vraag', 'Ik wil online gaan verkopen maar weet niet waar ik moet beginnen');
    await page.fill('#postcode', '7511 AB');
    await page.fill('#medewerkers', '8');
    await Promise.all([
      page.waitForURL(/\/advies$/),
      page.click('form[action="/advies"] button[type=submit]'),
    ]);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Hier kun je terecht/);
    await expect(page.locator('body').textContent()).resolves.toMatch(/Enschede/);
    const first = page.locator('ol.advice > li').first();
    expect((await first.locator('h2').textContent())?.trim()).toBe('Digitale Werkplaats Twente');
    expect(await first.locator('li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('an invalid postcode re-renders the form with an error summary and the answers kept', async () => {
    const page = await openPage(browser, false);
    await page.goto(`${base}/`);
    await page.fill('#vraag', 'we zijn gehackt');
    await page.fill('#postcode', '12');
    await page.click('form[action="/advies"] button[type=submit]');
    await expect(page.locator('.error-summary').textContent()).resolves.toMatch(/geen Nederlandse postcode/);
    await expect(page.locator('#postcode-fout').textContent()).resolves.toMatch(/vier cijfers/);
    expect(await page.inputValue('#vraag')).toBe('we zijn gehackt');
    expect(await page.getAttribute('#postcode', 'aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('the English desk answers in English', async () => {
    const page = await openPage(browser, false);
    await page.goto(`${base}/en/`);
    await page.fill('#vraag', 'We were hacked and our customer data may be stolen');
    await page.fill('#postcode', '1012');
    await Promise.all([
      page.waitForURL(/\/en\/advies$/),
      page.click('form[action="/en/advies"] button[type=submit]'),
    ]);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Where you can go/);
    await expect(
      page.locator('ol.advice > li').first().locator('.tag').first().textContent(),
    ).resolves.toMatch(/Cybersecurity/);
    await page.context().close();
  });
});
