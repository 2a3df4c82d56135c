/**
 * Reads content/ from disk and validates every file with the one schema. Used by
 * `npm run content:check`, the Astro build (which fails on the same report) and the standalone API.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { ZodIssue } from 'zod';
import { CURATORS, InitiativeFileSchema, SLUG_PATTERN, curatorFolder, type Initiative } from './schema.ts';

/** The folder this file lives in: the content root. */
export const CONTENT_DIR = fileURLToPath(new URL('.', import.meta.url));

/** One problem in one file, in words an editor understands. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. content/overijssel/digitale-werkplaats-twente.md. */
  file: string;
  /** Dotted field path, e.g. werkgebied.gemeenten.2; '' for the file as a whole. */
  field: string;
  message: string;
}

export type LoadResult =
  | { ok: true; initiatives: Initiative[] }
  | { ok: false; problems: ContentProblem[]; initiatives: Initiative[] };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits a Markdown file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } | { error: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      error:
        'Het bestand begint niet met een kopblok tussen twee regels "---". Zet de velden bovenaan tussen --- en ---.',
    };
  }
  try {
    return { data: parseYaml(match[1] ?? ''), body: (match[2] ?? '').trim() };
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    return {
      error: `Het kopblok is geen geldige YAML${line ? ` (rond regel ${line + 1})` : ''}: controleer inspringing, dubbele punten en aanhalingstekens.`,
    };
  }
}

/** Turns zod issues into editor-facing problems for one file. */
export function describeIssues(file: string, issues: readonly ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => {
    const field = issue.path.join('.');
    let message = issue.message;
    if (issue.code === 'invalid_type' && issue.received === 'undefined') {
      message =
        `Dit veld ontbreekt en is verplicht. ${issue.message === 'Required' ? '' : issue.message}`.trim();
    } else if (issue.code === 'invalid_type') {
      message = `Verwacht ${dutchType(issue.expected)}, maar gevonden: ${dutchType(issue.received)}.`;
    } else if (issue.code === 'unrecognized_keys') {
      message = `Onbekend veld: ${issue.keys.join(', ')}. Controleer de spelling of verwijder het.`;
    }
    return { file, field, message };
  });
}

function dutchType(type: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'een getal',
    integer: 'een geheel getal',
    boolean: 'true of false',
    array: 'een lijst',
    object: 'een groep velden',
    null: 'niets (leeg)',
    undefined: 'niets',
    date: 'een datum',
  };
  return names[type] ?? type;
}

/** Validates one file's text. `file` is the path used in messages, `folder` its parent folder name. */
export function parseInitiative(
  file: string,
  folder: string,
  text: string,
): { initiative?: Initiative; problems: ContentProblem[] } {
  const slug = basename(file, '.md');
  const problems: ContentProblem[] = [];
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      file,
      field: '',
      message: `De bestandsnaam "${slug}" is ook het webadres: gebruik alleen kleine letters, cijfers en streepjes.`,
    });
  }
  const split = splitFrontmatter(text);
  if ('error' in split) return { problems: [...problems, { file, field: '', message: split.error }] };
  const parsed = InitiativeFileSchema.safeParse(split.data ?? {});
  if (!parsed.success) return { problems: [...problems, ...describeIssues(file, parsed.error.issues)] };
  const data = parsed.data;
  if (curatorFolder(data.curated_by) !== folder) {
    problems.push({
      file,
      field: 'curated_by',
      message: `Dit bestand staat in de map "${folder}", maar curated_by is "${data.curated_by}". Zet het bestand in content/${curatorFolder(data.curated_by)}/ of pas curated_by aan.`,
    });
  }
  if (problems.length > 0) return { problems };
  return { initiative: { ...data, slug, body: split.body }, problems };
}

/** Reads and validates every content/<folder>/<slug>.md. Never throws for content errors. */
export function loadDirectory(root: string = CONTENT_DIR): LoadResult {
  const problems: ContentProblem[] = [];
  const initiatives: Initiative[] = [];
  const allowed = new Set(CURATORS.map(curatorFolder));
  const projectRoot = join(root, '..');
  const seen = new Map<string, string>();
  for (const folder of readdirSync(root).sort()) {
    const dir = join(root, folder);
    if (!statSync(dir).isDirectory()) continue;
    const rel = (f: string) => relative(projectRoot, join(dir, f));
    if (!allowed.has(folder)) {
      problems.push({
        file: relative(projectRoot, dir),
        field: '',
        message: `Onbekende map. Gebruik één van: ${[...allowed].join(', ')}.`,
      });
      continue;
    }
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md')) continue;
      const file = rel(name);
      const result = parseInitiative(file, folder, readFileSync(join(dir, name), 'utf8'));
      problems.push(...result.problems);
      if (!result.initiative) continue;
      const other = seen.get(result.initiative.slug);
      if (other) {
        problems.push({
          file,
          field: '',
          message: `Dezelfde bestandsnaam bestaat al in ${other}. Elke naam mag maar één keer voorkomen.`,
        });
        continue;
      }
      seen.set(result.initiative.slug, file);
      initiatives.push(result.initiative);
    }
  }
  return problems.length > 0 ? { ok: false, problems, initiatives } : { ok: true, initiatives };
}

/** The report printed by content:check and by a failing build. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = [`De inhoud bevat ${problems.length} fout${problems.length === 1 ? '' : 'en'}:`, ''];
  for (const p of problems) {
    lines.push(`  ${p.file}`);
    lines.push(`    veld: ${p.field || '(hele bestand)'}`);
    lines.push(`    ${p.message}`);
    lines.push('');
  }
  return lines.join('\n');
}
