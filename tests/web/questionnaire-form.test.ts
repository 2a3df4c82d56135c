/** The monitor's no-JS forms ↔ the API bodies: pointers, Dutch messages, the error summary. */
import { describe, expect, test } from 'vitest';
import {
  AGREEMENT_SCALE,
  EenmetingSchema,
  NULMETING,
  NulmetingSchema,
} from '../../functions/monitor/questionnaires.ts';
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
import { bodyOf, fieldsOf, type Question } from '../../src/components/monitor/questions.ts';

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

describe('a form as a list of questions', () => {
  // A synthetic questionnaire of every kind of question, with the 1-meting's field names.
  const QUESTIONS: Question[] = [
    {
      type: 'statements',
      name: 'q1',
      number: 1,
      text: 'Synthetische uitspraken',
      hint: 'Geef per uitspraak aan.',
      statements: [
        { letter: 'a', text: 'Synthetisch a' },
        { letter: 'b', text: 'Synthetisch b' },
      ],
      scale: AGREEMENT_SCALE,
    },
    { type: 'scale', name: 'q2', number: 2, text: 'Cijfer?', marker: '(verplicht)', hint: '1 tot 10' },
    { type: 'open', name: 'q3', number: 3, text: 'Waarom?', marker: '(niet verplicht)' },
    {
      type: 'choice',
      name: 'q5',
      number: 5,
      text: 'Welke stappen?',
      input: 'checkbox',
      marker: '(meerdere antwoorden mogelijk)',
      options: [
        { letter: 'e', text: 'Synthetische stap' },
        { letter: 'f', text: 'Anders' },
      ],
      other: { name: 'q5_anders', label: 'Welke?' },
    },
  ];
  const label = (n: number, letter = '') => `Vraag ${n}${letter}`;

  test('the fields it posts, how each is answered and the summary in form order', () => {
    const fields = fieldsOf(QUESTIONS, label);
    expect(fields.single).toEqual(['q1_a', 'q1_b', 'q2', 'q3', 'q5_anders']);
    expect(fields.many).toEqual(['q5']);
    expect(fields.kinds).toEqual({
      q1_a: 'choice',
      q1_b: 'choice',
      q2: 'scale',
      q3: 'text',
      q5: 'choice',
      q5_anders: 'text',
    });
    expect(fields.summary).toEqual([
      { field: 'q1_a', label: 'Vraag 1a', id: `q1_a-${AGREEMENT_SCALE[0].value}` },
      { field: 'q1_b', label: 'Vraag 1b', id: `q1_b-${AGREEMENT_SCALE[0].value}` },
      { field: 'q2', label: 'Vraag 2', id: 'q2-1' },
      { field: 'q3', label: 'Vraag 3', id: 'q3' },
      { field: 'q5', label: 'Vraag 5', id: 'q5-e' },
      { field: 'q5_anders', label: 'Vraag 5', id: 'q5_anders' },
    ]);
  });

  test('the posted answers become the API body; blank fields stay absent', () => {
    const form = new FormData();
    form.set('q1_a', '4');
    form.set('q2', '8');
    form.set('q3', '  ');
    form.append('q5', 'e');
    form.append('q5', 'f');
    form.set('q5_anders', 'Synthetisch vervolg');
    const fields = fieldsOf(QUESTIONS, label);
    expect(bodyOf(QUESTIONS, readForm(form, fields.single, fields.many))).toEqual({
      q1: { a: 4, b: undefined },
      q2: 8,
      q3: undefined,
      q5: ['e', 'f'],
      q5_anders: 'Synthetisch vervolg',
    });
  });

  test("a statement left open is named by its own field in the 1-meting's messages", () => {
    const fields = fieldsOf(QUESTIONS, label);
    const result = validate(
      EenmetingSchema,
      bodyOf(QUESTIONS, { q1_a: '4', q2: '8' }),
      fields.kinds,
      missing,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.q1_b).toBe('Kies een antwoord.');
    expect(result.errors.q1_a).toBeUndefined();
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
