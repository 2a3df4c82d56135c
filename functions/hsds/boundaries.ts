/**
 * Gemeente and provincie boundaries (data/gemeenten.geojson, data/provincies.geojson: CBS/PDOK
 * 2025, already simplified, 5 decimals) for HSDS service_area extents.
 *
 * Extent choice, to keep responses small: a gemeente or provincie gets its boundary as it is in
 * data/ (at most 58 and 217 points: about 1 and 5 kB); the whole country gets its bounding box
 * (a five-point polygon) instead of the union of twelve provinces (35 kB for every national
 * initiative). A consumer that needs the exact national outline can take data/provincies.geojson.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Geometry =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface Area {
  /** CBS name, e.g. "Hengelo (O.)" or "Fryslân". */
  name: string;
  /** CBS code, e.g. GM0164 or PV21. */
  code: string;
  geometry: Geometry;
}

export interface Boundaries {
  gemeenten: ReadonlyMap<string, Area>;
  provincies: ReadonlyMap<string, Area>;
  /** The bounding box of the Netherlands, as a GeoJSON polygon. */
  netherlands: Geometry;
}

interface FeatureCollection {
  features: Array<{ properties: { statcode: string; statnaam: string }; geometry: Geometry }>;
}

function byName(collection: FeatureCollection): Map<string, Area> {
  return new Map(
    collection.features.map((f) => [
      f.properties.statnaam,
      { name: f.properties.statnaam, code: f.properties.statcode, geometry: f.geometry },
    ]),
  );
}

function positions(g: Geometry): number[][] {
  return g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2);
}

/** The bounding box of some geometries as a closed GeoJSON polygon (counter-clockwise). */
export function boundingBox(geometries: Iterable<Geometry>): Geometry {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) {
    for (const [lon, lat] of positions(g)) {
      west = Math.min(west, lon!);
      east = Math.max(east, lon!);
      south = Math.min(south, lat!);
      north = Math.max(north, lat!);
    }
  }
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

/** Builds the lookup from the text of the two GeoJSON files. */
export function parseBoundaries(gemeentenGeojson: string, provinciesGeojson: string): Boundaries {
  const provincies = byName(JSON.parse(provinciesGeojson) as FeatureCollection);
  return {
    gemeenten: byName(JSON.parse(gemeentenGeojson) as FeatureCollection),
    provincies,
    netherlands: boundingBox([...provincies.values()].map((p) => p.geometry)),
  };
}

let cached: { dir: string; boundaries: Boundaries } | undefined;

/** Reads data/gemeenten.geojson and data/provincies.geojson once per directory. */
export function loadBoundaries(dataDir: string = join(process.cwd(), 'data')): Boundaries {
  if (cached?.dir !== dataDir) {
    cached = {
      dir: dataDir,
      boundaries: parseBoundaries(
        readFileSync(join(dataDir, 'gemeenten.geojson'), 'utf8'),
        readFileSync(join(dataDir, 'provincies.geojson'), 'utf8'),
      ),
    };
  }
  return cached.boundaries;
}
