/**
 * The questions of a monitor form as data, so that the 0-meting and the 1-meting are one kind of
 * page: QuestionList.astro renders them, and the same list says which fields the form posts, how
 * each is answered (for "missing" messages), the API body they make and the error summary's
 * order, labels and link targets.
 */
import type { Option } from '../../../functions/monitor/questionnaires.ts';
import {
  choiceOf,
  listOf,
  numberOf,
  textOf,
  type FieldKind,
  type FormValues,
  type SummaryField,
} from './questionnaire-form.ts';

interface Base {
  /** The form field (and API body) name, e.g. "q3". */
  name: string;
  /** The question's number in the questionnaire. */
  number: number;
  text: string;
}

/** Lettered statements, each answered on the same scale (1-meting question 1). */
export interface StatementsQuestion extends Base {
  type: 'statements';
  hint: string;
  statements: ReadonlyArray<{ letter: string; text: string }>;
  scale: ReadonlyArray<{ value: number; text: string }>;
}

/** 1 to 10, as a radio group. */
export interface ScaleQuestion extends Base {
  type: 'scale';
  /** "(verplicht)". */
  marker: string;
  hint: string;
}

/** A textarea. */
export interface OpenQuestion extends Base {
  type: 'open';
  /** "(verplicht)" or "(niet verplicht)". */
  marker: string;
}

/** Lettered options: one answer (radio) or several (checkbox), maybe with "anders, namelijk". */
export interface ChoiceQuestion extends Base {
  type: 'choice';
  input: 'radio' | 'checkbox';
  marker: string;
  options: ReadonlyArray<Option>;
  other?: { name: string; label: string };
}

export type Question = StatementsQuestion | ScaleQuestion | OpenQuestion | ChoiceQuestion;

/** The form field of one statement: "q1_a". */
export const statementField = (q: StatementsQuestion, letter: string) => `${q.name}_${letter}`;

/** What a form of these questions posts and how to read it back. */
export interface QuestionFields {
  /** Fields with one value. */
  single: string[];
  /** Checkbox groups. */
  many: string[];
  /** How each field is answered. */
  kinds: Record<string, FieldKind>;
  /** The error summary's entries, in form order. */
  summary: SummaryField[];
}

/** The fields of `questions`; `label` names a question in the error summary ("Vraag 1a"). */
export function fieldsOf(
  questions: readonly Question[],
  label: (number: number, letter?: string) => string,
): QuestionFields {
  const fields: QuestionFields = { single: [], many: [], kinds: {}, summary: [] };
  const add = (name: string, kind: FieldKind, summary: Omit<SummaryField, 'field'>, many = false) => {
    (many ? fields.many : fields.single).push(name);
    fields.kinds[name] = kind;
    fields.summary.push({ field: name, ...summary });
  };
  for (const q of questions) {
    if (q.type === 'statements') {
      for (const { letter } of q.statements) {
        const name = statementField(q, letter);
        add(name, 'choice', { label: label(q.number, letter), id: `${name}-${q.scale[0]!.value}` });
      }
    } else if (q.type === 'scale') {
      add(q.name, 'scale', { label: label(q.number), id: `${q.name}-1` });
    } else if (q.type === 'open') {
      add(q.name, 'text', { label: label(q.number), id: q.name });
    } else {
      const id = `${q.name}-${q.options[0]!.letter}`;
      add(q.name, 'choice', { label: label(q.number), id }, q.input === 'checkbox');
      if (q.other) add(q.other.name, 'text', { label: label(q.number), id: q.other.name });
    }
  }
  return fields;
}

/** The API body the posted `values` make (blank fields stay absent, so the schema names them). */
export function bodyOf(questions: readonly Question[], values: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const q of questions) {
    if (q.type === 'statements') {
      body[q.name] = Object.fromEntries(
        q.statements.map(({ letter }) => [letter, numberOf(values, statementField(q, letter))]),
      );
    } else if (q.type === 'scale') body[q.name] = numberOf(values, q.name);
    else if (q.type === 'open') body[q.name] = textOf(values, q.name);
    else {
      body[q.name] = q.input === 'checkbox' ? listOf(values, q.name) : choiceOf(values, q.name);
      if (q.other) body[q.other.name] = textOf(values, q.other.name);
    }
  }
  return body;
}
