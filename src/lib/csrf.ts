/**
 * CSRF protection for the site's POST forms, on top of Astro's origin check: every form carries
 * the session's random token in a hidden field (CSRF_FIELD) and the page compares it in constant
 * time. The login form has no session yet; it uses a double-submit cookie instead (LOGIN_COOKIE).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The hidden field's name in every POST form. */
export const CSRF_FIELD = 'csrf';

/** The short-lived cookie that the login form's token must match. */
export const LOGIN_COOKIE = 'loket_login';

/** A new random token (256 bits, base64url). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Whether the token a form sent is the expected one. Missing, empty or non-text values never
 * match; the comparison of equal-length digests takes the same time whatever differs.
 */
export function tokenMatches(expected: string | undefined | null, given: unknown): boolean {
  if (typeof expected !== 'string' || expected === '' || typeof given !== 'string' || given === '')
    return false;
  return timingSafeEqual(digest(expected), digest(given));
}
