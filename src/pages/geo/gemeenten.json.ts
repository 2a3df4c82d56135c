/** /geo/gemeenten.json: the 342 gemeenten (2025) for the finder map, with statnaam and provincie. */
import type { APIRoute } from 'astro';
import { slimBoundaries } from './_boundaries.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(slimBoundaries('gemeenten.geojson', ['statnaam', 'provincie']), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
