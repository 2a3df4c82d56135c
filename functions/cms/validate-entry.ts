/**
 * The check the browser editor runs just before it saves: the entry's fields go through the same
 * InitiativeFileSchema as `npm run content:check` and the build, so an entry that the editor saves
 * also passes the build. Pure: runs in the browser (editor.ts) and in the tests.
 */
import type { ZodIssue } from 'zod';
import { InitiativeFileSchema, curatorFolder, type Curator } from '../../content/schema.ts';
import { BODY_TEXT, FIELD_TEXTS } from './field-texts.ts';

type Path = Array<string | number>;

/** One reason the entry cannot be saved, in words an editor understands. */
export interface EntryProblem {
  /** Where in the entry, e.g. ['werkgebied', 'gemeenten', 2]. */
  path: Path;
  /** The field as the editor shows it, e.g. "Werkgebied › Gemeenten (3e)". */
  field: string;
  message: string;
}

/** Blank texts, nothing at all, and groups whose every field is like that. Lists never are. */
function becomesEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (isPlainObject(value)) return Object.values(value).every(becomesEmpty);
  return false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Paths of values an editor left empty: blank texts, and groups with nothing filled in (a contact
 * block whose only field was cleared). List items come last-to-first, so deleting the paths in
 * this order keeps the remaining ones valid. Lists themselves stay, also when empty: that is valid.
 */
export function emptyPaths(value: unknown, at: Path = []): Path[] {
  const paths: Path[] = [];
  const visit = (inner: unknown, path: Path) => {
    if (becomesEmpty(inner)) paths.push(path);
    else paths.push(...emptyPaths(inner, path));
  };
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) visit(value[i], [...at, i]);
  } else if (isPlainObject(value)) {
    for (const [key, inner] of Object.entries(value)) visit(inner, [...at, key]);
  }
  return paths;
}

/** The value with every path from emptyPaths removed (what the editor writes to the file). */
export function withoutEmpty<T>(value: T): T {
  const copy = structuredClone(value);
  for (const path of emptyPaths(copy)) deletePath(copy, path);
  return copy;
}

function deletePath(root: unknown, path: Path): void {
  let parent: unknown = root;
  for (const segment of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return;
    parent = (parent as Record<string | number, unknown>)[segment];
  }
  const last = path[path.length - 1];
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (parent !== null && typeof parent === 'object' && last !== undefined) {
    delete (parent as Record<string | number, unknown>)[last];
  }
}

/** "Werkgebied › Gemeenten (3e)" for ['werkgebied', 'gemeenten', 2]. */
export function fieldName(path: Path): string {
  if (path.length === 1 && path[0] === 'body') return BODY_TEXT.label;
  const parts: string[] = [];
  const keys: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') {
      parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''} (${segment + 1}e)`;
      continue;
    }
    keys.push(segment);
    parts.push(FIELD_TEXTS[keys.join('.')]?.label ?? segment);
  }
  return parts.join(' › ') || 'Het hele initiatief';
}

function describe(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return issue.message === 'Required'
      ? 'Dit veld is verplicht.'
      : `Dit veld is verplicht. ${issue.message}`;
  }
  if (issue.code === 'invalid_type') return 'Dit veld heeft de verkeerde vorm. Vul het opnieuw in.';
  if (issue.code === 'unrecognized_keys') return `Onbekend veld: ${issue.keys.join(', ')}.`;
  return issue.message;
}

/**
 * Every reason `data` (the entry as the editor holds it, body included) cannot be saved by the
 * editor of `curator`; empty when it can.
 */
export function entryProblems(data: unknown, curator: Curator): EntryProblem[] {
  const cleaned = withoutEmpty(data);
  const fields = isPlainObject(cleaned) ? { ...cleaned } : {};
  delete fields.body;
  const parsed = InitiativeFileSchema.safeParse(fields);
  const problems: EntryProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path,
        field: fieldName(issue.path),
        message: describe(issue),
      }));
  if (parsed.success && parsed.data.curated_by !== curator) {
    problems.push({
      path: ['curated_by'],
      field: fieldName(['curated_by']),
      message: `Dit beheer is van ${curator === 'landelijk' ? 'het landelijk redactieteam' : curator}: je kunt hier alleen initiatieven opslaan die jij bijhoudt (map content/${curatorFolder(curator)}/).`,
    });
  }
  return problems;
}

/** The message the editor shows when saving is refused. */
export function problemsText(problems: readonly EntryProblem[]): string {
  const lines = problems.map((p) => `${p.field}: ${p.message}`);
  return `Dit initiatief is nog niet goed. ${lines.join(' ')}`;
}
