/**
 * Freshness: the six-month rule, the per-curator stale report, and `npm run content:stale` on a
 * synthetic content tree (CONTENT_DIR), so the real content's dates never matter here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatStaleReport, isStale, monthsBetween, staleReport } from '../../content/freshness.ts';
import type { Curator } from '../../content/schema.ts';
import { isStale as siteIsStale } from '../../src/lib/site.ts';

const TODAY = new Date('2026-11-27T00:00:00Z');

function entry(slug: string, curated_by: Curator, last_checked: string) {
  return { slug, name: `Initiatief ${slug}`, curated_by, last_checked, checked_by: 'Testteam' };
}

describe('isStale', () => {
  test.each([
    ['2026-11-27', false, 'checked today'],
    ['2026-05-27', false, 'checked exactly six months ago'],
    ['2026-05-26', true, 'checked six months and a day ago'],
    ['2025-01-01', true, 'checked almost two years ago'],
    ['2027-01-01', false, 'a date in the future'],
  ])('%s is stale: %s (%s)', (date, expected) => {
    expect(isStale(date, TODAY)).toBe(expected);
  });

  test('the site uses the very same rule', () => {
    expect(siteIsStale).toBe(isStale);
  });
});

describe('monthsBetween', () => {
  test.each([
    ['2026-05-27', 6],
    ['2026-05-28', 5],
    ['2025-11-27', 12],
    ['2026-11-27', 0],
  ])('from %s to 2026-11-27 is %i whole months', (from, months) => {
    expect(monthsBetween(from, TODAY)).toBe(months);
  });
});

describe('staleReport', () => {
  const entries = [
    entry('vers-overijssel', 'Overijssel', '2026-10-01'),
    entry('oud-overijssel', 'Overijssel', '2026-01-15'),
    entry('ouder-overijssel', 'Overijssel', '2025-06-01'),
    entry('oud-fryslan', 'Fryslân', '2026-03-01'),
    entry('oud-landelijk', 'landelijk', '2025-12-31'),
    entry('vers-utrecht', 'Utrecht', '2026-11-01'),
  ];
  const report = staleReport(entries, TODAY);

  test('groups stale entries per curator, in the fixed order, leaving out curators with none', () => {
    expect(report.map((g) => g.curator)).toEqual(['landelijk', 'Fryslân', 'Overijssel']);
  });

  test('lists the oldest check first and never a fresh entry', () => {
    expect(report.find((g) => g.curator === 'Overijssel')?.entries.map((e) => e.slug)).toEqual([
      'ouder-overijssel',
      'oud-overijssel',
    ]);
  });

  test('gives the file to open and the months since the last check', () => {
    expect(report.find((g) => g.curator === 'Fryslân')?.entries[0]).toEqual({
      slug: 'oud-fryslan',
      name: 'Initiatief oud-fryslan',
      file: 'content/fryslan/oud-fryslan.md',
      last_checked: '2026-03-01',
      checked_by: 'Testteam',
      months: 8,
    });
  });

  test('the printed report names each curator, file and date', () => {
    const text = formatStaleReport(report, TODAY);
    expect(text).toMatch(
      /^4 initiatieven zijn meer dan 6 maanden niet gecontroleerd \(peildatum 2026-11-27\):/,
    );
    expect(text).toContain('Landelijk redactieteam (1)');
    expect(text).toContain('Overijssel (2)');
    expect(text).toContain('content/overijssel/ouder-overijssel.md');
    expect(text).toContain('laatst gecontroleerd 2025-06-01 (17 maanden geleden) door Testteam');
    expect(text).not.toContain('vers-');
  });

  test('says so when nothing is stale', () => {
    expect(formatStaleReport(staleReport([entry('vers', 'Utrecht', '2026-11-01')], TODAY), TODAY)).toMatch(
      /^Alle initiatieven zijn in de afgelopen 6 maanden gecontroleerd/,
    );
  });
});

// Runs the script as npm does (through tsx); a few seconds per run on a busy machine.
describe('npm run content:stale', { timeout: 30_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'loket-stale-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function file(folder: string, slug: string, curator: string, lastChecked: string): void {
    mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(
      join(root, folder, `${slug}.md`),
      `---
name: Synthetisch ${slug}
kind: werkplaats
summary: Een synthetisch testinitiatief dat alleen in de tests bestaat en niets echts beschrijft.
themes: [data]
werkgebied:
  provincies: [Drenthe]
availability:
  status: open
curated_by: ${curator}
last_checked: ${lastChecked}
checked_by: Testteam
sources:
  - url: https://example.invalid/bron
    supports: naam
---
Synthetische tekst.
`,
    );
  }
  file('drenthe', 'oud-drenthe', 'Drenthe', '2026-01-10');
  file('drenthe', 'vers-drenthe', 'Drenthe', '2026-11-01');
  file('landelijk', 'oud-landelijk', 'landelijk', '2025-05-05');

  function run(...args: string[]) {
    return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-stale.ts', ...args], {
      env: { ...process.env, CONTENT_DIR: root },
      encoding: 'utf8',
    });
  }

  test('lists the stale entries of the tree per curator on a given date', () => {
    const result = run('--peildatum', '2026-11-27');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2 initiatieven zijn meer dan 6 maanden niet gecontroleerd');
    expect(result.stdout).toMatch(/Landelijk redactieteam \(1\)[\s\S]*Drenthe \(1\)/);
    expect(result.stdout).toContain('content/drenthe/oud-drenthe.md');
    expect(result.stdout).not.toContain('vers-drenthe');
  });

  test('limits the list to one curator by folder name', () => {
    const result = run('drenthe', '--peildatum', '2026-11-27');
    expect(result.stdout).toContain('1 initiatief is meer dan 6 maanden niet gecontroleerd');
    expect(result.stdout).not.toContain('Landelijk redactieteam');
  });

  test('refuses an argument it does not know, in Dutch', () => {
    const result = run('friesland');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Onbekend argument "friesland"/);
  });
});
