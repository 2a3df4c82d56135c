/**
 * A directory scaled up with synthetic entries, for load tests of the router only
 * (SYNTHETIC_SCALE in functions/server.ts). Entries are plainly synthetic ("Synthetisch
 * initiatief 0042", slug synthetisch-0042, example.org) and deterministic for a given count.
 */
import { GEMEENTEN, PROVINCIES } from '../../content/places.ts';
import { KINDS, THEMES, type Initiative } from '../../content/schema.ts';

/** Small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The real directory plus synthetic entries up to `total` entries. Their text is drawn from the
 * words of the real summaries, so the index sees a realistic vocabulary.
 */
export function withSyntheticEntries(real: readonly Initiative[], total: number): Initiative[] {
  const rnd = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const words = [...new Set(real.flatMap((i) => i.summary.toLowerCase().match(/[a-zà-ÿ]{4,}/g) ?? []))];
  const pool = words.length > 0 ? words : ['digitalisering', 'advies', 'ondernemers', 'mkb'];
  const out = [...real];
  for (let n = 1; out.length < total; n++) {
    const id = String(n).padStart(4, '0');
    const kind = KINDS[n % KINDS.length]!;
    const text = Array.from({ length: 25 + Math.floor(rnd() * 20) }, () => pick(pool)).join(' ');
    const r = rnd();
    const [gemeente, provincie] = pick(GEMEENTEN);
    const werkgebied =
      r < 0.15
        ? { landelijk: true, provincies: [], gemeenten: [] }
        : r < 0.6
          ? { landelijk: false, provincies: [pick(PROVINCIES)], gemeenten: [] }
          : {
              landelijk: false,
              provincies: [],
              gemeenten: Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick(GEMEENTEN)[0]),
            };
    out.push({
      slug: `synthetisch-${id}`,
      name: `Synthetisch initiatief ${id}`,
      kind,
      summary: `Synthetisch testitem voor belastingtests. ${text}`.slice(0, 320),
      body: `Synthetisch testitem. ${text}`,
      themes: [pick(THEMES), pick(THEMES)].filter((t, i, a) => a.indexOf(t) === i),
      offer: ['advies'],
      werkgebied,
      locations: [{ gemeente, lat: 51 + rnd() * 2, lon: 4 + rnd() * 2.5, precision: 'gemeente' as const }],
      sectors: [],
      education: [],
      partners: [],
      availability: { status: rnd() < 0.9 ? 'open' : 'vol', closed_periods: [] },
      curated_by: provincie,
      last_checked: '2026-01-01',
      checked_by: 'synthetisch',
      unconfirmed: [],
      sources: [{ url: 'https://example.org/synthetisch', supports: 'niets: synthetisch testitem' }],
      website: `https://example.org/synthetisch-${id}`,
    } satisfies Initiative);
  }
  return out;
}
