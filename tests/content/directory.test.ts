/** The real directory in content/: complete, valid, and consistent with the reference data. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadDirectory, formatProblems } from '../../content/load.ts';
import { GEMEENTEN, PROVINCIES } from '../../content/places.ts';
import { KINDS } from '../../content/schema.ts';

const result = loadDirectory();
const directory = result.initiatives;

describe('content/', () => {
  test('every file is valid', () => {
    expect(result.ok ? '' : formatProblems(result.problems)).toBe('');
  });

  test('holds at least 60 real initiatives', () => {
    expect(directory.length).toBeGreaterThanOrEqual(60);
  });

  test.each(KINDS)('has at least one active entry of kind %s', (kind) => {
    expect(directory.some((i) => i.kind === kind && i.availability.status !== 'beeindigd')).toBe(true);
  });

  test.each([
    'mkb-digital-workspace',
    'werkplaats-online-ondernemen',
    'digitale-werkplaats-twente',
    'mkb-datalab-limburg',
    'digitale-werkplaats-noordoost-brabant',
    'digitale-werkplaats-arnhem-nijmegen',
  ])('has the first-six werkplaats %s, with a location', (slug) => {
    const entry = directory.find((i) => i.slug === slug);
    expect(entry?.kind).toBe('werkplaats');
    expect(entry?.locations.length).toBeGreaterThan(0);
  });

  test('every werkplaats has a location for the finder', () => {
    const missing = directory
      .filter((i) => i.kind === 'werkplaats' && i.locations.length === 0)
      .map((i) => i.slug);
    expect(missing).toEqual([]);
  });

  test('every entry has sources and a last-checked date', () => {
    for (const i of directory) {
      expect(i.sources.length, i.slug).toBeGreaterThan(0);
      expect(i.last_checked, i.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('no entry is checked in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(directory.filter((i) => i.last_checked > today).map((i) => i.slug)).toEqual([]);
  });

  test('a location gemeente lies in the province the coordinates are in (within 40 km of its PC4 centroids)', () => {
    const pc4 = readFileSync('data/pc4.csv', 'utf8').split('\n').slice(1).filter(Boolean);
    const centre = new Map<string, { lat: number; lon: number; n: number }>();
    for (const line of pc4) {
      const m = /^(\d{4}),([\d.]+),([\d.]+),("?)(.+)\4,([^,]+)$/.exec(line);
      if (!m) continue;
      const c = centre.get(m[5]!) ?? { lat: 0, lon: 0, n: 0 };
      c.lat += Number(m[2]);
      c.lon += Number(m[3]);
      c.n++;
      centre.set(m[5]!, c);
    }
    for (const i of directory) {
      for (const l of i.locations) {
        const c = centre.get(l.gemeente)!;
        const dLat = Math.abs(c.lat / c.n - l.lat) * 111;
        const dLon = Math.abs(c.lon / c.n - l.lon) * 68;
        expect(Math.hypot(dLat, dLon), `${i.slug} ${l.gemeente}`).toBeLessThan(40);
      }
    }
  });
});

describe('content/places.ts', () => {
  test('matches the 2025 division in data/gemeenten.geojson', () => {
    const geo = JSON.parse(readFileSync('data/gemeenten.geojson', 'utf8')) as {
      features: Array<{ properties: { statnaam: string; provincie: string } }>;
    };
    const fromGeo = geo.features.map((f) => [f.properties.statnaam, f.properties.provincie]).sort();
    expect([...GEMEENTEN].map(([n, p]) => [n, p]).sort()).toEqual(fromGeo);
    expect(GEMEENTEN).toHaveLength(342);
    expect(new Set(GEMEENTEN.map(([, p]) => p))).toEqual(new Set(PROVINCIES));
  });
});
