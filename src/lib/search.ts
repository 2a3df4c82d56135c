/**
 * The no-JavaScript site search: plain matching over name, summary, body, topics and places, with
 * filters. With JavaScript the search page uses Pagefind over the built pages instead.
 */
import { activeProvinces, type Initiative, type Kind, type Theme } from '../../content/schema.ts';
import type { Messages } from '../i18n/index.ts';

export interface SearchQuery {
  q: string;
  kind?: Kind;
  provincie?: string;
  theme?: Theme;
}

/** Lowercase, no diacritics, words of two or more letters or digits. */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2);
}

function haystack(i: Initiative, m: Messages): { strong: string; weak: string } {
  const places = [
    ...i.werkgebied.provincies,
    ...i.werkgebied.gemeenten,
    i.werkgebied.regio ?? '',
    ...i.locations.map((l) => l.gemeente),
  ];
  return {
    strong: [i.name, m.labels.kinds[i.kind], ...i.themes.map((th) => m.labels.themes[th]), ...places].join(
      ' ',
    ),
    weak: [i.summary, i.body, ...i.education.map((e) => e.name), ...i.partners, ...i.offer].join(' '),
  };
}

/** Ranks matching initiatives: every query word must occur (as a prefix) somewhere. */
export function searchDirectory(
  directory: readonly Initiative[],
  query: SearchQuery,
  m: Messages,
): Initiative[] {
  const terms = words(query.q);
  const scored: Array<[Initiative, number]> = [];
  for (const i of directory) {
    if (query.kind && i.kind !== query.kind) continue;
    if (query.theme && !i.themes.includes(query.theme)) continue;
    if (query.provincie && !(activeProvinces(i) as string[]).includes(query.provincie)) continue;
    const h = haystack(i, m);
    const strong = words(h.strong);
    const weak = words(h.weak);
    let score = 0;
    let all = true;
    for (const term of terms) {
      const s = strong.some((w) => w.startsWith(term));
      const wk = weak.some((w) => w.startsWith(term));
      if (!s && !wk) {
        all = false;
        break;
      }
      score += s ? 3 : 1;
    }
    if (!all) continue;
    if (i.availability.status === 'beeindigd') score -= 2;
    scored.push([i, score]);
  }
  return scored.sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name, 'nl')).map(([i]) => i);
}
