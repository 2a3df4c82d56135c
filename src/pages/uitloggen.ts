/** /uitloggen: POST (with the session's CSRF token) ends the session and returns to /inloggen. */
import type { APIRoute } from 'astro';
import { t } from '../i18n/index.ts';
import { CSRF_FIELD, tokenMatches } from '../lib/csrf.ts';
import { currentSession, endSession } from '../lib/session.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, cookies, redirect }) => {
  const form = await request.formData().catch(() => new FormData());
  const session = await currentSession(cookies);
  if (session && !tokenMatches(session.csrfToken, form.get(CSRF_FIELD))) {
    return new Response(t('nl').referrals.csrf, {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  await endSession(cookies);
  return redirect('/inloggen?uitgelogd', 303);
};

/** A link or a typed URL: nothing to end without a form, so show the login page. */
export const GET: APIRoute = ({ redirect }) => redirect('/inloggen', 303);
