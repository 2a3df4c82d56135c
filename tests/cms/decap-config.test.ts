/**
 * The Decap configuration is generated from content/schema.ts: every schema field is in it with a
 * Dutch label and help text, types and rules follow the schema, and each curator gets only its own
 * folder with curated_by fixed.
 */
import { describe, expect, test } from 'vitest';
import { CURATORS, curatorFolder } from '../../content/schema.ts';
import {
  backendFromEnv,
  curatorByFolder,
  decapConfig,
  decapFields,
  schemaFieldPaths,
  type DecapField,
} from '../../functions/cms/decap-config.ts';
import { FIELD_TEXTS } from '../../functions/cms/field-texts.ts';

/** Every generated field by dotted path (list items without index). */
function byPath(fields: readonly DecapField[], parent = ''): Map<string, DecapField> {
  const map = new Map<string, DecapField>();
  for (const field of fields) {
    const path = parent ? `${parent}.${field.name}` : field.name;
    map.set(path, field);
    for (const [p, f] of byPath(field.fields ?? [], path)) map.set(p, f);
  }
  return map;
}

const fields = byPath(decapFields('Overijssel'));

describe('field texts', () => {
  test('every schema field has a Dutch label and help text', () => {
    const missing = schemaFieldPaths().filter((p) => !FIELD_TEXTS[p]?.label || !FIELD_TEXTS[p]?.hint);
    expect(missing).toEqual([]);
  });

  test('no text describes a field the schema does not have', () => {
    const paths = new Set(schemaFieldPaths());
    expect(Object.keys(FIELD_TEXTS).filter((p) => !paths.has(p))).toEqual([]);
  });

  test('every schema field is in the editor, plus the Markdown body', () => {
    expect([...fields.keys()].sort()).toEqual([...schemaFieldPaths(), 'body'].sort());
  });

  test('every field but the fixed curator shows its help text', () => {
    const withoutHint = [...fields].filter(([p, f]) => p !== 'curated_by' && !f.hint).map(([p]) => p);
    expect(withoutHint).toEqual([]);
  });
});

describe('fields follow the schema', () => {
  test.each([
    ['name', { widget: 'string', required: true, pattern: ['^[\\s\\S]{2,}$', 'Vul de naam in.'] }],
    ['summary', { widget: 'text', required: true }],
    ['kind', { widget: 'select', required: true }],
    ['themes', { widget: 'select', multiple: true, required: true, min: 1 }],
    ['offer', { widget: 'select', multiple: true, required: false, default: [] }],
    ['werkgebied', { widget: 'object', required: true }],
    ['werkgebied.landelijk', { widget: 'boolean', required: false, default: false }],
    ['werkgebied.gemeenten', { widget: 'select', multiple: true, required: false }],
    ['locations', { widget: 'list', required: false, default: [], label_singular: 'locatie' }],
    ['locations.lat', { widget: 'number', value_type: 'float', min: 50.7, max: 53.6, required: true }],
    ['firm_size', { widget: 'object', required: false, collapsed: true }],
    ['firm_size.min', { widget: 'number', value_type: 'int', min: 0, required: false }],
    ['started', { widget: 'number', value_type: 'int', min: 1990, max: 2100, required: false }],
    ['kvk', { widget: 'string', required: false, pattern: ['^\\d{8}$', 'Een KVK-nummer heeft 8 cijfers.'] }],
    ['website', { widget: 'string', required: false }],
    ['contact.email', { widget: 'string', required: false }],
    ['last_checked', { widget: 'datetime', required: true, format: 'YYYY-MM-DD', time_format: false }],
    ['sources', { widget: 'list', required: true, min: 1, label_singular: 'bron' }],
    ['sources.accessed', { widget: 'datetime', required: false }],
    ['sectors', { widget: 'list', required: false, default: [] }],
  ])('%s', (path, expected) => {
    expect(fields.get(path)).toMatchObject(expected);
  });

  test('enum choices carry the site’s Dutch labels and the schema’s values', () => {
    expect(fields.get('kind')?.options).toContainEqual({ label: 'Digitale Werkplaats', value: 'werkplaats' });
    expect(fields.get('availability.status')?.options?.map((o) => o.value)).toEqual([
      'open',
      'vol',
      'gesloten',
      'beeindigd',
      'onbekend',
    ]);
  });

  test('gemeenten are chosen from the 2025 list the schema checks against', () => {
    const values = fields.get('werkgebied.gemeenten')?.options?.map((o) => o.value) ?? [];
    expect(values).toHaveLength(342);
    expect(values).toContain('Hengelo (O.)');
    expect(fields.get('locations.gemeente')?.options).toHaveLength(342);
  });

  test('the URL pattern accepts web addresses and rejects other text', () => {
    const [pattern, message] = fields.get('website')?.pattern ?? ['', ''];
    expect(new RegExp(pattern).test('https://www.example.nl/pad')).toBe(true);
    expect(new RegExp(pattern).test('www.example.nl')).toBe(false);
    expect(message).toMatch(/https:\/\//);
  });
});

describe('per-curator scope', () => {
  test.each(CURATORS.map((c) => [c]))('%s gets only its own folder, with curated_by fixed', (curator) => {
    const config = decapConfig(curator, backendFromEnv({}));
    expect(config.collections).toHaveLength(1);
    const [collection] = config.collections;
    expect(collection?.folder).toBe(`content/${curatorFolder(curator)}`);
    expect(collection?.fields.find((f) => f.name === 'curated_by')).toEqual({
      name: 'curated_by',
      label: 'Bijgehouden door',
      widget: 'hidden',
      required: true,
      default: curator,
    });
    expect(collection?.delete).toBe(false);
  });

  test('a province’s editor offers no other curator anywhere in its configuration', () => {
    const text = JSON.stringify(
      decapConfig('Overijssel', backendFromEnv({})).collections[0]?.fields.find(
        (f) => f.name === 'curated_by',
      ),
    );
    expect(text).not.toMatch(/Gelderland|landelijk/);
  });

  test('every folder name leads back to its curator', () => {
    expect(CURATORS.map((c) => curatorByFolder(curatorFolder(c)))).toEqual([...CURATORS]);
    expect(curatorByFolder('onbekend')).toBeUndefined();
  });

  test('changes go through review on the git host', () => {
    const config = decapConfig('Utrecht', backendFromEnv({}));
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toBe(true);
    expect(config.locale).toBe('nl');
  });
});

describe('backendFromEnv', () => {
  test('defaults to GitHub on main', () => {
    expect(backendFromEnv({})).toMatchObject({
      name: 'github',
      repo: 'loket/mkb-digitaal-loket',
      branch: 'main',
    });
  });

  test('takes the git host from CMS_* variables', () => {
    const backend = backendFromEnv({
      CMS_BACKEND: 'gitlab',
      CMS_REPO: 'provincies/loket',
      CMS_BRANCH: 'productie',
      CMS_BASE_URL: 'https://auth.example.nl',
    });
    expect(backend).toMatchObject({
      name: 'gitlab',
      repo: 'provincies/loket',
      branch: 'productie',
      base_url: 'https://auth.example.nl',
    });
  });

  test('rejects an unknown git host', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'ftp' })).toThrow();
  });
});
