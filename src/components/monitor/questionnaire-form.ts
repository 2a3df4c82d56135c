/**
 * The no-JS questionnaire forms (the 0-meting at intake, the owner's 1-meting) ↔ the API's bodies:
 * read the posted fields as text (to show them again), turn them into the body the API's own schema
 * validates, and turn its issues back into one Dutch message per field and an error summary.
 */
import type { z } from 'zod';
import { dutchErrorMap, fieldErrors } from '../../../functions/routes/referrals.ts';

/** What was posted, as text: one string per field, a list for checkbox groups. */
export type FormValues = Record<string, string | string[]>;

/** Reads `single` fields as text and `many` fields (checkbox groups) as lists of text. */
export function readForm(
  form: FormData,
  single: readonly string[],
  many: readonly string[] = [],
): FormValues {
  const values: FormValues = {};
  for (const name of single) {
    const v = form.get(name);
    values[name] = typeof v === 'string' ? v : '';
  }
  for (const name of many) values[name] = form.getAll(name).filter((v) => typeof v === 'string');
  return values;
}

/** A whole number from a field, or undefined when it is empty (the schema then names the field). */
export function numberOf(values: FormValues, name: string): number | undefined {
  const v = values[name];
  return typeof v === 'string' && v.trim() !== '' ? Number(v) : undefined;
}

/** The text of a field, or undefined when it is blank. */
export function textOf(values: FormValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

/** The choice of a radio group, or undefined. */
export const choiceOf = textOf;

/** The choices of a checkbox group. */
export function listOf(values: FormValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : [];
}

/** The form field an API error pointer names: '#/q1/a' → 'q1_a' (a statement); '#/q5/0' → 'q5'. */
export function fieldOfPointer(pointer: string): string {
  const [first = '', second] = pointer.replace(/^#\//, '').split('/');
  return second !== undefined && /^[a-z]$/.test(second) ? `${first}_${second}` : first;
}

/** How a field is answered: it decides what "this field is required" should say. */
export type FieldKind = 'choice' | 'scale' | 'text';

/** The words for a missing answer, by kind of field. */
export interface MissingMessages {
  choice: string;
  scale: string;
}

const REQUIRED = 'Dit veld is verplicht.';

/**
 * Validates a body with the API's schema. Invalid: the first message per form field, in Dutch, with
 * "Dit veld is verplicht." said the way the field is answered ("Kies een antwoord.").
 */
export function validate<S extends z.ZodTypeAny>(
  schema: S,
  body: unknown,
  kinds: Readonly<Record<string, FieldKind>>,
  missing: MissingMessages,
): { ok: true; data: z.output<S> } | { ok: false; errors: Record<string, string> } {
  const parsed = schema.safeParse(body, { errorMap: dutchErrorMap });
  if (parsed.success) return { ok: true, data: parsed.data as z.output<S> };
  const errors: Record<string, string> = {};
  for (const error of fieldErrors(parsed.error.issues)) {
    const field = fieldOfPointer(error.pointer);
    const kind = kinds[field];
    const message =
      error.detail === REQUIRED && (kind === 'choice' || kind === 'scale') ? missing[kind] : error.detail;
    errors[field] ??= message;
  }
  return { ok: false, errors };
}

/** One field in the order the form shows it: its label in the summary and the id its link targets. */
export interface SummaryField {
  field: string;
  /** "Vraag 3", "Vraag 1a". */
  label: string;
  /** The element the summary links to (a radio group's first option). */
  id: string;
}

/**
 * The error summary's entries in form order: "Vraag 3: Kies een antwoord." linking to the field;
 * a message about a field the form does not show comes last, without a link.
 */
export function summaryEntries(
  errors: Readonly<Record<string, string>>,
  fields: readonly SummaryField[],
): Array<{ id?: string; message: string }> {
  const known = new Set(fields.map((f) => f.field));
  return [
    ...fields
      .filter((f) => errors[f.field] !== undefined)
      .map((f) => ({ id: f.id, message: `${f.label}: ${errors[f.field]!}` })),
    ...Object.entries(errors)
      .filter(([field]) => !known.has(field))
      .map(([, message]) => ({ message })),
  ];
}
