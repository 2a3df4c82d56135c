/** The monitor's no-JS forms ↔ the API bodies: pointers, Dutch messages, the error summary. */
import { describe, expect, test } from 'vitest';
import { NULMETING, NulmetingSchema } from '../../functions/monitor/questionnaires.ts';
import { PLACEHOLDERS, fillPlaceholders } from '../../src/components/monitor/placeholders.ts';
import {
  fieldOfPointer,
  listOf,
  numberOf,
  readForm,
  summaryEntries,
  textOf,
  validate,
} from '../../src/components/monitor/questionnaire-form.ts';

const missing = { choice: 'Kies een antwoord.', scale: 'Kies een cijfer van 1 tot en met 10.' };
const kinds = {
  q1: 'choice',
  q1_anders: 'text',
  q2: 'text',
  q3: 'scale',
  q4: 'choice',
  q5: 'choice',
  q6: 'text',
} as const;

describe('questionnaire forms', () => {
  test.each([
    ['#/q1/a', 'q1_a'],
    ['#/q5/0', 'q5'],
    ['#/q5_anders', 'q5_anders'],
    ['#/q3', 'q3'],
  ])('the pointer %s names the field %s', (pointer, field) => {
    expect(fieldOfPointer(pointer)).toBe(field);
  });

  test('a posted form is read as text, checkbox groups as lists', () => {
    const form = new FormData();
    form.set('q1', 'i');
    form.set('q3', '7');
    form.append('q4', 'a');
    form.append('q4', 'f');
    form.set('q6', '   ');
    const values = readForm(form, ['q1', 'q2', 'q3', 'q6'], ['q4']);
    expect(values).toEqual({ q1: 'i', q2: '', q3: '7', q6: '   ', q4: ['a', 'f'] });
    expect(numberOf(values, 'q3')).toBe(7);
    expect(numberOf(values, 'q2')).toBeUndefined();
    expect(textOf(values, 'q6')).toBeUndefined();
    expect(listOf(values, 'q4')).toEqual(['a', 'f']);
  });

  test('an empty 0-meting gets one Dutch message per question, said the way it is answered', () => {
    const result = validate(NulmetingSchema, { q4: [] }, kinds, missing);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      q1: 'Kies een antwoord.',
      q2: 'Dit veld is verplicht.',
      q3: 'Kies een cijfer van 1 tot en met 10.',
      q4: 'Kies minstens één antwoord.',
      q5: 'Kies een antwoord.',
      q6: 'Dit veld is verplicht.',
    });
  });

  test('"anders" without its text names the text field', () => {
    const body = { q1: 'i', q2: 'Synthetisch.', q3: 5, q4: ['a'], q5: 'b', q6: 'Synthetisch.' };
    const result = validate(NulmetingSchema, body, kinds, missing);
    expect(result).toEqual({
      ok: false,
      errors: { q1_anders: 'Vul in hoe u met de werkplaats in aanraking kwam.' },
    });
    expect(validate(NulmetingSchema, { ...body, q1_anders: 'Via een beurs' }, kinds, missing).ok).toBe(true);
  });

  test('the error summary follows the form order and names the question; strays come last', () => {
    const entries = summaryEntries(
      { q5: 'Kies een antwoord.', q1: 'Kies een antwoord.', zz: 'Iets anders.' },
      [
        { field: 'q1', label: 'Vraag 1', id: 'q1-a' },
        { field: 'q5', label: 'Vraag 5', id: 'q5-a' },
      ],
    );
    expect(entries).toEqual([
      { id: 'q1-a', message: 'Vraag 1: Kies een antwoord.' },
      { id: 'q5-a', message: 'Vraag 5: Kies een antwoord.' },
      { message: 'Iets anders.' },
    ]);
  });
});

describe("appendix II's placeholders", () => {
  test('every placeholder the form fills is printed in the 0-meting', () => {
    const texts = [NULMETING.q1.text, ...NULMETING.q1.options.map((o) => o.text)].join('\n');
    for (const placeholder of Object.values(PLACEHOLDERS)) expect(texts).toContain(placeholder);
  });

  test('known values are filled in, unknown placeholders stay as printed', () => {
    const known = { werkplaats: 'Testwerkplaats Synthetisch', provincie: 'Overijssel', gemeente: null };
    expect(fillPlaceholders(NULMETING.q1.text, known)).toBe(
      'Hoe bent u in aanraking gekomen met de werkplaats Testwerkplaats Synthetisch?',
    );
    expect(fillPlaceholders('Via de provincie [naam provincie]', known)).toBe('Via de provincie Overijssel');
    expect(fillPlaceholders('Via de gemeente [naam gemeente betrokken]', known)).toBe(
      'Via de gemeente [naam gemeente betrokken]',
    );
  });
});
