/**
 * Each schema rule has a minimal failing example, and a broken file fails content:check and the
 * build with a message that names file and field.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblems, loadDirectory, parseInitiative } from '../../content/load.ts';

/** A valid synthetic entry; each test breaks one thing. */
const VALID = `---
name: Testwerkplaats Synthetisch
kind: werkplaats
summary: Een synthetisch testinitiatief dat alleen in de tests bestaat en niets echts beschrijft.
themes: [data]
werkgebied:
  provincies: [Drenthe]
availability:
  status: open
curated_by: Drenthe
last_checked: 2026-11-01
checked_by: Testteam
sources:
  - url: https://example.invalid/bron
    supports: naam
---
Synthetische tekst.
`;

const FILE = 'content/drenthe/testwerkplaats-synthetisch.md';

function check(text: string, folder = 'drenthe', file = FILE) {
  return parseInitiative(file, folder, text);
}

describe('content schema', () => {
  test('a valid synthetic entry passes', () => {
    const result = check(VALID);
    expect(result.problems).toEqual([]);
    expect(result.initiative?.slug).toBe('testwerkplaats-synthetisch');
    expect(result.initiative?.body).toBe('Synthetische tekst.');
  });

  test.each([
    [
      'an unknown kind',
      VALID.replace('kind: werkplaats', 'kind: hackathon'),
      'kind',
      /Kies één soort uit: werkplaats/,
    ],
    ['a wrong type', VALID.replace('themes: [data]', 'themes: data'), 'themes', /Verwacht een lijst/],
    [
      'an unknown gemeente',
      VALID.replace('provincies: [Drenthe]', 'gemeenten: [Hengelo]'),
      'werkgebied.gemeenten.0',
      /"Hengelo" is geen gemeente in de indeling van 2025/,
    ],
    [
      'an unknown province',
      VALID.replace('provincies: [Drenthe]', 'provincies: [Friesland]'),
      'werkgebied.provincies.0',
      /Kies een provincie uit/,
    ],
    ['a missing summary', VALID.replace(/summary: .*\n/, ''), 'summary', /ontbreekt en is verplicht/],
    ['a too short summary', VALID.replace(/summary: .*\n/, 'summary: Kort.\n'), 'summary', /te kort/],
    ['no sources', VALID.replace(/sources:[\s\S]*?---/, 'sources: []\n---'), 'sources', /minstens één bron/],
    [
      'a bad date',
      VALID.replace('last_checked: 2026-11-01', 'last_checked: 1-11-2026'),
      'last_checked',
      /JJJJ-MM-DD/,
    ],
    [
      'an impossible date',
      VALID.replace('last_checked: 2026-11-01', 'last_checked: 2026-02-31'),
      'last_checked',
      /bestaat niet/,
    ],
    [
      'an empty werkgebied',
      VALID.replace('  provincies: [Drenthe]\n', '  landelijk: false\n'),
      'werkgebied',
      /Vul het werkgebied in/,
    ],
    [
      'landelijk plus provinces',
      VALID.replace('  provincies: [Drenthe]\n', '  landelijk: true\n  provincies: [Drenthe]\n'),
      'werkgebied',
      /landelijk initiatief noemt geen/,
    ],
    [
      'an unknown field',
      VALID.replace('kind: werkplaats', 'kind: werkplaats\nkleur: blauw'),
      '',
      /Onbekend veld: kleur/,
    ],
    [
      'an invalid url',
      VALID.replace('https://example.invalid/bron', 'www.example.invalid'),
      'sources.0.url',
      /webadres/,
    ],
    [
      'a firm size the wrong way round',
      VALID.replace('themes: [data]', 'themes: [data]\nfirm_size: {min: 50, max: 2}'),
      'firm_size',
      /groter dan het maximum/,
    ],
    ['a bad KVK number', VALID.replace('themes: [data]', 'themes: [data]\nkvk: "1234"'), 'kvk', /8 cijfers/],
    [
      'an unknown capacity status',
      VALID.replace('status: open', 'status: misschien'),
      'availability.status',
      /Kies een status uit/,
    ],
  ])('%s is reported with its field', (_name, text, field, message) => {
    const { problems, initiative } = check(text);
    expect(initiative).toBeUndefined();
    const problem = problems.find((p) => p.field === field);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.file).toBe(FILE);
    expect(problem!.message).toMatch(message);
  });

  test('a file in the wrong province folder is reported on curated_by', () => {
    const { problems } = check(VALID, 'zeeland', 'content/zeeland/testwerkplaats-synthetisch.md');
    expect(problems).toEqual([
      expect.objectContaining({ field: 'curated_by', message: expect.stringMatching(/content\/drenthe\//) }),
    ]);
  });

  test('broken YAML is reported in plain words', () => {
    const { problems } = check(VALID.replace('kind: werkplaats', 'kind: [werkplaats'));
    expect(problems[0]?.message).toMatch(/geen geldige YAML/);
  });

  test('a file name that is not a slug is reported', () => {
    const { problems } = check(VALID, 'drenthe', 'content/drenthe/Test Werkplaats.md');
    expect(problems[0]?.message).toMatch(/kleine letters, cijfers en streepjes/);
  });
});

describe('loadDirectory on a folder', () => {
  function tree(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    const content = join(root, 'content');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(content, path, '..'), { recursive: true });
      writeFileSync(join(content, path), text);
    }
    return content;
  }

  test('reports every broken file with file, field and message', () => {
    const root = tree({
      'drenthe/goed-voorbeeld.md': VALID,
      'drenthe/fout-voorbeeld.md': VALID.replace('kind: werkplaats', 'kind: onbekend'),
    });
    const result = loadDirectory(root);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const report = formatProblems(result.problems);
    expect(report).toContain('content/drenthe/fout-voorbeeld.md');
    expect(report).toContain('veld: kind');
    expect(report).toMatch(/Kies één soort uit/);
  });

  test('duplicate slugs across folders are reported', () => {
    const root = tree({
      'drenthe/dubbel.md': VALID,
      'landelijk/dubbel.md': VALID.replace('curated_by: Drenthe', 'curated_by: landelijk'),
    });
    const result = loadDirectory(root);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join()).toMatch(/bestaat al/);
  });

  test('an unknown folder is reported', () => {
    const result = loadDirectory(tree({ 'friesland/x.md': VALID }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/Onbekende map/);
  });
});
