/**
 * The finder's answer as HTML. The server renders it for the no-JS page and the browser renders it
 * after fetching the API, so both show exactly the same list. This file is bundled for the browser:
 * it imports types only (no zod, no i18n tables), and every string comes in through FinderContext.
 */
import type { NearestResponse } from '../../../functions/routes/werkplaatsen.ts';
import type { Messages } from '../../i18n/nl.ts';

export type FinderStrings = Messages['finder'];

/** What the renderer needs besides the answer; serialised into the page for the browser. */
export interface FinderContext {
  lang: 'nl' | 'en';
  s: FinderStrings;
  /** Kind labels (labels.kinds). */
  kinds: Record<string, string>;
  /** Availability labels (labels.status). */
  status: Record<string, string>;
  /** Provincie name → its landscape page. */
  provinceUrls: Record<string, string>;
}

/**
 * What went wrong with a postcode. `detail` is the API's Dutch explanation (it can be more specific,
 * e.g. about the letters); the Dutch page shows it, the English page its own text for `kind`.
 */
export type FinderError =
  | { kind: 'empty'; detail?: string }
  | { kind: 'invalid'; detail?: string }
  | { kind: 'unknown'; pc4: string; detail?: string };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Fills {placeholders}: fmt('{n} km', { n: 3 }) → '3 km'. */
export function fmt(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

/** "12 km", "minder dan 1 km". */
export function kmText(km: number, s: FinderStrings): string {
  return km < 1 ? s.lessThanOneKm : fmt(s.km, { km: Math.round(km) });
}

type Result = NearestResponse['results'][number];
type Area = NearestResponse['postcode'];

/** Why a werkplaats is listed: its werkgebied covers the gemeente, or how far it is. */
export function reasonText(r: Result, area: Area, s: FinderStrings): string {
  if (r.scope === 'gemeente') return fmt(s.reasonGemeente, { gemeente: area.gemeente });
  if (r.scope === 'provincie') return fmt(s.reasonProvincie, { provincie: area.provincie });
  if (r.scope === 'landelijk') return s.reasonLandelijk;
  return r.distance_km === null ? s.distanceUnknown : kmText(r.distance_km, s);
}

function distanceLine(r: Result, s: FinderStrings): string {
  if (r.distance_km === null || !r.location) return s.distanceUnknown;
  const { name, gemeente } = r.location;
  const place = name && !name.includes(gemeente) ? `${name}, ${gemeente}` : (name ?? gemeente);
  return fmt(s.distance, { distance: kmText(r.distance_km, s), place });
}

function werkgebiedText(w: Result['werkgebied'], s: FinderStrings): string {
  if (w.landelijk) return s.werkgebiedLandelijk;
  const places = [...w.provincies, ...w.gemeenten].join(', ');
  return w.regio && w.regio !== places ? `${w.regio}: ${places}` : places;
}

function href(url: string, lang: FinderContext['lang']): string {
  return lang === 'en' ? `/en${url}` : url;
}

function resultItem(r: Result, area: Area, ctx: FinderContext): string {
  const { s } = ctx;
  // Covering: why, then how far. Otherwise the distance is the reason.
  const reason = r.covers
    ? `<strong>${esc(reasonText(r, area, s))}</strong> · ${esc(distanceLine(r, s))}`
    : `<strong>${esc(distanceLine(r, s))}</strong>`;
  const status =
    r.status === 'vol' || r.status === 'gesloten'
      ? `<p><span class="tag">${esc(ctx.status[r.status] ?? r.status)}</span></p>`
      : '';
  return (
    `<li class="card finder-result${r.covers ? ' finder-covers' : ''}" data-slug="${esc(r.slug)}">` +
    `<h3><a href="${esc(href(r.url, ctx.lang))}">${esc(r.name)}</a></h3>` +
    `<p class="finder-reason">${reason}</p>` +
    status +
    `<p class="muted">${esc(s.werkgebied)}: ${esc(werkgebiedText(r.werkgebied, s))}</p>` +
    `</li>`
  );
}

function linkList(
  items: ReadonlyArray<{ url: string; name: string; kind: string; note?: string }>,
  ctx: FinderContext,
): string {
  return (
    `<ul class="finder-links">` +
    items
      .map(
        (i) =>
          `<li><a href="${esc(href(i.url, ctx.lang))}">${esc(i.name)}</a> ` +
          `<span class="muted">(${esc(ctx.kinds[i.kind] ?? i.kind)}${i.note ? `, ${esc(i.note)}` : ''})</span></li>`,
      )
      .join('') +
    `</ul>`
  );
}

/** The whole answer: werkplaatsen, other initiatives in gemeente and provincie, national options. */
export function renderAnswer(answer: NearestResponse, ctx: FinderContext): string {
  const { s } = ctx;
  const area = answer.postcode;
  const first = answer.results[0];
  const parts: string[] = [];
  parts.push(
    `<h2 id="finder-antwoord-kop">${esc(fmt(s.resultsHeading, { pc4: area.pc4, gemeente: area.gemeente }))}</h2>`,
  );
  if (answer.covered && first) {
    parts.push(`<p class="lead">${esc(fmt(s.covered, { gemeente: area.gemeente, name: first.name }))}</p>`);
  } else {
    parts.push(`<div class="notice"><p>${esc(fmt(s.notCovered, { gemeente: area.gemeente }))}</p></div>`);
  }
  if (answer.results.length > 0) {
    parts.push(
      `<ol class="finder-results">${answer.results.map((r) => resultItem(r, area, ctx)).join('')}</ol>`,
    );
  }

  const vars = { gemeente: area.gemeente, provincie: area.provincie };
  parts.push(`<h2>${esc(fmt(s.nearbyHeading, vars))}</h2>`);
  parts.push(
    answer.nearby.length > 0
      ? linkList(
          answer.nearby.map((n) => ({
            ...n,
            note: fmt(n.scope === 'gemeente' ? s.nearbyGemeente : s.nearbyProvincie, vars),
          })),
          ctx,
        )
      : `<p>${esc(fmt(s.nearbyNone, vars))}</p>`,
  );
  const provinceUrl = ctx.provinceUrls[area.provincie];
  if (provinceUrl) {
    parts.push(`<p><a href="${esc(provinceUrl)}">${esc(fmt(s.provinceLink, vars))}</a></p>`);
  }

  if (!answer.covered && answer.national.length > 0) {
    parts.push(`<h2>${esc(s.nationalHeading)}</h2><p>${esc(s.nationalIntro)}</p>`);
    parts.push(linkList(answer.national, ctx));
  }
  return parts.join('');
}

/** The one-sentence summary for the live region. */
export function announcement(answer: NearestResponse, s: FinderStrings): string {
  const first = answer.results[0];
  if (!first) return s.announceNone;
  const vars = { pc4: answer.postcode.pc4, gemeente: answer.postcode.gemeente, name: first.name };
  return fmt(answer.covered ? s.announceCovered : s.announceNotCovered, vars);
}

/** The message shown next to the postcode field. */
export function errorText(error: FinderError, ctx: Pick<FinderContext, 'lang' | 's'>): string {
  const { s } = ctx;
  if (ctx.lang === 'nl' && error.detail) return error.detail;
  if (error.kind === 'empty') return s.errorEmpty;
  if (error.kind === 'invalid') return s.errorInvalid;
  return fmt(s.errorUnknown, { pc4: error.pc4 });
}
