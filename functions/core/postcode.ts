/**
 * Dutch postcodes: parsing (PC4 and PC6, any spacing and case) and lookup of the PC4 centroid,
 * gemeente and provincie. Pure: the table is passed in (see functions/data.ts for the loader).
 */

/** One PC4 area from data/pc4.csv (CBS). */
export interface Pc4Area {
  pc4: string;
  lat: number;
  lon: number;
  gemeente: string;
  provincie: string;
}

export type ParsedPostcode = { ok: true; pc4: string; letters?: string } | { ok: false; detail: string };

const PC = /^([1-9][0-9]{3})\s*([a-zA-Z]{2})?$/;

/** Accepts "7511", "7511 AB", "7511ab", " 7511  ab ". Returns the PC4 or a Dutch explanation. */
export function parsePostcode(input: string): ParsedPostcode {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, detail: 'Vul een postcode in, bijvoorbeeld 7511 of 7511 AB.' };
  const match = PC.exec(trimmed);
  if (!match) {
    return {
      ok: false,
      detail:
        'Dit is geen Nederlandse postcode. Typ vier cijfers (niet beginnend met 0), eventueel gevolgd door twee letters, bijvoorbeeld 7511 of 7511 AB.',
    };
  }
  const letters = match[2]?.toUpperCase();
  // SA, SD and SS are never issued as PC6 letters.
  if (letters && ['SA', 'SD', 'SS'].includes(letters)) {
    return {
      ok: false,
      detail: `De lettercombinatie ${letters} komt in Nederlandse postcodes niet voor. Typ alleen de vier cijfers, bijvoorbeeld ${match[1]}.`,
    };
  }
  return letters ? { ok: true, pc4: match[1]!, letters } : { ok: true, pc4: match[1]! };
}

/** A lookup table from PC4 to its area. */
export type PostcodeTable = ReadonlyMap<string, Pc4Area>;

/** Parses the text of pc4.csv (header `postcode,lat,lon,gemeente,provincie`). */
export function parsePc4Csv(text: string): PostcodeTable {
  const table = new Map<string, Pc4Area>();
  const lines = text.split(/\r?\n/);
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const cells = splitCsvLine(line);
    const [pc4, lat, lon, gemeente, provincie] = cells;
    if (!pc4 || !lat || !lon || !gemeente || !provincie) continue;
    table.set(pc4, { pc4, lat: Number(lat), lon: Number(lon), gemeente, provincie });
  }
  return table;
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

export type PostcodeLookup =
  { ok: true; area: Pc4Area } | { ok: false; reason: 'malformed' | 'unknown'; detail: string };

/** Parses and looks up a postcode in one step. */
export function lookupPostcode(table: PostcodeTable, input: string): PostcodeLookup {
  const parsed = parsePostcode(input);
  if (!parsed.ok) return { ok: false, reason: 'malformed', detail: parsed.detail };
  const area = table.get(parsed.pc4);
  if (!area) {
    return {
      ok: false,
      reason: 'unknown',
      detail: `Postcode ${parsed.pc4} kennen we niet. Controleer de cijfers, of typ de postcode van een adres in de buurt.`,
    };
  }
  return { ok: true, area };
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
