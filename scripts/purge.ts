/**
 * Removes the personal data (contact, KVK number, company name, postcode, question, notes, advice)
 * of referrals closed longer ago than the retention period. The server also does this every 6 hours.
 *
 *   npm run purge                              REFERRAL_RETENTION_MONTHS (default 24)
 *   npm run purge -- --months 12 --db <file>
 *
 * The store is the server's (DATABASE_URL or SQLITE_PATH); `--db <file>` picks another SQLite file.
 */
import { parseArgs } from 'node:util';
import { storeFromEnv } from '../functions/storage/from-env.ts';
import {
  RETENTION_MONTHS_ERROR,
  RetentionMonthsSchema,
  purgeExpired,
  retentionCutoff,
} from '../functions/storage/retention.ts';

const { values } = parseArgs({ options: { months: { type: 'string' }, db: { type: 'string' } } });
const months = RetentionMonthsSchema.safeParse(
  values.months ?? (process.env.REFERRAL_RETENTION_MONTHS || undefined),
);
if (!months.success) {
  console.error(RETENTION_MONTHS_ERROR.replace('(REFERRAL', '(--months of REFERRAL'));
  process.exit(2);
}
const env = values.db ? { ...process.env, DATABASE_URL: '', SQLITE_PATH: values.db } : process.env;
const store = await storeFromEnv(env);
try {
  const now = new Date();
  const purged = await purgeExpired(store, months.data, now);
  console.log(
    `${purged} doorverwijzing${purged === 1 ? '' : 'en'} opgeschoond (afgesloten vóór ${retentionCutoff(now, months.data).toISOString().slice(0, 10)}, bewaartermijn ${months.data} maanden).`,
  );
} finally {
  await store.close();
}
