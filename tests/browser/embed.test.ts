/**
 * The embeddable finder on somebody else's site: a plain HTML page served from another local port
 * embeds /embed/vinder with the published snippet. The postcode search and the question box work
 * there, with and without JavaScript; axe finds nothing on the host page (frames included); the
 * host's styles are unchanged by the embed, and the embed takes none of them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, launch, openPage } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let host: Server;
let hostUrl: string;

const HOST_STYLE = `
  body { font-family: Georgia, serif; color: rgb(40, 40, 40); background: rgb(255, 255, 240); }
  h1 { color: rgb(120, 0, 0); font-size: 40px; }
  p, label { color: rgb(0, 80, 0); font-size: 19px; }
  button { background: rgb(200, 0, 0); color: rgb(255, 255, 255); }
`;

function hostPage(withEmbed: boolean): string {
  const embed = withEmbed
    ? `<iframe src="${base}/embed/vinder?taal=nl" title="Digitaal Ondernemersloket: vind hulp bij digitaliseren" style="width:100%;height:500px;border:0"></iframe>
       <script src="${base}/embed.js" async></script>`
    : '';
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Testgemeente: ondernemen</title>
    <style>${HOST_STYLE}</style></head>
    <body><header><h1>Testgemeente</h1></header>
    <main><p>Hulp voor ondernemers in de testgemeente.</p><button type="button" id="host-knop">Knop van de host</button>${embed}</main></body></html>`;
}

beforeAll(async () => {
  browser = await launch();
  host = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostPage(req.url !== '/zonder-vinder'));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

async function finder(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('#vinder-postcode');
  return frame;
}

const hostStyles = (page: Page) =>
  page.evaluate(() =>
    ['body', 'h1', 'p', 'button'].map((sel) => {
      const s = getComputedStyle(document.querySelector(sel)!);
      return [sel, s.fontFamily, s.color, s.backgroundColor, s.fontSize].join(' | ');
    }),
  );

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('the finder embedded on another site, %s', (_name, javaScript) => {
  test('a postcode search answers inside the frame, the same as the site', async () => {
    const page = await openPage(browser, javaScript);
    await page.goto(`${hostUrl}/`);
    const frame = await finder(page);
    await frame.fill('#vinder-postcode', '7511 AB');
    await Promise.all([
      frame.waitForURL(/postcode=7511/),
      frame.click('form[role=search] button[type=submit]'),
    ]);
    await expect(frame.locator('h3').first().textContent()).resolves.toBe(
      'Werkplaatsen voor 7511 (Enschede)',
    );
    const first = frame.locator('.finder-results h4 a').first();
    await expect(first.textContent()).resolves.toBe('Digitale Werkplaats Twente');
    // The link goes to the loket itself, in a new tab; the host page stays where it was.
    expect(
      await first.evaluate((a: HTMLAnchorElement) => [
        a.href,
        a.target || document.querySelector('base')?.target,
      ]),
    ).toEqual([`${base}/initiatieven/digitale-werkplaats-twente`, '_blank']);
    expect(page.url()).toBe(`${hostUrl}/`);
    await page.context().close();
  });

  test('a malformed postcode gets the error summary inside the frame', async () => {
    const page = await openPage(browser, javaScript);
    await page.goto(`${hostUrl}/`);
    const frame = await finder(page);
    await frame.fill('#vinder-postcode', 'abc');
    await Promise.all([
      frame.waitForURL(/postcode=abc/),
      frame.click('form[role=search] button[type=submit]'),
    ]);
    await expect(frame.locator('.error-summary a').textContent()).resolves.toMatch(
      /Dit is geen Nederlandse postcode/,
    );
    await expect(frame.locator('#vinder-postcode').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.context().close();
  });
});

describe('the question box in the frame', () => {
  test('gives the router’s answer, the same first recommendation as POST /api/v1/route', async () => {
    const question = 'Ik wil een webshop beginnen en weet niet waar ik moet starten';
    const api = (await (
      await fetch(`${base}/api/v1/route`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question, postcode: '7511', lang: 'nl' }),
      })
    ).json()) as { recommendations: Array<{ name: string }> };
    const page = await openPage(browser, false);
    await page.goto(`${hostUrl}/`);
    const frame = await finder(page);
    await frame.fill('#vinder-postcode', '7511');
    await Promise.all([
      frame.waitForURL(/postcode=7511/),
      frame.click('form[role=search] button[type=submit]'),
    ]);
    await frame.fill('#vinder-vraag', question);
    await Promise.all([frame.waitForLoadState('load'), frame.click('form.stack button[type=submit]')]);
    await frame.waitForSelector('#vinder-advies-kop');
    const names = await frame.locator('.advice h4 a').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names[0]).toBe(api.recommendations[0]?.name);
    await page.context().close();
  });
});

describe('on the host page', () => {
  test('axe finds no violations, before and after a search (the frame included)', async () => {
    const page = await openPage(browser, true);
    await page.goto(`${hostUrl}/`);
    const frame = await finder(page);
    expect(await axeViolations(page)).toEqual([]);
    await frame.fill('#vinder-postcode', '6211');
    await Promise.all([
      frame.waitForURL(/postcode=6211/),
      frame.click('form[role=search] button[type=submit]'),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('the host’s styles are the same with and without the finder, and the finder takes none of them', async () => {
    const page = await openPage(browser, true);
    await page.goto(`${hostUrl}/zonder-vinder`);
    const without = await hostStyles(page);
    await page.goto(`${hostUrl}/`);
    const frame = await finder(page);
    expect(await hostStyles(page)).toEqual(without);
    const inside = await frame.evaluate(() => [
      getComputedStyle(document.body).fontFamily,
      getComputedStyle(document.querySelector('h1')!).color,
    ]);
    expect(inside[0]).not.toMatch(/Georgia/);
    expect(inside[1]).not.toBe('rgb(120, 0, 0)');
    await page.context().close();
  });

  test('with /embed.js the frame grows to its content', async () => {
    const page = await openPage(browser, true);
    await page.goto(`${hostUrl}/`);
    const frame = await finder(page);
    await frame.fill('#vinder-postcode', '7511');
    await Promise.all([
      frame.waitForURL(/postcode=7511/),
      frame.click('form[role=search] button[type=submit]'),
    ]);
    const contentHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
    await expect
      .poll(
        () => page.locator('iframe').evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height),
        { timeout: 10_000 },
      )
      .toBeCloseTo(contentHeight, -1);
    expect(contentHeight).toBeGreaterThan(500);
    await page.context().close();
  });

  test('Tab moves from the host into the finder’s postcode field', async () => {
    const page = await openPage(browser, true);
    await page.goto(`${hostUrl}/`);
    const frame = await finder(page);
    await page.focus('#host-knop');
    await page.keyboard.press('Tab');
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('vinder-postcode');
    await page.context().close();
  });
});

describe('the embed page of the site', () => {
  test('shows the snippet and a live preview, and has no axe violations', async () => {
    const page = await openPage(browser, true);
    const response = await page.goto(`${base}/embed`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('De vinder op je eigen website');
    await expect(page.locator('pre code').first().textContent()).resolves.toMatch(
      /^<iframe src="http[^"]+\/embed\/vinder\?taal=nl" title="/,
    );
    const frame = await finder(page);
    await expect(frame.locator('h1').textContent()).resolves.toBe('Vind hulp bij digitaliseren');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
