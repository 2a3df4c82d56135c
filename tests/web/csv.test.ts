import { describe, expect, test } from 'vitest';
import { BOM, csvField, toCsv } from '../../src/lib/csv.ts';

describe('CSV fields', () => {
  test.each([
    ['plain text', 'Totaal', 'Totaal'],
    ['a number', 28, '28'],
    ['a decimal number with a point', 7.8, '7.8'],
    ['nothing', null, ''],
    ['a comma', 'a) Via de werkplaats, of niet', '"a) Via de werkplaats, of niet"'],
    ['a quote', 'de "werkplaats"', '"de ""werkplaats"""'],
    ['a line break', 'twee\nregels', '"twee\nregels"'],
    ['a formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a leading plus', '+31 6', "'+31 6"],
    ['a leading at', '@sector', "'@sector"],
    ['a non-finite number', Number.NaN, ''],
    ['accented letters', 'Fryslân één', 'Fryslân één'],
  ])('%s is written as it should be', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('CSV files', () => {
  test('start with the UTF-8 byte order mark and end every line with CRLF', () => {
    const csv = toCsv([
      ['Groep', '% van de 1-metingen'],
      ['Zeer tevreden (9–10)', 28],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Groep,% van de 1-metingen\r\nZeer tevreden (9–10),28\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
