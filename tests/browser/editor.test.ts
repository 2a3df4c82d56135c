/**
 * The browser editor (Decap CMS at /beheer/<provincie>/) with its local backend: decap-server runs
 * on a free port against a TEMPORARY COPY of content/, so these tests never write into content/.
 * Decap looks for its local backend at http://localhost:8081/api/v1 (the config says
 * `local_backend: true`); the browser's requests to that address are sent to our decap-server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { freePort } from '../helpers/free-port.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseInitiative } from '../../content/load.ts';
import { axeViolations, launch, openPage } from './browser.ts';

const base = inject('baseUrl');
const DECAP_DEFAULT_PROXY = 'http://localhost:8081/api/v1';

/**
 * WCAG violations axe finds in Decap CMS's own interface (not in our pages or configuration),
 * seen with decap-cms 3.16.3. Listed so they stay visible; a violation not in this list fails.
 */
const KNOWN_DECAP_VIOLATIONS = new Set([
  'color-contrast', // grey header links, the "unsaved changes" badge, the publish button
  'aria-input-field-name', // the Markdown editor's toolbar dropdown has no name
  'aria-required-attr', // a toggle in the Markdown toolbar lacks aria-checked
  'button-name', // the same toggle has no text
  'nested-interactive', // the Markdown toolbar's heading dropdown nests a button in a button
]);

let browser: Browser;
let repo: string;
let proxy: ChildProcess;
let proxyUrl: string;

async function waitForProxy(url: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (proxy.exitCode !== null) throw new Error(`decap-server exited with ${proxy.exitCode}`);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"action":"info"}',
      });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`decap-server did not answer at ${url}`);
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'loket-cms-'));
  cpSync('content', join(repo, 'content'), { recursive: true, filter: (src) => !src.endsWith('.ts') });
  const port = await freePort();
  proxyUrl = `http://127.0.0.1:${port}/api/v1`;
  const serverScript = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  // decap-server writes below GIT_REPO_DIRECTORY (default: its working directory) and reads a .env
  // from its working directory: both are the temporary copy.
  proxy = spawn(process.execPath, [serverScript], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: repo,
      MODE: 'fs',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForProxy(proxyUrl);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  proxy?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** The editor of one curator, logged in to the local backend, showing its collection. */
async function openEditor(folder: string): Promise<Page> {
  const page = await openPage(browser);
  await page.route(DECAP_DEFAULT_PROXY, (route) => route.continue({ url: proxyUrl }));
  await page.goto(`${base}/beheer/${folder}/`);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { name: 'Inhoudstypen' }).waitFor();
  return page;
}

/** Picks an option in one of Decap's select fields by typing part of its label. */
async function choose(page: Page, field: string, text: string): Promise<void> {
  await page.locator(`input[id^="${field}-field"]`).first().fill(text);
  await page.keyboard.press('Enter');
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publiceer' }).click();
  await page.getByRole('menuitem', { name: 'Publiceer nu' }).click();
}

/** Fills every required field of a new Overijssel werkplaats; `name` also gives the file name. */
async function fillValidEntry(page: Page, name: string): Promise<void> {
  await page.locator('input[id^="name-field"]').fill(name);
  await choose(page, 'kind', 'Digitale Werkplaats');
  await page
    .locator('textarea[id^="summary-field"]')
    .fill('Studenten van Windesheim helpen kleine bedrijven in Zwolle met online verkopen en data.');
  await choose(page, 'themes', 'Data');
  await choose(page, 'gemeenten', 'Zwolle');
  await choose(page, 'status', 'Neemt nieuwe aanvragen aan');
  await page.locator('input[id^="last_checked-field"]').fill('2026-11-27');
  await page.locator('input[id^="checked_by-field"]').fill('Redactie provincie Overijssel');
  await page.getByRole('button', { name: 'Voeg bron toe' }).click();
  await page.locator('input[id^="url-field"]').last().fill('https://www.windesheim.nl/');
  await page.locator('textarea[id^="supports-field"]').last().fill('naam, werkgebied, onderwijsinstelling');
}

function contentCheck(dir: string) {
  return spawnSync('npx', ['tsx', 'scripts/content-check.ts'], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
  });
}

describe('the editor of one province', () => {
  test('loads with the local backend and lists only that province’s entries', async () => {
    const page = await openEditor('overijssel');
    await expect(
      page.getByRole('heading', { name: 'Initiatieven in Overijssel' }).textContent(),
    ).resolves.toBeTruthy();
    await page.getByText('Digitale Werkplaats Twente').first().waitFor();
    await expect(page.getByRole('link', { name: 'Nieuw initiatief' }).count()).resolves.toBe(1);
    await expect(page.getByText('MKB Datalab Limburg').count()).resolves.toBe(0);
    await page.context().close();
  });

  test('its configuration offers only its own folder, with curated_by fixed to the province', async () => {
    const res = await fetch(`${base}/beheer/overijssel/config.yml`);
    expect(res.status).toBe(200);
    const config = parseYaml(await res.text()) as {
      collections: Array<{
        folder: string;
        fields: Array<{ name: string; widget: string; default?: string }>;
      }>;
    };
    expect(config.collections.map((c) => c.folder)).toEqual(['content/overijssel']);
    const curator = config.collections[0]?.fields.find((f) => f.name === 'curated_by');
    expect(curator).toMatchObject({ widget: 'hidden', default: 'Overijssel' });
  });

  test('creates a valid entry for its province, which passes content:check', async () => {
    const page = await openEditor('overijssel');
    await page.getByRole('link', { name: 'Nieuw initiatief' }).click();
    await fillValidEntry(page, 'Digitale Werkplaats Zwolle');
    // There is no control to choose who curates the entry.
    await expect(page.locator('[id^="curated_by-field"]').count()).resolves.toBe(0);
    await publish(page);
    const file = join(repo, 'content/overijssel/digitale-werkplaats-zwolle.md');
    await expect.poll(() => existsSync(file), { timeout: 10_000 }).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^curated_by: Overijssel$/m);
    expect(text).toMatch(/^name: Digitale Werkplaats Zwolle$/m);
    expect(existsSync('content/overijssel/digitale-werkplaats-zwolle.md')).toBe(false);
    const check = contentCheck(join(repo, 'content'));
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/Inhoud in orde/);
    await page.context().close();
  });

  test('edits an existing entry: a new check date, everything else kept as it was', async () => {
    const file = join(repo, 'content/overijssel/techwise-twente.md');
    const before = parseInitiative(file, 'overijssel', readFileSync(file, 'utf8'));
    const page = await openEditor('overijssel');
    await page.goto(`${base}/beheer/overijssel/#/collections/initiatieven/entries/techwise-twente`);
    await page.locator('input[id^="last_checked-field"]').fill('2026-11-28');
    await publish(page);
    await expect
      .poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 })
      .toMatch(/^last_checked: 2026-11-28$/m);
    const after = parseInitiative(file, 'overijssel', readFileSync(file, 'utf8'));
    expect(after.problems).toEqual([]);
    expect(after.initiative).toEqual({ ...before.initiative, last_checked: '2026-11-28' });
    await page.context().close();
  });

  test('shows a clear Dutch message for an invalid field and saves nothing', async () => {
    const page = await openEditor('overijssel');
    await page.goto(`${base}/beheer/overijssel/#/collections/initiatieven/new`);
    await fillValidEntry(page, 'Werkplaats Met Fout KVK');
    await page.locator('input[id^="kvk-field"]').fill('123');
    await publish(page);
    await page.getByText('Een KVK-nummer heeft 8 cijfers.').waitFor();
    await expect(page.getByText('Nog niet alles is goed ingevuld').count()).resolves.toBe(0);
    expect(existsSync(join(repo, 'content/overijssel/werkplaats-met-fout-kvk.md'))).toBe(false);
    await page.context().close();
  });

  test('refuses an entry that breaks a rule of the schema that fields alone cannot check', async () => {
    const page = await openEditor('overijssel');
    await page.goto(`${base}/beheer/overijssel/#/collections/initiatieven/new`);
    await fillValidEntry(page, 'Werkplaats Zonder Werkgebied');
    // Remove the only gemeente: every field is valid, but the werkgebied is empty.
    await page.locator('input[id^="gemeenten-field"]').first().focus();
    await page.keyboard.press('Backspace');
    await publish(page);
    await page.getByText(/Opslaan lukt niet\..*Werkgebied: Vul het werkgebied in/).waitFor();
    expect(existsSync(join(repo, 'content/overijssel/werkplaats-zonder-werkgebied.md'))).toBe(false);
    await page.context().close();
  });
});

describe('accessibility', () => {
  test('the editors overview (/beheer/) has no axe violations', async () => {
    const page = await openPage(browser);
    await page.goto(`${base}/beheer/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('Decap’s own editor interface shows only its known axe violations', async () => {
    const page = await openEditor('overijssel');
    const found = new Set<string>();
    const collect = async () => {
      for (const v of await axeViolations(page)) found.add(v.split(' ')[0] ?? v);
    };
    await collect();
    await page.goto(`${base}/beheer/overijssel/#/collections/initiatieven/new`);
    await page.locator('input[id^="name-field"]').waitFor();
    await collect();
    if (found.size > 0) console.warn(`Decap CMS axe-meldingen (bekend): ${[...found].join(', ')}`);
    expect([...found].filter((id) => !KNOWN_DECAP_VIOLATIONS.has(id))).toEqual([]);
    await page.context().close();
  });
});
