/** Mounts the Hono API into the Astro server: every /api/* request goes to createApp(). */
import type { APIRoute } from 'astro';
import type { Hono } from 'hono';
import { createApp } from '../../../functions/app.ts';
import { loadPostcodes } from '../../../functions/data.ts';
import { getDirectory } from '../../lib/directory.ts';

export const prerender = false;

let app: Promise<Hono> | undefined;

export const ALL: APIRoute = async ({ request }) => {
  app ??= getDirectory().then((directory) => createApp({ directory, postcodes: loadPostcodes() }));
  return (await app).fetch(request);
};
