/**
 * AVG requests about one KVK number, for the administrator.
 *
 *   npm run --silent kvk -- export <kvk>   everything stored about it, as JSON on stdout (inzage)
 *   npm run --silent kvk -- erase <kvk>    deletes it, with the audit trails (verwijdering)
 *
 * The store is the server's (DATABASE_URL or SQLITE_PATH); `--db <file>` picks another SQLite file.
 * The same operations are in the API: GET/DELETE /api/v1/admin/kvk/{kvk} with an admin key.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDirectory } from '../content/load.ts';
import { toReferralOut } from '../functions/routes/referrals.ts';
import { storeFromEnv } from '../functions/storage/from-env.ts';

const USAGE = `Gebruik:
  npm run --silent kvk -- export <kvk>
  npm run --silent kvk -- erase <kvk>
Optie: --db <bestand> (SQLite-bestand; anders DATABASE_URL of SQLITE_PATH).`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' } },
  });
  const [command, kvk] = positionals;
  if ((command !== 'export' && command !== 'erase') || kvk === undefined) {
    console.error(USAGE);
    return 2;
  }
  if (!/^\d{8}$/.test(kvk)) {
    console.error('Een KVK-nummer heeft precies 8 cijfers.');
    return 2;
  }
  const env = values.db ? { ...process.env, DATABASE_URL: '', SQLITE_PATH: values.db } : process.env;
  const store = await storeFromEnv(env);
  try {
    if (command === 'export') {
      const records = await store.exportByKvk(kvk);
      // The same shape as GET /api/v1/admin/kvk/{kvk}; names of initiatives from content/ when it loads.
      const bySlug = new Map(loadDirectory().initiatives.map((i) => [i.slug, i]));
      const referrals = records.map((r) => toReferralOut(r.referral, bySlug, r.history));
      console.log(JSON.stringify({ kvk, exported_at: new Date().toISOString(), referrals }, null, 2));
    } else {
      const erased = await store.eraseByKvk(kvk);
      console.log(
        `${erased} doorverwijzing${erased === 1 ? '' : 'en'} met dit KVK-nummer verwijderd, met hun historie.`,
      );
    }
  } finally {
    await store.close();
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`Er ging iets mis (${(error as Error).name}).`);
      process.exit(1);
    },
  );
}
