/** Debian's Chromium driven by playwright-core, and an axe-core check. */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Pages opened with JavaScript off: axe cannot run in them (see axeViolations). */
const withoutJs = new WeakSet<Page>();

/** A new page with or without JavaScript. */
export async function openPage(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: 'nl-NL' });
  const page = await context.newPage();
  if (!javaScriptEnabled) withoutJs.add(page);
  return page;
}

/**
 * WCAG 2.1 A and AA violations on the page, summarised for a readable failure. axe needs
 * JavaScript: a page opened without it is checked as rendered, its HTML copied into a page with
 * JavaScript (styles are inlined by the build, so contrast is checked too).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const browser = page.context().browser();
  if (withoutJs.has(page) && browser) {
    const copy = await openPage(browser, true);
    try {
      await copy.setContent(await page.content(), { waitUntil: 'load' });
      return await axeViolations(copy);
    } finally {
      await copy.context().close();
    }
  }
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}
