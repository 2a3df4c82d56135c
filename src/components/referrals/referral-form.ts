/**
 * The adviser's no-JS form ↔ the API's body: field names are the JSON paths ("company.kvk"), so
 * the API's own schema (NewReferralSchema) validates the form and its error pointers
 * ("#/company/kvk") name the fields directly.
 */
import {
  NewReferralSchema,
  dutchErrorMap,
  fieldErrors,
  type NewReferralBody,
} from '../../../functions/routes/referrals.ts';
import type { FieldError } from '../../../functions/problem.ts';

/** Every field of the form, by its name. */
export const REFERRAL_FIELDS = [
  'question',
  'company.name',
  'company.kvk',
  'company.postcode',
  'company.employees',
  'company.sector',
  'contact.name',
  'contact.email',
  'contact.phone',
  'contact_preference',
  'consent',
  'target_slug',
] as const;
export type ReferralField = (typeof REFERRAL_FIELDS)[number];

/** What the user typed, as text, to show again. */
export type ReferralValues = Record<ReferralField, string>;

/** The element id of a field ("company.kvk" → "company-kvk"); radio groups point at their first option. */
export function fieldId(field: ReferralField | string): string {
  if (field === 'contact_preference') return 'contact-preference-telefoon';
  if (field === 'target_slug') return 'target-0';
  return field.replace(/[._]/g, '-');
}

/** The field an API error pointer names ("#/contact/email" → "contact.email"). */
export function fieldOfPointer(pointer: string): string {
  return pointer.replace(/^#\//, '').replace(/\//g, '.');
}

/** The form's values as text (missing fields are ''). */
export function valuesFromForm(form: FormData): ReferralValues {
  const values = {} as ReferralValues;
  for (const field of REFERRAL_FIELDS) {
    const v = form.get(field);
    values[field] = typeof v === 'string' ? v.trim() : '';
  }
  // The target is a radio choice, or "anders" with a select of every initiative.
  if (values.target_slug === 'anders') {
    const other = form.get('target_other');
    values.target_slug = typeof other === 'string' ? other.trim() : '';
  }
  return values;
}

/** Field errors by field name, the first per field, in form order. */
export type ReferralErrors = Partial<Record<string, string>>;

/** The first error per field, keyed by field name. */
export function errorsByField(errors: readonly FieldError[]): ReferralErrors {
  const out: ReferralErrors = {};
  for (const e of errors) out[fieldOfPointer(e.pointer)] ??= e.detail;
  return out;
}

/**
 * Validates the form with the API's schema. Empty optional fields are left out; a missing target is
 * allowed when `needTarget` is false (the first step, before the adviser has seen the advice).
 */
export function parseReferralForm(
  values: ReferralValues,
  needTarget: boolean,
): { ok: true; body: NewReferralBody } | { ok: false; errors: ReferralErrors } {
  const optional = (v: string) => (v === '' ? undefined : v);
  const employees = values['company.employees'];
  const raw = {
    question: values.question,
    company: {
      name: values['company.name'],
      kvk: values['company.kvk'],
      postcode: values['company.postcode'],
      employees: employees === '' ? undefined : /^\d{1,7}$/.test(employees) ? Number(employees) : employees,
      sector: optional(values['company.sector']),
    },
    contact: {
      name: values['contact.name'],
      email: optional(values['contact.email']),
      phone: optional(values['contact.phone']),
    },
    consent: values.consent === 'ja' ? true : undefined,
    contact_preference: optional(values.contact_preference),
    // A placeholder in step 1: the real target is checked against the directory when sending.
    target_slug: needTarget ? values.target_slug : values.target_slug || 'nog-te-kiezen',
  };
  const parsed = NewReferralSchema.safeParse(raw, { errorMap: dutchErrorMap });
  if (parsed.success) return { ok: true, body: parsed.data };
  const errors = errorsByField(fieldErrors(parsed.error.issues));
  if (typeof raw.company.employees === 'string') {
    errors['company.employees'] = 'Vul het aantal medewerkers in als heel getal, bijvoorbeeld 8.';
  }
  // The API words this one in its schema, but zod lets the contextual error map win.
  if (errors.consent !== undefined) {
    errors.consent = 'Vink aan dat de ondernemer toestemming gaf om de gegevens door te geven.';
  }
  if (errors.contact_preference !== undefined)
    errors.contact_preference = 'Kies hoe de ondernemer contact wil.';
  if (errors.target_slug !== undefined) errors.target_slug = 'Kies de ontvanger van de doorverwijzing.';
  return { ok: false, errors };
}
