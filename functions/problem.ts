/**
 * RFC 9457 problem details. Every non-2xx API response is one of these, with a Dutch `detail`.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One field error; `pointer` matches the form field name (e.g. '#/postcode'). */
export interface FieldError {
  pointer: string;
  detail: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Verkeerd formaat',
  422: 'Gegevens kloppen niet',
  429: 'Te veel verzoeken',
  500: 'Er ging iets mis',
  503: 'Tijdelijk niet beschikbaar',
};

/** Builds a problem object; `slug` becomes the type URI (about:blank when absent). */
export function problem(
  status: number,
  detail: string,
  extra: { slug?: string; errors?: FieldError[]; [k: string]: unknown } = {},
): Problem {
  const { slug, ...rest } = extra;
  return {
    type: slug ? `/api/problems/${slug}` : 'about:blank',
    title: TITLES[status] ?? 'Fout',
    status,
    detail,
    ...rest,
  };
}

/**
 * The answer to a postcode that could not be looked up (core/postcode.ts lookupPostcode): 400 with
 * the field at `pointer` when it is malformed, 404 when it is well-formed but unknown.
 */
export function postcodeProblem(
  failed: { reason: 'malformed' | 'unknown'; detail: string },
  pointer: string,
): Problem {
  return failed.reason === 'malformed'
    ? problem(400, failed.detail, {
        slug: 'ongeldige-postcode',
        errors: [{ pointer, detail: failed.detail }],
      })
    : problem(404, failed.detail, { slug: 'onbekende-postcode' });
}

/** Sends a problem as application/problem+json. */
export function sendProblem(c: Context, p: Problem): Response {
  return c.body(JSON.stringify(p), p.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}
