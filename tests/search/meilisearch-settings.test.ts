/**
 * The parts of the Meilisearch adapter that need no server: documents, filter expressions and the
 * Dutch index settings. The adapter's behaviour against a server is the contract suite.
 */
import { describe, expect, test } from 'vitest';
import { SYNONYM_GROUPS } from '../../functions/core/synonyms.ts';
import {
  meilisearchFilter,
  meilisearchSettings,
  toMeilisearchDocuments,
} from '../../functions/search/meilisearch.ts';
import { syntheticDirectory } from './synthetic-directory.ts';

const bySlug = new Map(syntheticDirectory().map((i) => [i.slug, i]));

describe('toMeilisearchDocuments', () => {
  test('gives one document per location, each with its own _geo and the shared slug', () => {
    const docs = toMeilisearchDocuments(bySlug.get('testwerkplaats-twee-locaties')!);
    expect(docs.map((d) => [d.id, d.slug, d._geo])).toEqual([
      ['testwerkplaats-twee-locaties--0', 'testwerkplaats-twee-locaties', { lat: 50.851, lng: 5.691 }],
      ['testwerkplaats-twee-locaties--1', 'testwerkplaats-twee-locaties', { lat: 52.512, lng: 6.094 }],
    ]);
  });

  test('gives one document without _geo to an initiative without locations', () => {
    const docs = toMeilisearchDocuments(bySlug.get('testloket-overijssel')!);
    expect(docs).toHaveLength(1);
    expect(docs[0]).not.toHaveProperty('_geo');
    expect(docs[0]).toMatchObject({
      id: 'testloket-overijssel--0',
      kind: 'loket',
      provincies: ['Overijssel'],
    });
  });

  test('lists every provincie for a landelijk initiative, so the provincie filter finds it', () => {
    const [doc] = toMeilisearchDocuments(bySlug.get('testkenniscentrum-nederland')!);
    expect(doc!.provincies).toHaveLength(12);
    expect(doc!.landelijk).toBe(true);
  });
});

describe('meilisearchFilter', () => {
  test.each([
    [{}, []],
    [{ kind: ['werkplaats', 'loket'] as const }, ['kind IN ["werkplaats", "loket"]']],
    [{ theme: ['ai'] as const }, ['themes IN ["ai"]']],
    [{ provincie: ['Fryslân'] as const }, ['provincies IN ["Fryslân"]']],
    [
      { gemeente: ["'s-Gravenhage"] },
      ['(landelijk = true OR gemeenten IN ["\'s-Gravenhage"] OR werkgebied_provincies IN ["Zuid-Holland"])'],
    ],
    [
      { kind: ['subsidie'] as const, gemeente: ['Zwolle', 'Enschede'] },
      [
        'kind IN ["subsidie"]',
        '(landelijk = true OR gemeenten IN ["Zwolle", "Enschede"] OR werkgebied_provincies IN ["Overijssel"])',
      ],
    ],
  ])('%j becomes %j', (filters, expected) => {
    expect(meilisearchFilter(filters)).toEqual(expected);
  });

  test('escapes quotes and backslashes inside values', () => {
    expect(meilisearchFilter({ gemeente: ['a"b\\c'] })).toEqual([
      '(landelijk = true OR gemeenten IN ["a\\"b\\\\c"])',
    ]);
  });
});

describe('meilisearchSettings', () => {
  const settings = meilisearchSettings();

  test('makes every filter and the distance sort possible', () => {
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        'kind',
        'themes',
        'provincies',
        'werkgebied_provincies',
        'gemeenten',
        'landelijk',
        '_geo',
      ]),
    );
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(['_geo', 'sort_name']));
    expect(settings.distinctAttribute).toBe('slug');
    expect(settings.rankingRules?.[0]).toBe('sort');
  });

  test('is Dutch: Dutch tokenisation, Dutch stop words, the typo budget of the in-process index', () => {
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: ['nld'] }]);
    expect(settings.stopWords).toContain('het');
    expect(settings.typoTolerance).toMatchObject({ minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } });
  });

  test('takes its synonyms from the shared list: each form maps to the other forms of its group', () => {
    const synonyms = settings.synonyms!;
    expect(synonyms.webshop).toEqual(expect.arrayContaining(['webwinkel', 'online store']));
    expect(synonyms.webwinkel).toContain('webshop');
    expect(synonyms['online store']).toContain('webwinkel');
    const group = SYNONYM_GROUPS.find((g) => g.key === 'phishing')!;
    for (const form of group.nl)
      expect(synonyms[form]).toEqual(expect.arrayContaining(group.nl.filter((f) => f !== form)));
  });
});
