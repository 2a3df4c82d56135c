/** Mounts the Hono API into the Astro server: every /api/* request goes to createApp(). */
import type { APIRoute } from 'astro';
import type { Hono } from 'hono';
import { createApp } from '../../../functions/app.ts';
import { loadDictionaries, loadPostcodes } from '../../../functions/data.ts';
import { correctionStoreFromEnv } from '../../../functions/storage/corrections-from-env.ts';
import { storeFromEnv } from '../../../functions/storage/from-env.ts';
import { monitorStoreFromEnv } from '../../../functions/storage/monitor-from-env.ts';
import { retentionMonthsFromEnv } from '../../../functions/storage/retention.ts';
import { getDirectory } from '../../lib/directory.ts';

export const prerender = false;

let app: Promise<Hono> | undefined;

/** Opens the referral store once; without one the rest of the API still works (referrals then 404). */
function openStore() {
  // process.env is read only to hand it to storeFromEnv (DATABASE_URL or SQLITE_PATH).
  return storeFromEnv(process.env).catch((error: Error) => {
    console.error(JSON.stringify({ level: 'error', msg: 'referral store unavailable', name: error.name }));
    return undefined;
  });
}

function openCorrections() {
  return correctionStoreFromEnv(process.env).catch((error: Error) => {
    console.error(JSON.stringify({ level: 'error', msg: 'correction store unavailable', name: error.name }));
    return undefined;
  });
}

function openMonitor() {
  return monitorStoreFromEnv(process.env).catch((error: Error) => {
    console.error(JSON.stringify({ level: 'error', msg: 'monitor store unavailable', name: error.name }));
    return undefined;
  });
}

export const ALL: APIRoute = async ({ request }) => {
  app ??= Promise.all([getDirectory(), openStore(), openCorrections(), openMonitor()]).then(
    ([directory, store, corrections, monitor]) =>
      createApp({
        directory,
        postcodes: loadPostcodes(),
        // Real words are never read as typos, as in server.ts.
        words: loadDictionaries(),
        retentionMonths: retentionMonthsFromEnv(process.env),
        ...(store ? { store } : {}),
        ...(corrections ? { corrections } : {}),
        ...(monitor ? { monitor } : {}),
      }),
  );
  return (await app).fetch(request);
};
