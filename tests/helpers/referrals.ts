/**
 * Fixtures for the referral tests: a small synthetic directory, synthetic referral bodies that look
 * synthetic, and the ReferralStore implementations to run against (SQLite always; PostgreSQL when
 * TEST_DATABASE_URL is set, each test file in a database of its own), and the real standalone
 * server in a child process. scripts/bench-referrals.ts uses the same fixtures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { stringify } from 'yaml';
import { InitiativeFileSchema, type Initiative } from '../../content/schema.ts';
import { createApp } from '../../functions/app.ts';
import { loadPostcodes } from '../../functions/data.ts';
import type { Advisor } from '../../functions/routes/referrals.ts';
import { createPostgresStore } from '../../functions/storage/postgres.ts';
import { createSqliteStore } from '../../functions/storage/sqlite.ts';
import type { ApiKey, NewApiKey, ReferralStore, StoreOptions } from '../../functions/storage/types.ts';
import { freePort } from './free-port.ts';

/** The frontmatter of the synthetic initiatives (valid content files). */
const SYNTHETIC_FILES: Record<string, Record<string, unknown>> = {
  'testwerkplaats-synthetisch': {
    name: 'Testwerkplaats Synthetisch',
    kind: 'werkplaats',
    werkgebied: { gemeenten: ['Enschede'] },
  },
  'testwerkplaats-tweede': {
    name: 'Testwerkplaats Tweede',
    kind: 'werkplaats',
    werkgebied: { provincies: ['Noord-Holland'] },
  },
  'testsubsidie-synthetisch': {
    name: 'Testsubsidie Synthetisch',
    kind: 'subsidie',
    werkgebied: { landelijk: true },
  },
  'testinitiatief-gestopt': {
    name: 'Testinitiatief Gestopt',
    kind: 'werkplaats',
    werkgebied: { landelijk: true },
    availability: { status: 'beeindigd' },
  },
};

function frontmatter(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    summary: 'Synthetisch testinitiatief: bestaat alleen in de tests van de doorverwijzingen.',
    themes: ['online-sales-marketing'],
    availability: { status: 'open' },
    curated_by: 'landelijk',
    last_checked: '2026-11-01',
    checked_by: 'testteam',
    sources: [{ url: 'https://example.invalid/bron', supports: 'alles in deze test' }],
    ...fields,
  };
}

/** The synthetic directory, through the real schema. */
export function syntheticDirectory(): Initiative[] {
  return Object.entries(SYNTHETIC_FILES).map(([slug, fields]) => ({
    ...InitiativeFileSchema.parse(frontmatter(fields)),
    slug,
    body: '',
  }));
}

/** Writes the synthetic directory as a content root (content/landelijk/*.md); returns its path. */
export function writeSyntheticContent(parent: string): string {
  const root = join(parent, 'content');
  mkdirSync(join(root, 'landelijk'), { recursive: true });
  for (const [slug, fields] of Object.entries(SYNTHETIC_FILES)) {
    writeFileSync(
      join(root, 'landelijk', `${slug}.md`),
      `---\n${stringify(frontmatter(fields))}---\nSynthetisch.\n`,
    );
  }
  return root;
}

/** The slug every test sends to unless it says otherwise. */
export const TARGET = 'testwerkplaats-synthetisch';
export const OTHER_TARGET = 'testwerkplaats-tweede';

/** A valid POST /referrals body with synthetic data; `patch` replaces top-level fields. */
export function referralBody(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    question: 'Synthetische testvraag: hoe verkopen wij onze producten online?',
    company: {
      name: 'Testbedrijf Synthetisch BV',
      kvk: '00000001',
      postcode: '7511 AB',
      employees: 8,
      sector: 'detailhandel',
    },
    contact: { name: 'Test Persoon', email: 'test@example.invalid', phone: '06 00000000' },
    consent: true,
    contact_preference: 'email',
    target_slug: TARGET,
    ...patch,
  };
}

/** A NewReferral as the store takes it (bypassing the route). */
export function newReferral(
  patch: { kvk?: string; provincie?: string; gemeente?: string; targetSlug?: string; sector?: string } = {},
) {
  return {
    question: 'Synthetische testvraag: hoe verkopen wij onze producten online?',
    company: {
      name: 'Testbedrijf Synthetisch BV',
      kvk: patch.kvk ?? '00000001',
      postcode: '7511 AB',
      employees: 8,
      sector: patch.sector ?? 'detailhandel',
      gemeente: patch.gemeente ?? 'Enschede',
      provincie: patch.provincie ?? 'Overijssel',
    },
    contact: { name: 'Test Persoon', email: 'test@example.invalid', phone: null },
    contactPreference: 'email' as const,
    consentVersion: 'test-1',
    targetSlug: patch.targetSlug ?? TARGET,
    targetKind: 'werkplaats',
    advice: { synthetic: true, recommendations: [TARGET] },
  };
}

// -----------------------------------------------------------------------------------------------
// Stores

export interface StoreImplementation {
  name: 'sqlite' | 'postgres';
  /** A new, empty, migrated store. */
  open(options?: StoreOptions): Promise<ReferralStore>;
  /** A second store on the database the last open() made (runs the migrations again). */
  reopen(options?: StoreOptions): Promise<ReferralStore>;
  /** Removes what open() created. */
  cleanup(): Promise<void>;
}

/** postgres URL for a test database, or undefined (then PostgreSQL suites are skipped with a notice). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

let noticePrinted = false;
/** Prints once per file why the PostgreSQL variants are skipped. */
export function postgresSkipNotice(): void {
  if (TEST_DATABASE_URL || noticePrinted) return;
  noticePrinted = true;
  console.warn(
    'PostgreSQL-varianten overgeslagen: TEST_DATABASE_URL is niet gezet. Start er een met: eval "$(bash scripts/ci-postgres.sh)"',
  );
}

/** Creates an empty database next to TEST_DATABASE_URL's; returns its URL and how to drop it. */
export async function freshPostgresDatabase(
  adminUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `loket_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** SQLite always; PostgreSQL when TEST_DATABASE_URL is set. */
export function storeImplementations(): StoreImplementation[] {
  const opened: ReferralStore[] = [];
  const dirs: string[] = [];
  const drops: Array<() => Promise<void>> = [];
  const closeAll = async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  };
  const sqliteAt = async (dir: string, options: StoreOptions) => {
    const store = await createSqliteStore({ ...options, path: join(dir, 'loket.sqlite') });
    opened.push(store);
    return store;
  };
  const sqlite: StoreImplementation = {
    name: 'sqlite',
    async open(options = {}) {
      const dir = mkdtempSync(join(tmpdir(), 'loket-store-'));
      dirs.push(dir);
      return sqliteAt(dir, options);
    },
    async reopen(options = {}) {
      return sqliteAt(dirs.at(-1)!, options);
    },
    async cleanup() {
      await closeAll();
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
  const implementations = [sqlite];
  if (TEST_DATABASE_URL) {
    const adminUrl = TEST_DATABASE_URL;
    const urls: string[] = [];
    const postgresAt = async (url: string, options: StoreOptions) => {
      const store = await createPostgresStore({ ...options, connectionString: url, max: 4 });
      opened.push(store);
      return store;
    };
    implementations.push({
      name: 'postgres',
      async open(options = {}) {
        const db = await freshPostgresDatabase(adminUrl);
        drops.push(db.drop);
        urls.push(db.url);
        return postgresAt(db.url, options);
      },
      async reopen(options = {}) {
        return postgresAt(urls.at(-1)!, options);
      },
      async cleanup() {
        await closeAll();
        for (const drop of drops.splice(0)) await drop();
      },
    });
  }
  return implementations;
}

// -----------------------------------------------------------------------------------------------
// The app with keys for every role

export interface Keyring {
  /** Intermediair of "Testverwijzer Synthetisch". */
  intermediair: string;
  /** Another key of the same organisation. */
  colleague: string;
  /** Intermediair of another organisation. */
  otherIntermediair: string;
  /** Ontvanger bound to TARGET. */
  ontvanger: string;
  /** Ontvanger bound to OTHER_TARGET. */
  otherOntvanger: string;
  provincie: string;
  otherProvincie: string;
  admin: string;
  /** A key that was revoked. */
  revoked: string;
  keys: Record<string, ApiKey>;
}

/** Creates one key per role (and a few others) in `store`. */
export async function createKeyring(store: ReferralStore): Promise<Keyring> {
  const make = async (input: NewApiKey) => store.createKey(input);
  const specs: Record<Exclude<keyof Keyring, 'keys'>, NewApiKey> = {
    intermediair: { role: 'intermediair', org: 'Testverwijzer Synthetisch' },
    colleague: { role: 'intermediair', org: 'Testverwijzer Synthetisch' },
    otherIntermediair: { role: 'intermediair', org: 'Andere Testverwijzer' },
    ontvanger: { role: 'ontvanger', org: 'Testwerkplaats Synthetisch', slug: TARGET },
    otherOntvanger: { role: 'ontvanger', org: 'Testwerkplaats Tweede', slug: OTHER_TARGET },
    provincie: { role: 'provincie', org: 'Testprovincie Overijssel', provincie: 'Overijssel' },
    otherProvincie: { role: 'provincie', org: 'Testprovincie Groningen', provincie: 'Groningen' },
    admin: { role: 'admin', org: 'Testbeheer' },
    revoked: { role: 'intermediair', org: 'Testverwijzer Synthetisch' },
  };
  const ring = { keys: {} } as Keyring;
  for (const [name, spec] of Object.entries(specs) as Array<[Exclude<keyof Keyring, 'keys'>, NewApiKey]>) {
    const { key, secret } = await make(spec);
    ring[name] = secret;
    ring.keys[name] = key;
  }
  await store.revokeKey(ring.keys.revoked!.id);
  return ring;
}

/** createApp with the synthetic directory, the real postcodes and `store`. */
export function referralApp(store: ReferralStore, advise?: Advisor) {
  return createApp({
    directory: syntheticDirectory(),
    postcodes: loadPostcodes(),
    store,
    ...(advise ? { advise } : {}),
  });
}

/** Request helpers bound to an app. */
export function client(app: ReturnType<typeof referralApp>) {
  const headers = (key?: string, json = false): Record<string, string> => ({
    ...(key ? { Authorization: `Bearer ${key}` } : {}),
    ...(json ? { 'Content-Type': 'application/json' } : {}),
  });
  return {
    get: (path: string, key?: string) => app.request(path, { headers: headers(key) }),
    post: (path: string, key: string | undefined, body: unknown) =>
      app.request(path, { method: 'POST', headers: headers(key, true), body: JSON.stringify(body) }),
    del: (path: string, key?: string) => app.request(path, { method: 'DELETE', headers: headers(key) }),
  };
}

// -----------------------------------------------------------------------------------------------
// The real standalone API (`npx tsx functions/server.ts`, or with the built site: `--site`) on a free
// loopback port, in its own process group so a test can SIGKILL it whole (npx → tsx → node).

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** What the server printed, for failure messages. */
  output(): string;
  /** SIGKILL to the whole process group; resolves when it is gone. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /**
   * Serve the built site too (`--site`, as `npm run serve`): the Astro build at SITE_ENTRY
   * (default dist/server/entry.mjs), which must exist.
   */
  site?: boolean;
  /** How long to wait for /api/v1/health (default 60 s). */
  timeoutMs?: number;
}

/** Starts the server with `env` added to ours and waits until /api/v1/health answers. */
export async function startServer(
  env: Record<string, string>,
  { site = false, timeoutMs = 60_000 }: StartServerOptions = {},
): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn('npx', ['tsx', 'functions/server.ts', ...(site ? ['--site'] : [])], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // Already gone.
    }
  };
  const running: RunningServer = {
    url: `http://127.0.0.1:${port}`,
    process: child,
    output: () => output,
    async kill() {
      signal('SIGKILL');
      await exited;
    },
    async stop() {
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`De server stopte bij het starten:\n${output}`);
    try {
      const res = await fetch(`${running.url}/api/v1/health`);
      if (res.ok) return running;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await running.kill();
  throw new Error(`De server startte niet binnen ${timeoutMs} ms:\n${output}`);
}
