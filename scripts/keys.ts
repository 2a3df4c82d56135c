/**
 * API keys for the referral API.
 *
 *   npm run --silent keys -- create --role <role> --org <name> [--slug <initiative-slug>] [--provincie <naam>]
 *   npm run --silent keys -- list
 *   npm run --silent keys -- revoke <id>
 *
 * `create` prints the new key as its last line: it is shown once and stored only as a hash.
 * The store is the server's: DATABASE_URL (PostgreSQL) or the SQLite file (SQLITE_PATH, default
 * data/loket.sqlite); `--db <file>` picks another SQLite file. `--content <dir>` validates --slug
 * against another content root (tests).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblems, loadDirectory } from '../content/load.ts';
import { PROVINCIES } from '../content/places.ts';
import { storeFromEnv } from '../functions/storage/from-env.ts';
import { ROLES, type NewApiKey, type Role } from '../functions/storage/types.ts';

const USAGE = `Gebruik:
  npm run --silent keys -- create --role <${ROLES.join('|')}> --org <naam> [--slug <initiatief>] [--provincie <naam>]
  npm run --silent keys -- list
  npm run --silent keys -- revoke <id>
Opties: --db <bestand> (SQLite-bestand; anders DATABASE_URL of SQLITE_PATH), --content <map>.`;

class UsageError extends Error {}

/** Checks the options of `create` against the roles, the content directory and the provinces. */
export function keyFromOptions(
  values: { role?: string; org?: string; slug?: string; provincie?: string },
  slugs: ReadonlySet<string>,
): NewApiKey {
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new UsageError(`Kies --role uit: ${ROLES.join(', ')}.`);
  const org = values.org?.trim();
  if (!org) throw new UsageError('Vul --org in: de naam van de organisatie.');
  if (role === 'ontvanger') {
    if (!values.slug)
      throw new UsageError(
        'Een ontvanger hoort bij één initiatief: vul --slug in (de bestandsnaam in content/).',
      );
    if (!slugs.has(values.slug))
      throw new UsageError(`Het initiatief "${values.slug}" staat niet in content/. Controleer de slug.`);
  } else if (values.slug) {
    throw new UsageError('--slug hoort alleen bij de rol ontvanger.');
  }
  if (role === 'provincie') {
    if (!values.provincie) throw new UsageError(`Vul --provincie in, één van: ${PROVINCIES.join(', ')}.`);
    if (!(PROVINCIES as readonly string[]).includes(values.provincie)) {
      throw new UsageError(`"${values.provincie}" is geen provincie. Kies uit: ${PROVINCIES.join(', ')}.`);
    }
  } else if (values.provincie) {
    throw new UsageError('--provincie hoort alleen bij de rol provincie.');
  }
  return { role, org, slug: values.slug ?? null, provincie: values.provincie ?? null };
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      org: { type: 'string' },
      slug: { type: 'string' },
      provincie: { type: 'string' },
      db: { type: 'string' },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const env = values.db ? { ...process.env, DATABASE_URL: '', SQLITE_PATH: values.db } : process.env;

  if (command === 'create') {
    const content = loadDirectory(values.content);
    if (!content.ok) {
      console.error(formatProblems(content.problems));
      return 1;
    }
    const input = keyFromOptions(values, new Set(content.initiatives.map((i) => i.slug)));
    const store = await storeFromEnv(env);
    try {
      const { key, secret } = await store.createKey(input);
      console.log(
        `Sleutel ${key.id} gemaakt voor ${key.org} (${key.role}${key.slug ? `, ${key.slug}` : ''}${key.provincie ? `, ${key.provincie}` : ''}).`,
      );
      console.log(
        'Bewaar de sleutel hieronder nu: hij wordt niet opgeslagen en is later niet meer op te vragen.',
      );
      console.log(secret);
    } finally {
      await store.close();
    }
    return 0;
  }

  if (command === 'list') {
    const store = await storeFromEnv(env);
    try {
      const keys = await store.listKeys();
      if (keys.length === 0) console.log('Nog geen sleutels.');
      for (const k of keys) {
        const scope = k.slug ?? k.provincie ?? '-';
        const state = k.revokedAt ? `ingetrokken ${k.revokedAt}` : 'actief';
        console.log([k.id, k.role.padEnd(12), k.org, scope, `gemaakt ${k.createdAt}`, state].join('\t'));
      }
    } finally {
      await store.close();
    }
    return 0;
  }

  if (command === 'revoke') {
    const id = rest[0];
    if (!id) throw new UsageError('Noem de id van de sleutel: keys -- revoke <id> (zie keys -- list).');
    const store = await storeFromEnv(env);
    try {
      if (!(await store.revokeKey(id))) {
        console.error(`Geen actieve sleutel met id ${id}.`);
        return 1;
      }
      console.log(`Sleutel ${id} ingetrokken.`);
    } finally {
      await store.close();
    }
    return 0;
  }

  throw new UsageError(`Onbekende opdracht "${command}".`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        console.error(`${(error as Error).message}\n\n${USAGE}`);
        process.exit(2);
      }
      // No message: it could hold a connection string.
      console.error(`Er ging iets mis (${(error as Error).name}).`);
      process.exit(1);
    },
  );
}
