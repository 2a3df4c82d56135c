import { describe, expect, test } from 'vitest';
import { GEMEENTEN } from '../../content/places.ts';
import { distanceKm, lookupPostcode, parsePc4Csv, parsePostcode } from '../../functions/core/postcode.ts';
import { loadPostcodes } from '../../functions/data.ts';

describe('parsePostcode', () => {
  test.each([
    ['7511', '7511', undefined],
    ['7511 AB', '7511', 'AB'],
    ['7511ab', '7511', 'AB'],
    [' 7511  ab ', '7511', 'AB'],
    ['1012', '1012', undefined],
    ['9999 zz', '9999', 'ZZ'],
  ])('"%s" is PC4 %s with letters %s', (input, pc4, letters) => {
    const parsed = parsePostcode(input);
    expect(parsed).toEqual(letters ? { ok: true, pc4, letters } : { ok: true, pc4 });
  });

  test.each([
    ['', /Vul een postcode in/],
    ['   ', /Vul een postcode in/],
    ['0751', /vier cijfers \(niet beginnend met 0\)/],
    ['751', /vier cijfers/],
    ['75111', /vier cijfers/],
    ['7511 A', /vier cijfers/],
    ['7511-AB', /vier cijfers/],
    ['Enschede', /vier cijfers/],
    ['7511 SS', /SS komt in Nederlandse postcodes niet voor.*7511/],
    ['7511sa', /SA komt/],
  ])('"%s" is refused with a Dutch explanation of what to type', (input, detail) => {
    const parsed = parsePostcode(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.detail).toMatch(detail);
  });
});

describe('parsePc4Csv', () => {
  test('reads quoted gemeente names that contain a comma', () => {
    const table = parsePc4Csv(
      'postcode,lat,lon,gemeente,provincie\n5671,51.46,5.56,"Nuenen, Gerwen en Nederwetten",Noord-Brabant\n',
    );
    expect(table.get('5671')).toEqual({
      pc4: '5671',
      lat: 51.46,
      lon: 5.56,
      gemeente: 'Nuenen, Gerwen en Nederwetten',
      provincie: 'Noord-Brabant',
    });
  });

  test('skips empty and incomplete lines', () => {
    const table = parsePc4Csv(
      'postcode,lat,lon,gemeente,provincie\n\n1011,52.3,4.9,Amsterdam\n1012,52.3,4.9,Amsterdam,Noord-Holland\r\n',
    );
    expect([...table.keys()]).toEqual(['1012']);
  });
});

describe('data/pc4.csv', () => {
  const table = loadPostcodes();
  const places = new Map(GEMEENTEN.map(([g, p]) => [g, p]));

  test('holds the 4,067 PC4 areas of the source', () => {
    expect(table.size).toBe(4067);
  });

  test('names only 2025 gemeenten, each in its own provincie, with coordinates inside the Netherlands', () => {
    const wrong = [...table.values()].filter(
      (a) =>
        places.get(a.gemeente) !== a.provincie ||
        !(a.lat > 50.7 && a.lat < 53.6 && a.lon > 3.3 && a.lon < 7.3),
    );
    expect(wrong).toEqual([]);
  });
});

describe('lookupPostcode', () => {
  const table = loadPostcodes();

  test.each([
    ['7511 AB', 'Enschede'],
    ['1012', 'Amsterdam'],
    ['5211ab', "'s-Hertogenbosch"],
  ])('"%s" lies in %s', (input, gemeente) => {
    const found = lookupPostcode(table, input);
    expect(found.ok && found.area.gemeente).toBe(gemeente);
  });

  test('a malformed postcode is reported as malformed', () => {
    expect(lookupPostcode(table, 'abc')).toMatchObject({ ok: false, reason: 'malformed' });
  });

  test('a well-formed postcode that is not in the table (5028 has no area) is reported as unknown', () => {
    const found = lookupPostcode(table, '5028 AA');
    expect(found).toMatchObject({ ok: false, reason: 'unknown' });
    if (!found.ok) expect(found.detail).toMatch(/5028.*postcode van een adres in de buurt/);
  });
});

describe('distanceKm', () => {
  // Reference distances as the crow flies, rounded to whole km; toBeCloseTo(…, -1) allows ±5 km.
  test.each([
    [
      'Amsterdam 1012 and Enschede 7511',
      138,
      { lat: 52.37456, lon: 4.89604 },
      { lat: 52.22015, lon: 6.90064 },
    ],
    [
      'Groningen 9711 and Maastricht 6211',
      270,
      { lat: 53.21627, lon: 6.56934 },
      { lat: 50.85035, lon: 5.68967 },
    ],
    ['one degree of latitude', 111, { lat: 52, lon: 5 }, { lat: 53, lon: 5 }],
  ])('between %s is about %s km, either way round', (_, km, a, b) => {
    expect(distanceKm(a, b)).toBeCloseTo(km, -1);
    expect(distanceKm(b, a)).toBeCloseTo(distanceKm(a, b), 9);
  });

  test('a point is 0 km from itself', () => {
    expect(distanceKm({ lat: 52, lon: 5 }, { lat: 52, lon: 5 })).toBe(0);
  });
});
