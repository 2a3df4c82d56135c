/** The questionnaires against appendix II, and their API schemas. */
import { describe, expect, test } from 'vitest';
import {
  EENMETING,
  EenmetingSchema,
  NULMETING,
  NulmetingSchema,
  continuesDigitalising,
} from '../../functions/monitor/questionnaires.ts';
import { MIN_SECTOR_GROUP, POOLED_SECTOR, percent, summarise } from '../../functions/monitor/summary.ts';
import { eenmeting, metingen2020, nulmeting } from './helpers.ts';

describe('the questionnaires follow appendix II', () => {
  test.each([
    ['0-meting q1', NULMETING.q1.options, 9, 'Via sociale media', 7],
    ['0-meting q4', NULMETING.q4.options, 8, 'Ik wil wel maar de financiële mogelijkheden ontbreken.', 7],
    ['0-meting q5', NULMETING.q5.options, 6, 'Een concreet opgeleverd advies/ stappenplan of product', 5],
    [
      '1-meting q1',
      EENMETING.q1.statements,
      7,
      'Er is een concreet advies/stappenplan of product opgeleverd.',
      6,
    ],
    ['1-meting q5', EENMETING.q5.options, 10, 'Er worden geen aanvullende stappen gezet', 8],
  ])('%s has %#: the report’s options in order, lettered a..', (_name, options, count, text, index) => {
    expect(options).toHaveLength(count);
    expect(options.map((o) => o.letter).join('')).toBe('abcdefghij'.slice(0, count));
    expect(options[index]!.text).toBe(text);
  });

  test('the 1-meting statements use helemaal eens … helemaal oneens, coded 5 … 1', () => {
    expect(EENMETING.q1.scale.map((s) => `${s.value}:${s.text}`)).toEqual([
      '5:helemaal eens',
      '4:eens',
      '3:neutraal',
      '2:oneens',
      '1:helemaal oneens',
    ]);
  });
});

describe('the API schemas', () => {
  test.each([
    ['a valid 0-meting', NulmetingSchema, nulmeting(), true],
    ['q1 j', NulmetingSchema, { ...nulmeting(), q1: 'j' }, false],
    ['q3 0', NulmetingSchema, { ...nulmeting(), q3: 0 }, false],
    ['q3 7.5', NulmetingSchema, { ...nulmeting(), q3: 7.5 }, false],
    ['q4 empty', NulmetingSchema, { ...nulmeting(), q4: [] }, false],
    ['q4 twice a', NulmetingSchema, { ...nulmeting(), q4: ['a', 'a'] }, false],
    ['q5 g (the report’s misprinted "Vraag 6")', NulmetingSchema, { ...nulmeting(), q5: 'g' }, false],
    ['an unknown field', NulmetingSchema, { ...nulmeting(), q7: 'x' }, false],
    ['a valid 1-meting', EenmetingSchema, eenmeting(), true],
    ['q1 h', EenmetingSchema, { ...eenmeting(), q1: { ...eenmeting().q1, h: 3 } }, false],
    ['q1 a 0', EenmetingSchema, { ...eenmeting(), q1: { ...eenmeting().q1, a: 0 } }, false],
    ['q2 11', EenmetingSchema, { ...eenmeting(), q2: 11 }, false],
    ['q5 k', EenmetingSchema, { ...eenmeting(), q5: ['k'] }, false],
    ['q5 h without text', EenmetingSchema, { ...eenmeting(), q5: ['h'] }, false],
    ['q5 h with text', EenmetingSchema, { ...eenmeting(), q5: ['h'], q5_anders: 'Iets anders' }, true],
    ['q5_anders without h', EenmetingSchema, { ...eenmeting(), q5_anders: 'Iets anders' }, false],
  ] as const)('%s is %s', (_name, schema, body, ok) => {
    expect(schema.safeParse(body).success).toBe(ok);
  });
});

describe('the figures', () => {
  test.each([
    [9, 32, 28],
    [15, 32, 47],
    [5, 32, 16],
    [3, 32, 9],
    [29, 32, 91],
    [0, 0, 0],
    [1, 3, 33],
  ])('%i of %i is %i %%', (n, total, expected) => {
    expect(percent(n, total)).toBe(expected);
  });

  test.each([
    [['a'], true],
    [['i'], false],
    [['j'], false],
    [['i', 'j'], false],
    [['h', 'j'], true],
  ] as const)('q5 %j goes on digitalising: %s', (q5, expected) => {
    expect(continuesDigitalising({ q5: [...q5] })).toBe(expected);
  });

  test('the 2020 distribution gives the report’s own figures', () => {
    const figures = summarise(
      [],
      metingen2020().map((answers) => ({ answers })),
    );
    expect(figures.tevredenheid).toEqual({ zeer_tevreden: 28, tevreden: 47, neutraal: 16, ontevreden: 9 });
    expect(figures.doorgaan_met_digitaliseren).toBe(91);
  });

  test('sectors with fewer than 5 0-metingen are counted together, never shown on their own', () => {
    expect(MIN_SECTOR_GROUP).toBe(5);
    const nul = [
      ...Array.from({ length: 5 }, () => ({ sector: 'Detailhandel ', answers: nulmeting({ q1: 'a' }) })),
      ...Array.from({ length: 2 }, () => ({ sector: 'horeca', answers: nulmeting({ q1: 'b' }) })),
      { sector: 'bouw', answers: nulmeting({ q1: 'c' }) },
      { sector: null, answers: nulmeting({ q1: 'c' }) },
    ];
    const perSector = summarise(nul, []).nulmeting_per_sector;
    expect(Object.keys(perSector).sort()).toEqual(['detailhandel', POOLED_SECTOR]);
    expect(perSector.detailhandel!.respondents).toBe(5);
    expect(perSector.detailhandel!.hoe_gevonden.a).toBe(5);
    expect(perSector[POOLED_SECTOR]!.respondents).toBe(4);
    expect(perSector[POOLED_SECTOR]!.hoe_gevonden).toMatchObject({ a: 0, b: 2, c: 2 });
  });

  test('a single small sector is not named either', () => {
    const perSector = summarise([{ sector: 'visserij', answers: nulmeting() }], []).nulmeting_per_sector;
    expect(Object.keys(perSector)).toEqual([POOLED_SECTOR]);
    expect(JSON.stringify(perSector)).not.toContain('visserij');
  });

  test('no respondents: zeros and no mean', () => {
    const figures = summarise([], []);
    expect(figures.tevredenheid.tevreden).toBe(0);
    expect(figures.aanbevelingscijfer_gemiddeld).toBeNull();
  });
});
