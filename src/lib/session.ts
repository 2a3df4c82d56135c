/**
 * Web sessions for the referral pages: a login with an API key starts a session whose random id
 * lives only in an HttpOnly cookie; the server keeps its hash (functions/storage/sessions.ts).
 * Neither the key nor the session id is ever logged.
 */
import type { AstroCookies } from 'astro';
import { sharedSessionStores } from '../../functions/storage/sessions-from-env.ts';
import { SESSION_TTL_MS, type Session, type SessionStore } from '../../functions/storage/sessions.ts';
import { looksLikeSecret } from '../../functions/storage/secrets.ts';
import type { ApiKey, ReferralStore, Role } from '../../functions/storage/types.ts';

/** The session cookie's name. */
export const SESSION_COOKIE = 'loket_sessie';

/** Cookie attributes: HttpOnly, SameSite=Lax, Path=/, Secure when the page was requested over HTTPS. */
export function sessionCookieOptions(url: URL, maxAgeSeconds = SESSION_TTL_MS / 1000) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: url.protocol === 'https:',
    path: '/',
    maxAge: maxAgeSeconds,
  };
}

/** Where a role starts after login. */
export function startPath(role: Role): string {
  if (role === 'intermediair') return '/doorverwijzen';
  if (role === 'ontvanger') return '/inbox';
  // Provinces and the ministry (admin) have one page: the impact monitor's dashboard.
  return '/monitor';
}

const REFERRAL = '[0-9a-f-]{36}';

/** The pages each role may use; a `terug` parameter may only point at one of these. */
const PAGES: Record<Role, RegExp> = {
  intermediair: new RegExp(
    `^/(doorverwijzen|mijn-doorverwijzingen|doorverwijzingen/${REFERRAL}(/nulmeting)?)$`,
  ),
  ontvanger: new RegExp(`^/(inbox|monitor|doorverwijzingen/${REFERRAL}(/nulmeting)?)$`),
  provincie: /^\/monitor$/,
  admin: /^\/monitor$/,
};

/** The page to go to after login: `terug` when it is one of the role's own pages, else its start page. */
export function afterLoginPath(role: Role, terug: string | null | undefined): string {
  const start = startPath(role);
  return typeof terug === 'string' && PAGES[role].test(terug) ? terug : start;
}

/** The login page that returns to `path` afterwards. */
export function loginPath(path: string): string {
  return `/inloggen?terug=${encodeURIComponent(path)}`;
}

/** The shared stores (the referral store and the session store of this process). */
export function stores(): Promise<{ sessions: SessionStore; store: ReferralStore }> {
  // process.env is read only to hand it to the store factories (DATABASE_URL or SQLITE_PATH).
  return sharedSessionStores(process.env);
}

/** The current session, or null when there is no valid one (the stale cookie is then removed). */
export async function currentSession(cookies: AstroCookies): Promise<Session | null> {
  const id = cookies.get(SESSION_COOKIE)?.value;
  if (id === undefined || id === '') return null;
  const session = await (await stores()).sessions.find(id);
  if (!session) cookies.delete(SESSION_COOKIE, { path: '/' });
  return session;
}

/** The key with this secret, when the secret has the right form and the key is not revoked. */
export async function keyForSecret(secret: string): Promise<ApiKey | null> {
  return looksLikeSecret(secret) ? (await stores()).store.findKeyBySecret(secret) : null;
}

/** Starts a session for a key and sets its cookie. */
export async function startSession(cookies: AstroCookies, url: URL, key: ApiKey): Promise<void> {
  const { sessions } = await stores();
  // Logging in is rare and cheap to piggyback on: expired sessions are removed here, so none linger.
  await sessions.deleteExpired();
  const { id } = await sessions.create(key.id);
  cookies.set(SESSION_COOKIE, id, sessionCookieOptions(url));
}

/** Ends the current session, if any, and removes its cookie. */
export async function endSession(cookies: AstroCookies): Promise<void> {
  const id = cookies.get(SESSION_COOKIE)?.value;
  if (id) await (await stores()).sessions.delete(id);
  cookies.delete(SESSION_COOKIE, { path: '/' });
}
