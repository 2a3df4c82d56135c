/**
 * A broken content file fails `npm run content:check` and the Astro build with the same report,
 * naming file and field. Runs the real commands against a synthetic content tree.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const BROKEN = `---
name: Testinitiatief Kapot
kind: hackathon
summary: Een synthetisch testinitiatief met een fout erin, alleen voor de tests.
themes: data
werkgebied:
  gemeenten: [Hengelo]
availability:
  status: open
curated_by: Drenthe
last_checked: 2026-11-01
checked_by: Testteam
sources:
  - url: https://example.invalid/bron
    supports: naam
---
`;

function brokenTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'broken-content-'));
  mkdirSync(join(root, 'drenthe'));
  writeFileSync(join(root, 'drenthe', 'testinitiatief-kapot.md'), BROKEN);
  return root;
}

function run(command: string, args: string[], contentDir: string) {
  const result = spawnSync(command, args, {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('broken content', () => {
  const dir = brokenTree();

  test.each([
    ['content:check', 'npx', ['tsx', 'scripts/content-check.ts']],
    ['the Astro build (content sync)', 'npx', ['astro', 'sync']],
  ])(
    '%s fails and names file and fields',
    (_name, command, args) => {
      const { status, output } = run(command, args, dir);
      expect(status).not.toBe(0);
      expect(output).toContain('drenthe/testinitiatief-kapot.md');
      expect(output).toMatch(/veld: kind\n\s+Kies één soort uit/);
      expect(output).toMatch(/veld: themes\n\s+Verwacht een lijst/);
      expect(output).toMatch(/veld: werkgebied\.gemeenten\.0\n\s+"Hengelo" is geen gemeente/);
    },
    120_000,
  );
});
