/** The check before saving in the editor: the schema's rules and messages, fields left empty ignored. */
import { describe, expect, test } from 'vitest';
import {
  emptyPaths,
  entryProblems,
  fieldName,
  problemsText,
  withoutEmpty,
} from '../../functions/cms/validate-entry.ts';
import { NL_OVERRIDES, mergePhrases } from '../../functions/cms/decap-locale.ts';

/** A complete entry as the editor holds it for an Overijssel werkplaats. */
function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Digitale Werkplaats Zwolle',
    kind: 'werkplaats',
    summary: 'Studenten helpen kleine bedrijven in Zwolle met online verkopen en data.',
    themes: ['data'],
    offer: [],
    werkgebied: { landelijk: false, provincies: [], gemeenten: ['Zwolle'] },
    locations: [],
    availability: { status: 'open', closed_periods: [] },
    curated_by: 'Overijssel',
    last_checked: '2026-11-27',
    checked_by: 'Redactie provincie Overijssel',
    sources: [{ url: 'https://www.windesheim.nl/', supports: 'naam, werkgebied' }],
    body: 'Een langere beschrijving.',
    ...overrides,
  };
}

describe('emptyPaths and withoutEmpty', () => {
  test.each([
    ['a cleared text', { website: '' }, [['website']]],
    ['a group whose only field was cleared', { contact: { email: ' ' } }, [['contact']]],
    [
      'an empty list item, last first',
      { sectors: ['', 'zorg', ''] },
      [
        ['sectors', 2],
        ['sectors', 0],
      ],
    ],
    ['nothing in a complete value', { a: 'x', b: [], c: false, d: 0 }, []],
  ])('finds %s', (_name, value, expected) => {
    expect(emptyPaths(value)).toEqual(expected);
  });

  test('removes exactly those values and leaves the input alone', () => {
    const value = { website: '', contact: { email: '', phone: '053' }, sectors: ['', 'zorg'] };
    expect(withoutEmpty(value)).toEqual({ contact: { phone: '053' }, sectors: ['zorg'] });
    expect(value.website).toBe('');
  });
});

describe('entryProblems', () => {
  test('a complete entry of the own province has none', () => {
    expect(entryProblems(entry(), 'Overijssel')).toEqual([]);
  });

  test('fields filled in and cleared again do not count', () => {
    expect(entryProblems(entry({ website: '', contact: { email: '' } }), 'Overijssel')).toEqual([]);
  });

  test.each([
    [
      'an empty werkgebied',
      { werkgebied: { landelijk: false, provincies: [], gemeenten: [] } },
      'Werkgebied',
      /Vul het werkgebied in/,
    ],
    [
      'an unknown gemeente',
      { werkgebied: { gemeenten: ['Hengelo'] } },
      'Werkgebied › Gemeenten (1e)',
      /geen gemeente in de indeling van 2025/,
    ],
    [
      'a firm size upside down',
      { firm_size: { min: 50, max: 2 } },
      'Bedrijfsgrootte (aantal medewerkers)',
      /minimum .* groter dan het maximum/,
    ],
    ['a summary that is too long', { summary: 'x'.repeat(321) }, 'Korte samenvatting', /te lang/],
    ['a missing last-checked date', { last_checked: '' }, 'Laatst gecontroleerd', /verplicht/],
    ['a date that does not exist', { last_checked: '2026-02-30' }, 'Laatst gecontroleerd', /bestaat niet/],
  ])('%s is refused with the schema’s Dutch message', (_name, overrides, field, message) => {
    const problems = entryProblems(entry(overrides), 'Overijssel');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.message).toMatch(message);
  });

  test('an entry for another curator is refused in this province’s editor', () => {
    const problems = entryProblems(entry({ curated_by: 'Gelderland' }), 'Overijssel');
    expect(problems.map((p) => p.field)).toEqual(['Bijgehouden door']);
    expect(problems[0]?.message).toMatch(/content\/overijssel\//);
  });

  test('the message names every problem with the field as the editor shows it', () => {
    const text = problemsText(entryProblems(entry({ summary: 'kort', kvk: '12' }), 'Overijssel'));
    expect(text).toMatch(/^Dit initiatief is nog niet goed\./);
    expect(text).toContain('Korte samenvatting: De samenvatting is te kort');
    expect(text).toContain('KVK-nummer: Een KVK-nummer heeft 8 cijfers.');
  });
});

describe('fieldName', () => {
  test.each([
    [['sources', 0, 'url'], 'Bronnen (1e) › Webadres van de bron'],
    [['body'], 'Beschrijving'],
    [[], 'Het hele initiatief'],
  ])('%j reads as "%s"', (path, expected) => {
    expect(fieldName(path)).toBe(expected);
  });
});

describe('Dutch wording over Decap’s own', () => {
  test('shows the schema’s message as it is and keeps Decap’s other phrases', () => {
    const base = { editor: { editorControlPane: { widget: { regexPattern: 'oud', processing: 'bezig' } } } };
    const merged = mergePhrases(base, NL_OVERRIDES) as {
      editor: { editorControlPane: { widget: Record<string, string> } };
    };
    expect(merged.editor.editorControlPane.widget.regexPattern).toBe('%{pattern}');
    expect(merged.editor.editorControlPane.widget.processing).toBe('bezig');
    expect(base.editor.editorControlPane.widget.regexPattern).toBe('oud');
  });
});
