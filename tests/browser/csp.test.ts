/**
 * The site works under its Content-Security-Policy: Chromium reports no violation (neither a
 * securitypolicyviolation event nor a "Refused to …" console message) on the home page, the finder
 * with its map, the search with Pagefind, the embed page with its framed finder, and the editor.
 * The first test shows that a violation would be caught. Before that: the built server sends the
 * security headers on every kind of response (prerendered page, file, on-demand page, API, embed).
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records every CSP violation, in any of its frames. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const violations: string[] = [];
  await context.exposeBinding('__cspViolation', ({ frame }, text: string) => {
    violations.push(`${new URL(frame.url()).pathname}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return { page, violations };
}

/** Lets late reports (lazy chunks, frames) arrive before the list is checked. */
const settle = (page: Page) => page.waitForTimeout(500);

describe('the built server sends the security headers', () => {
  test.each([
    ['a prerendered page', '/', "frame-ancestors 'none'"],
    ['a prerendered file', '/geo/provincies.json', "frame-ancestors 'none'"],
    ['a script file', '/embed.js', "frame-ancestors 'none'"],
    ['an on-demand page', '/zoeken?q=twente', "frame-ancestors 'none'"],
    ['the not-found page', '/bestaat-niet', "frame-ancestors 'none'"],
    ['an API answer', '/api/v1/ready', "frame-ancestors 'none'"],
    ['the embed route', '/embed/vinder?taal=nl', 'frame-ancestors *'],
  ])('%s (%s)', async (_kind, path, ancestors) => {
    const res = await fetch(`${base}${path}`);
    await res.arrayBuffer();
    expect(res.headers.get('content-security-policy')).toContain(ancestors);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'|default-src 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('x-frame-options')).toBe(ancestors === 'frame-ancestors *' ? null : 'DENY');
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  test('every inline script of every page is allowed by that page’s policy', async () => {
    // Every prerendered page (from dist/client), and the pages rendered on demand.
    const prerendered = readdirSync('dist/client', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map(
        (file) =>
          `/${file
            .replace(/\\/g, '/')
            .replace(/(^|\/)index\.html$/, '$1')
            .replace(/\.html$/, '')}`,
      );
    const onDemand = [
      '/zoeken',
      '/advies',
      '/en/advies',
      '/werkplaats-in-de-buurt',
      '/en/werkplaats-in-de-buurt',
    ];
    const paths = [
      ...prerendered,
      ...onDemand,
      '/embed/vinder',
      '/meld-een-fout',
      '/correcties',
      '/inloggen',
    ];
    expect(prerendered.length).toBeGreaterThan(100);
    let checked = 0;
    for (const path of paths) {
      const res = await fetch(`${base}${path}`);
      const html = await res.text();
      if (!res.ok || !(res.headers.get('content-type') ?? '').includes('text/html')) continue;
      const scriptSrc =
        /script-src ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1] ?? '';
      for (const [, attrs = '', body = ''] of html.matchAll(
        /<script((?:(?!\bsrc=)[^>])*)>([\s\S]*?)<\/script>/g,
      )) {
        if (/type="?application\/(ld\+)?json/.test(attrs)) continue; // data, never run
        const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
        expect(scriptSrc.split(' '), `inline script on ${path}`).toContain(hash);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('Content-Security-Policy in Chromium', () => {
  test('a violation is caught (the watch itself works)', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${base}/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    await page.context().close();
  });

  test('the home page', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${base}/`);
    await settle(page);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  test('the finder with its map, boundaries and markers', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${base}/werkplaats-in-de-buurt`);
    await page.fill('#finder-postcode', '7511 ab');
    await page.press('#finder-postcode', 'Enter');
    await expect
      .poll(() => page.locator('path.finder-marker').count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(10);
    await expect.poll(() => page.locator('path.finder-werkgebied').count()).toBeGreaterThan(0);
    await settle(page);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  test('the search with Pagefind (WebAssembly)', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${base}/zoeken`);
    await page.fill('#q', 'Twente');
    await expect
      .poll(() => page.locator('#resultaten-lijst h3').allTextContents(), { timeout: 10_000 })
      .toContain('Digitale Werkplaats Twente');
    await settle(page);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  test('the embed page with the finder in its iframe', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${base}/embed`);
    const frame = page.frameLocator('iframe.preview');
    await expect.poll(() => frame.locator('h1').textContent(), { timeout: 10_000 }).toBeTruthy();
    await settle(page);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  test('the editor (Decap CMS) starts', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${base}/beheer/overijssel/`);
    // Decap renders its own root once its bundle ran; without a backend it shows its login screen.
    await expect.poll(() => page.locator('#nc-root').count(), { timeout: 20_000 }).toBe(1);
    await settle(page);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
