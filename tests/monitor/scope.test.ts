/**
 * resolveScope: the one tenancy rule behind GET /api/v1/monitor/summary and the /monitor dashboard,
 * for every role, as a table.
 */
import { describe, expect, test } from 'vitest';
import {
  formatScope,
  parseScope,
  resolveScope,
  type ScopeResolution,
} from '../../functions/monitor/scope.ts';
import type { ApiKey, Role } from '../../functions/storage/types.ts';

const key = (role: Role, extra: Partial<ApiKey> = {}): ApiKey => ({
  id: `k_${role}`,
  role,
  org: `Test ${role}`,
  slug: null,
  provincie: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  revokedAt: null,
  ...extra,
});

const KEYS = {
  admin: key('admin'),
  provincie: key('provincie', { provincie: 'Overijssel' }),
  ontvanger: key('ontvanger', { slug: 'testwerkplaats-synthetisch' }),
  intermediair: key('intermediair'),
  ontvangerWithoutSlug: key('ontvanger'),
};

const ok = (scope: string): ScopeResolution => ({ ok: true, scope: parseScope(scope)! });
const forbidden: ScopeResolution = { ok: false, reason: 'forbidden' };
const invalid: ScopeResolution = { ok: false, reason: 'invalid' };

describe('resolveScope', () => {
  test.each([
    ['admin', null, ok('landelijk')],
    ['admin', '', ok('landelijk')],
    ['admin', 'landelijk', ok('landelijk')],
    ['admin', 'provincie:Groningen', ok('provincie:Groningen')],
    ['admin', 'initiative:elders', ok('initiative:elders')],
    ['admin', 'gemeente:Enschede', invalid],
    ['provincie', null, ok('provincie:Overijssel')],
    ['provincie', 'provincie:Overijssel', ok('provincie:Overijssel')],
    ['provincie', 'provincie:overijssel', ok('provincie:Overijssel')],
    ['provincie', 'provincie:Groningen', forbidden],
    ['provincie', 'landelijk', forbidden],
    ['provincie', 'initiative:testwerkplaats-synthetisch', forbidden],
    ['ontvanger', null, ok('initiative:testwerkplaats-synthetisch')],
    ['ontvanger', 'initiative:testwerkplaats-synthetisch', ok('initiative:testwerkplaats-synthetisch')],
    ['ontvanger', 'initiative:testwerkplaats-tweede', forbidden],
    ['ontvanger', 'provincie:Overijssel', forbidden],
    ['ontvanger', 'landelijk', forbidden],
    ['ontvanger', 'nonsense', invalid],
    ['ontvangerWithoutSlug', null, forbidden],
    ['intermediair', null, forbidden],
    ['intermediair', 'landelijk', forbidden],
    ['intermediair', 'initiative:testwerkplaats-synthetisch', forbidden],
  ] as const)('%s asking for %j gets %j', (who, raw, expected) => {
    expect(resolveScope(KEYS[who], raw)).toEqual(expected);
  });

  test('a province is written as content/places.ts writes it, so the store filter matches', () => {
    expect(parseScope('provincie:fryslân')).toEqual({ kind: 'provincie', name: 'Fryslân' });
    expect(parseScope('provincie:Nergensland')).toEqual({ kind: 'provincie', name: 'Nergensland' });
  });

  test.each(['landelijk', 'provincie:Noord-Brabant', 'initiative:testwerkplaats-synthetisch'])(
    '%s survives parse and format',
    (raw) => {
      expect(formatScope(parseScope(raw)!)).toBe(raw);
    },
  );
});
