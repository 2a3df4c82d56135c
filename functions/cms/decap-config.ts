/**
 * Generates the Decap CMS configuration of one curator (a province or 'landelijk') from
 * content/schema.ts. The schema decides which fields exist, their types, what is required, the
 * choices, the limits and the error messages; field-texts.ts adds the Dutch label and help text.
 * Nothing about a field is written twice.
 *
 * Scope: the configuration of a curator has one collection, its own folder content/<folder>/,
 * and `curated_by` is a hidden field fixed to that curator, so an editor cannot pick another one.
 */
import { z } from 'zod';
import { CURATORS, InitiativeFileSchema, curatorFolder, type Curator } from '../../content/schema.ts';
import { BODY_TEXT, FIELD_TEXTS, type FieldText } from './field-texts.ts';

/** One field in Decap's configuration (the subset of its options we use). */
export interface DecapField {
  name: string;
  label: string;
  hint?: string;
  widget:
    | 'string'
    | 'text'
    | 'markdown'
    | 'number'
    | 'boolean'
    | 'select'
    | 'list'
    | 'object'
    | 'datetime'
    | 'hidden';
  /** Decap treats a field without `required: false` as required. */
  required: boolean;
  default?: unknown;
  options?: Array<{ label: string; value: string }>;
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  step?: number;
  /** [regular expression, message shown when the value does not match]. */
  pattern?: [string, string];
  fields?: DecapField[];
  collapsed?: boolean;
  label_singular?: string;
  summary?: string;
  date_format?: string;
  time_format?: boolean;
  format?: string;
  picker_utc?: boolean;
  buttons?: string[];
  editor_components?: string[];
  modes?: string[];
}

/** The git host the production editor commits to; see backendFromEnv. */
export interface DecapBackend {
  name: string;
  repo: string;
  branch: string;
  base_url?: string;
  auth_endpoint?: string;
  squash_merges?: boolean;
  commit_messages?: Record<string, string>;
}

export interface DecapCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'md';
  format: 'frontmatter';
  create: boolean;
  delete: boolean;
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  editor: { preview: boolean };
  fields: DecapField[];
}

export interface DecapConfig {
  backend: DecapBackend;
  local_backend: boolean;
  publish_mode: 'editorial_workflow';
  locale: 'nl';
  site_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: DecapCollection[];
}

/** The field every entry keeps current; fixed per configuration. */
const CURATOR_FIELD = 'curated_by';

/** The ISO date rule of the schema (`isoDate`): such strings get a date picker. */
const ISO_DATE_SOURCE = String.raw`^\d{4}-\d{2}-\d{2}$`;

type Unwrapped = { schema: z.ZodTypeAny; optional: boolean; defaultValue?: unknown };

/** Strips optional/default/refinement wrappers, remembering what they said. */
function unwrap(schema: z.ZodTypeAny): Unwrapped {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  let hasDefault = false;
  for (;;) {
    if (current instanceof z.ZodOptional) {
      optional = true;
      current = current.unwrap();
    } else if (current instanceof z.ZodDefault) {
      hasDefault = true;
      defaultValue = current._def.defaultValue();
      current = current.removeDefault();
    } else if (current instanceof z.ZodEffects) {
      current = current.innerType();
    } else {
      break;
    }
  }
  return hasDefault ? { schema: current, optional, defaultValue } : { schema: current, optional };
}

function textFor(path: string): FieldText {
  const text = FIELD_TEXTS[path];
  if (!text)
    throw new Error(`functions/cms/field-texts.ts heeft geen label en uitleg voor het veld "${path}".`);
  return text;
}

function options(values: readonly string[], labels: Readonly<Record<string, string>> = {}) {
  return values.map((value) => ({ label: labels[value] ?? value, value }));
}

function isIsoDate(schema: z.ZodTypeAny): boolean {
  return (
    schema instanceof z.ZodString &&
    schema._def.checks.some((c) => c.kind === 'regex' && c.regex.source === ISO_DATE_SOURCE)
  );
}

/**
 * One Decap `pattern` for a string, from its zod checks, with the schema's own message. A maximum
 * length is left to the check before saving (editor.ts), so each message stays the schema's own.
 */
function stringPattern(schema: z.ZodString): [string, string] | undefined {
  for (const check of schema._def.checks) {
    if (check.kind === 'regex') return [check.regex.source, check.message ?? 'Dit klopt niet.'];
  }
  for (const check of schema._def.checks) {
    if (check.kind === 'url') return [String.raw`^https?:\/\/\S+$`, check.message ?? 'Vul een webadres in.'];
    if (check.kind === 'email')
      return [String.raw`^[^\s@]+@[^\s@]+\.[^\s@]+$`, check.message ?? 'Vul een e-mailadres in.'];
  }
  for (const check of schema._def.checks) {
    if (check.kind === 'min' && check.message) return [String.raw`^[\s\S]{${check.value},}$`, check.message];
  }
  return undefined;
}

function numberLimits(schema: z.ZodNumber): Pick<DecapField, 'min' | 'max' | 'value_type' | 'step'> {
  const limits: Pick<DecapField, 'min' | 'max' | 'value_type' | 'step'> = {
    value_type: 'float',
    step: 0.0001,
  };
  for (const check of schema._def.checks) {
    if (check.kind === 'int') Object.assign(limits, { value_type: 'int', step: 1 });
    if (check.kind === 'min') limits.min = check.value;
    if (check.kind === 'max') limits.max = check.value;
  }
  return limits;
}

/** The Decap field for one schema field at `path` (dotted, list items without index). */
function toField(name: string, path: string, raw: z.ZodTypeAny): DecapField {
  const text = textFor(path);
  const { schema, optional, defaultValue } = unwrap(raw);
  const base = {
    name,
    label: text.label,
    hint: text.hint,
    required: !optional && defaultValue === undefined,
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
  };

  if (schema instanceof z.ZodString) {
    if (isIsoDate(schema)) {
      return {
        ...base,
        widget: 'datetime',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        format: 'YYYY-MM-DD',
      };
    }
    if (text.choices) return { ...base, widget: 'select', options: options(text.choices) };
    const pattern = stringPattern(schema);
    return { ...base, widget: text.widget ?? 'string', ...(pattern ? { pattern } : {}) };
  }
  if (schema instanceof z.ZodNumber) return { ...base, widget: 'number', ...numberLimits(schema) };
  if (schema instanceof z.ZodBoolean) return { ...base, widget: 'boolean' };
  if (schema instanceof z.ZodEnum) {
    return { ...base, widget: 'select', options: options(schema.options as string[], text.optionLabels) };
  }
  if (schema instanceof z.ZodArray) {
    const min = schema._def.minLength?.value;
    const limits = min !== undefined ? { min } : {};
    const item = unwrap(schema.element).schema;
    if (item instanceof z.ZodEnum) {
      const opts = options(item.options as string[], text.optionLabels);
      return { ...base, widget: 'select', multiple: true, options: opts, ...limits };
    }
    if (text.choices)
      return { ...base, widget: 'select', multiple: true, options: options(text.choices), ...limits };
    if (item instanceof z.ZodObject) {
      return {
        ...base,
        widget: 'list',
        collapsed: false,
        label_singular: text.singular ?? text.label.toLowerCase(),
        fields: objectFields(item, path),
        ...limits,
      };
    }
    // A list of free texts: Decap shows one input, values separated by commas.
    return { ...base, widget: 'list', ...limits };
  }
  if (schema instanceof z.ZodObject) {
    return { ...base, widget: 'object', collapsed: optional, fields: objectFields(schema, path) };
  }
  throw new Error(`Het beheer kent het type van veld "${path}" niet (${schema.constructor.name}).`);
}

function objectFields(schema: z.AnyZodObject, parent: string): DecapField[] {
  return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).map(([name, field]) =>
    toField(name, parent ? `${parent}.${name}` : name, field),
  );
}

/** Every field path of the schema, dotted, list items without index: what field-texts.ts must cover. */
export function schemaFieldPaths(): string[] {
  const paths: string[] = [];
  const walk = (schema: z.AnyZodObject, parent: string) => {
    for (const [name, raw] of Object.entries(schema.shape as Record<string, z.ZodTypeAny>)) {
      const path = parent ? `${parent}.${name}` : name;
      paths.push(path);
      const inner = unwrap(raw).schema;
      const item = inner instanceof z.ZodArray ? unwrap(inner.element).schema : inner;
      if (item instanceof z.ZodObject) walk(item, path);
    }
  };
  walk(InitiativeFileSchema, '');
  return paths;
}

/** How a curator is named in the editor: "Overijssel", "het landelijk redactieteam". */
export function curatorLabel(curator: Curator): string {
  return curator === 'landelijk' ? 'het landelijk redactieteam' : curator;
}

/** The fields of the editor of one curator, in the schema's order, with the Markdown body last. */
export function decapFields(curator: Curator): DecapField[] {
  const fields = objectFields(InitiativeFileSchema, '').map((field): DecapField =>
    field.name === CURATOR_FIELD
      ? { name: field.name, label: field.label, widget: 'hidden', required: true, default: curator }
      : field,
  );
  fields.push({
    name: 'body',
    label: BODY_TEXT.label,
    hint: BODY_TEXT.hint,
    widget: 'markdown',
    required: false,
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list'],
    editor_components: [],
    modes: ['rich_text', 'raw'],
  });
  return fields;
}

/** The curator whose editor lives at /beheer/<folder>/, if any. */
export function curatorByFolder(folder: string): Curator | undefined {
  return CURATORS.find((c) => curatorFolder(c) === folder);
}

/** The whole Decap configuration of one curator's editor. */
export function decapConfig(curator: Curator, backend: DecapBackend, siteUrl?: string): DecapConfig {
  const folder = curatorFolder(curator);
  return {
    backend,
    // Only on localhost: Decap then talks to decap-server (npm run cms) instead of the git host.
    local_backend: true,
    // Every save becomes a reviewable change (a pull request on the git host). decap-server's
    // file mode supports no workflow; Decap then saves directly and review happens in git.
    publish_mode: 'editorial_workflow',
    locale: 'nl',
    ...(siteUrl ? { site_url: siteUrl } : {}),
    // Required by Decap; the initiative fields have no images or files.
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'initiatieven',
        label: curator === 'landelijk' ? 'Landelijke initiatieven' : `Initiatieven in ${curator}`,
        label_singular: 'initiatief',
        description: `De initiatieven die ${curatorLabel(curator)} bijhoudt (map content/${folder}/). Een initiatief dat stopt verwijder je niet: zet de status op "Beëindigd".`,
        folder: `content/${folder}`,
        extension: 'md',
        format: 'frontmatter',
        create: true,
        delete: false,
        slug: '{{slug}}',
        identifier_field: 'name',
        summary: '{{name}} — laatst gecontroleerd {{last_checked}}',
        sortable_fields: ['name', 'last_checked', 'kind'],
        editor: { preview: false },
        fields: decapFields(curator),
      },
    ],
  };
}

const BackendEnvSchema = z.object({
  CMS_BACKEND: z
    .enum(['github', 'gitlab', 'gitea', 'forgejo', 'azure', 'bitbucket', 'git-gateway'])
    .default('github'),
  CMS_REPO: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, 'CMS_REPO is eigenaar/repository')
    .default('loket/mkb-digitaal-loket'),
  CMS_BRANCH: z.string().min(1).default('main'),
  CMS_BASE_URL: z.string().url().optional(),
  CMS_AUTH_ENDPOINT: z.string().optional(),
});

/** The production git backend, from build-time environment variables (all optional). */
export function backendFromEnv(env: Record<string, string | undefined>): DecapBackend {
  const e = BackendEnvSchema.parse(env);
  return {
    name: e.CMS_BACKEND,
    repo: e.CMS_REPO,
    branch: e.CMS_BRANCH,
    ...(e.CMS_BASE_URL ? { base_url: e.CMS_BASE_URL } : {}),
    ...(e.CMS_AUTH_ENDPOINT ? { auth_endpoint: e.CMS_AUTH_ENDPOINT } : {}),
    squash_merges: true,
    commit_messages: {
      create: 'Nieuw initiatief: {{slug}} ({{path}})',
      update: 'Initiatief bijgewerkt: {{slug}} ({{path}})',
      delete: 'Initiatief verwijderd: {{slug}} ({{path}})',
      uploadMedia: 'Bestand toegevoegd: {{path}}',
      deleteMedia: 'Bestand verwijderd: {{path}}',
    },
  };
}
