/**
 * Lists the 1-meting invitations that are due: referrals afgerond at least six months ago without a
 * 1-meting. With --links, makes a personal link (90 days, one use) for each, to send to the owner.
 * Sending the e-mail is up to the werkplaats.
 *
 *   npm run monitor:due                                  all receivers
 *   npm run monitor:due -- --slug <initiative> --links --base https://loket.example.nl
 *
 * The stores are the server's (DATABASE_URL or SQLITE_PATH); `--db <file>` picks another SQLite file.
 */
import { parseArgs } from 'node:util';
import { dueInvitations, invitationPath } from '../functions/routes/monitor.ts';
import { storeFromEnv } from '../functions/storage/from-env.ts';
import { monitorStoreFromEnv } from '../functions/storage/monitor-from-env.ts';

const { values } = parseArgs({
  options: {
    slug: { type: 'string' },
    links: { type: 'boolean', default: false },
    base: { type: 'string', default: '' },
    db: { type: 'string' },
  },
});
const env = values.db ? { ...process.env, DATABASE_URL: '', SQLITE_PATH: values.db } : process.env;
const [store, monitor] = await Promise.all([storeFromEnv(env), monitorStoreFromEnv(env)]);
try {
  const due = await dueInvitations(
    { store, monitor },
    values.slug ? { targetSlug: values.slug } : {},
    new Date(),
  );
  for (const d of due) {
    const link = values.links
      ? `\t${values.base.replace(/\/$/, '')}${invitationPath((await monitor.createInvitation(d.referralId)).token)}`
      : '';
    console.log(
      `${d.referralId}\t${d.targetSlug}\tafgerond ${d.closedAt.slice(0, 10)}\tte vragen sinds ${d.dueAt.slice(0, 10)}${link}`,
    );
  }
  console.log(`${due.length} 1-meting${due.length === 1 ? '' : 'en'} te vragen.`);
} finally {
  await Promise.all([store.close(), monitor.close()]);
}
