/**
 * The finder map's base layer: data/gemeenten.geojson and data/provincies.geojson, served as static
 * files (prerendered) so the map needs no tile server. Only the properties the map uses are kept, and
 * coordinates are rounded to 4 decimals (about 10 m, finer than the generalised CBS lines themselves).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Position = number[];
interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry:
    { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;

function ring(points: Position[]): Position[] {
  const out: Position[] = [];
  for (const [x = 0, y = 0] of points) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** A FeatureCollection with only `keep` properties and rounded coordinates, as JSON text. */
export function slimBoundaries(file: string, keep: readonly string[]): string {
  const source = JSON.parse(readFileSync(join(process.cwd(), 'data', file), 'utf8')) as {
    features: Feature[];
  };
  const features = source.features.map((f): Feature => {
    const properties = Object.fromEntries(keep.map((k) => [k, f.properties[k]]));
    const geometry: Feature['geometry'] =
      f.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: f.geometry.coordinates.map(ring) }
        : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((poly) => poly.map(ring)) };
    return { type: 'Feature', properties, geometry };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}
