/** /geo/provincies.json: the 12 provincies (2025) for the finder map, with statnaam. */
import type { APIRoute } from 'astro';
import { slimBoundaries } from './_boundaries.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(slimBoundaries('provincies.geojson', ['statnaam']), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
