/**
 * Serves Decap CMS's prebuilt bundle (node_modules/decap-cms/dist) from our own origin under
 * /beheer/decap/: the main script, the chunks it loads next to itself, and its licence notice.
 * Written into dist/ at build time; nothing is copied into public/.
 */
import type { APIRoute } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const prerender = true;

const BUNDLE_DIR = dirname(createRequire(import.meta.url).resolve('decap-cms'));
// decap-cms.js loads its chunks as <n>.decap-cms.js from its own URL; the cms.* files are copies.
const SERVED = /^(?:\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/;
const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  wasm: 'application/wasm',
};

export function getStaticPaths() {
  return readdirSync(BUNDLE_DIR)
    .filter((file) => SERVED.test(file))
    .map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const type = TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
  return new Response(readFileSync(join(BUNDLE_DIR, file)), { headers: { 'Content-Type': type } });
};
