import { describe, expect, test } from 'vitest';
import {
  REFERRAL_FIELDS,
  fieldId,
  parseReferralForm,
  valuesFromForm,
  type ReferralValues,
} from '../../src/components/referrals/referral-form.ts';

const valid: ReferralValues = {
  question: 'Wij willen online verkopen maar weten niet waar te beginnen.',
  'company.name': 'Testbedrijf Synthetisch',
  'company.kvk': '00000001',
  'company.postcode': '7511 AB',
  'company.employees': '8',
  'company.sector': '',
  'contact.name': 'Test Persoon',
  'contact.email': 'test@example.invalid',
  'contact.phone': '',
  contact_preference: 'email',
  consent: 'ja',
  target_slug: 'digitale-werkplaats-twente',
};

function form(values: Partial<ReferralValues> & Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

describe('the adviser form, validated with the API schema', () => {
  test('valid values become the API body, empty optional fields left out', () => {
    const parsed = parseReferralForm(valid, true);
    expect(parsed).toEqual({
      ok: true,
      body: {
        question: valid.question,
        company: { name: 'Testbedrijf Synthetisch', kvk: '00000001', postcode: '7511 AB', employees: 8 },
        contact: { name: 'Test Persoon', email: 'test@example.invalid' },
        consent: true,
        contact_preference: 'email',
        target_slug: 'digitale-werkplaats-twente',
      },
    });
  });

  test.each([
    ['company.kvk', { 'company.kvk': '1234' }, /8 cijfers/],
    ['company.employees', { 'company.employees': 'acht' }, /heel getal/],
    ['contact.email', { 'contact.email': '', 'contact.phone': '' }, /e-mailadres/],
    ['contact.phone', { contact_preference: 'telefoon' }, /telefoonnummer/],
    ['consent', { consent: '' }, /toestemming/],
    ['contact_preference', { contact_preference: '' }, /contact wil/],
    ['question', { question: 'help' }, /10 tekens/],
    ['target_slug', { target_slug: '' }, /ontvanger/],
  ] as const)('%s: a bad value gives a Dutch message on that field', (field, change, message) => {
    const parsed = parseReferralForm({ ...valid, ...change }, true);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[field]).toMatch(message);
  });

  test('step 1 does not need a target yet', () => {
    expect(parseReferralForm({ ...valid, target_slug: '' }, false).ok).toBe(true);
  });

  test('"anders" takes the target from the select of all initiatives', () => {
    expect(valuesFromForm(form({ target_slug: 'anders', target_other: 'x-y' })).target_slug).toBe('x-y');
    expect(valuesFromForm(form({ target_slug: 'a-b', target_other: 'x-y' })).target_slug).toBe('a-b');
  });

  test('every field has a unique element id for the error summary links', () => {
    const ids = REFERRAL_FIELDS.map(fieldId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(fieldId('company.kvk')).toBe('company-kvk');
  });
});
