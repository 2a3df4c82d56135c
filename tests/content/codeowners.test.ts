/**
 * The repository enforces per-province review: .github/CODEOWNERS gives every content folder its
 * own rule, owned by that province's editors (and the national team), and no later rule takes it
 * over. The git host then requires their approval before a change to the folder is merged.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDirectory } from '../../content/load.ts';
import { CURATORS, curatorFolder } from '../../content/schema.ts';

interface Rule {
  pattern: string;
  owners: string[];
  line: number;
}

/** The rules of a CODEOWNERS file, in order. */
function parseCodeowners(text: string): Rule[] {
  return text.split('\n').flatMap((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return [];
    const [pattern = '', ...owners] = line.split(/\s+/);
    return [{ pattern, owners, line: index + 1 }];
  });
}

/** Git-style match of one CODEOWNERS pattern against a repository path (no leading slash). */
function matches(pattern: string, path: string): boolean {
  const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/');
  const body = pattern.replace(/^\//, '');
  const directory = body.endsWith('/');
  const glob = (directory ? body.slice(0, -1) : body)
    .split('/')
    .map((segment) =>
      segment
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*/g, '\u0000')
        .replace(/\*/g, '[^/]*')
        .replace(/\u0000/g, '.*'),
    )
    .join('/');
  const prefix = anchored ? '^' : '^(?:.*/)?';
  const suffix = directory ? '/.*$' : '(?:/.*)?$';
  return new RegExp(`${prefix}${glob}${suffix}`).test(path);
}

/** The owners of a path: the last matching rule wins, as on GitHub and GitLab. */
function ownersOf(rules: readonly Rule[], path: string): Rule | undefined {
  return rules.filter((r) => matches(r.pattern, path)).at(-1);
}

function teamOf(folder: string): string {
  return `@loket/redactie-${folder}`;
}

const rules = parseCodeowners(readFileSync('.github/CODEOWNERS', 'utf8'));
const contentFolders = readdirSync('content').filter((f) => statSync(join('content', f)).isDirectory());

describe('the CODEOWNERS matcher used here', () => {
  test.each([
    ['/content/overijssel/', 'content/overijssel/a.md', true],
    ['/content/overijssel/', 'content/overijssel-noord/a.md', false],
    ['/content/overijssel/', 'x/content/overijssel/a.md', false],
    ['/content/*.ts', 'content/schema.ts', true],
    ['/content/*.ts', 'content/overijssel/a.ts', false],
    ['*', 'README.md', true],
    ['*.md', 'docs/a.md', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });
});

describe('.github/CODEOWNERS', () => {
  test('every owner is a team handle like @loket/redactie-overijssel', () => {
    const bad = rules.flatMap((r) => r.owners.filter((o) => !/^@[a-z0-9-]+\/[a-z0-9-]+$/.test(o)));
    expect(bad).toEqual([]);
    expect(rules.every((r) => r.owners.length > 0)).toBe(true);
  });

  test('there is a content folder for every curator, and no other', () => {
    expect([...contentFolders].sort()).toEqual(CURATORS.map(curatorFolder).sort());
  });

  test.each(CURATORS.map((c) => [curatorFolder(c)]))(
    'content/%s/ has its own rule, owned by its team, which no later rule overrides',
    (folder) => {
      const rule = ownersOf(rules, `content/${folder}/nieuw-initiatief.md`);
      expect(rule?.pattern).toBe(`/content/${folder}/`);
      expect(rule?.owners).toContain(teamOf(folder));
    },
  );

  test.each(CURATORS.filter((c) => c !== 'landelijk').map((c) => [curatorFolder(c)]))(
    'content/%s/ is reviewed by its own province or the national team, and by no other province',
    (folder) => {
      const owners = ownersOf(rules, `content/${folder}/x.md`)?.owners ?? [];
      expect([...owners].sort()).toEqual([teamOf(folder), teamOf('landelijk')].sort());
    },
  );

  test('national entries are reviewed by the national team only', () => {
    expect(ownersOf(rules, 'content/landelijk/x.md')?.owners).toEqual([teamOf('landelijk')]);
  });

  test('the schema, which every province depends on, is not owned by a single province', () => {
    const owners = ownersOf(rules, 'content/schema.ts')?.owners ?? [];
    expect(owners).toContain(teamOf('landelijk'));
    expect(owners.filter((o) => o.startsWith('@loket/redactie-') && o !== teamOf('landelijk'))).toEqual([]);
  });

  test('every entry is owned by the team of the curator it names', () => {
    const { initiatives } = loadDirectory();
    expect(initiatives.length).toBeGreaterThan(0);
    const wrong = initiatives.filter((i) => {
      const folder = curatorFolder(i.curated_by);
      return !ownersOf(rules, `content/${folder}/${i.slug}.md`)?.owners.includes(teamOf(folder));
    });
    expect(wrong.map((i) => i.slug)).toEqual([]);
  });
});
