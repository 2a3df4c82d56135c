/**
 * The MonitorStore: the impact monitor's answers (0-meting and 1-meting, one of each per referral)
 * and the personal links (invitations) for the 1-meting. Separate from the ReferralStore (it may
 * share its database) with its own migrations, recorded in `monitor_migrations`, like
 * corrections.ts. Implementations: monitor-sqlite.ts and monitor-postgres.ts, one contract suite
 * (tests/monitor/monitor-store.test.ts).
 *
 * An invitation token is 32 random bytes (base64url) given out once; only its SHA-256 hash is
 * stored. It works once, and for INVITATION_DAYS.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Measurement } from '../monitor/questionnaires.ts';
import type { Migration } from './migrations.ts';

/** How long a personal link stays valid. */
export const INVITATION_DAYS = 90;

/** What the route knows about the referral an answer belongs to (copied, for the aggregates). */
export interface MonitorSubject {
  referralId: string;
  /** The firm's KVK number, from the referral (never shown in the dashboard). */
  kvk: string | null;
  /** The receiver's slug. */
  targetSlug: string;
  /** The company's province (from its postcode). */
  provincie: string | null;
  /** The company's sector in its own words, when known. */
  sector: string | null;
}

export interface NewMonitorResponse extends MonitorSubject {
  measurement: Measurement;
  /** The questionnaire version the answers belong to. */
  version: string;
  /** The validated answers, as the API body. */
  answers: Record<string, unknown>;
  /** Who sent it: 'key:<key id>' or 'token'. */
  submittedVia: string;
}

export interface MonitorResponse extends NewMonitorResponse {
  id: string;
  createdAt: string;
}

export interface MonitorFilter {
  measurement: Measurement;
  targetSlug?: string;
  provincie?: string;
}

export type InvitationCheck =
  { ok: true; referralId: string; expiresAt: string } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

export type SaveResult =
  | { ok: true; response: MonitorResponse }
  | { ok: false; reason: 'duplicate' }
  | {
      ok: false;
      reason: 'token';
      check: Exclude<InvitationCheck, { ok: true }> | { ok: false; reason: 'other_referral' };
    };

export interface MonitorStore {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Stores an answer; a second one of the same measurement for the referral is `duplicate`. With
   * `token`, the invitation must be valid for this referral and is used up in the same transaction.
   */
  save(input: NewMonitorResponse, token?: string): Promise<SaveResult>;
  /** The measurements this referral has answered. */
  answered(referralId: string): Promise<Measurement[]>;
  /** Every answer of one measurement in a scope. */
  list(filter: MonitorFilter): Promise<MonitorResponse[]>;
  /** A new personal link for the 1-meting of this referral; the token is returned once. */
  createInvitation(referralId: string): Promise<{ token: string; expiresAt: string }>;
  /** What a token opens, without using it. */
  checkInvitation(token: string): Promise<InvitationCheck>;
  close(): Promise<void>;
}

export interface MonitorStoreOptions {
  /** The clock (tests pass one). */
  now?: () => Date;
}

/** A new, unguessable token: 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The only form in which a token is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** What a token should look like; anything else is unknown without a look-up. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function buildResponse(input: NewMonitorResponse, now: Date): MonitorResponse {
  return { ...input, id: randomUUID(), createdAt: now.toISOString() };
}

/** Judges an invitation row at `now`. */
export function judgeInvitation(
  row: { referral_id: string; expires_at: string | Date; used_at: string | Date | null } | undefined,
  now: Date,
): InvitationCheck {
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.used_at !== null) return { ok: false, reason: 'used' };
  const expiresAt = new Date(row.expires_at);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, referralId: row.referral_id, expiresAt: expiresAt.toISOString() };
}

export function expiryFrom(now: Date): Date {
  return new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
}

/** Append-only, recorded in monitor_migrations. */
export const MONITOR_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'monitor responses and invitations',
    sqlite: `
      CREATE TABLE monitor_responses (
        id TEXT PRIMARY KEY,
        measurement TEXT NOT NULL CHECK (measurement IN ('nulmeting', 'eenmeting')),
        questionnaire_version TEXT NOT NULL,
        referral_id TEXT NOT NULL,
        kvk TEXT,
        target_slug TEXT NOT NULL,
        provincie TEXT,
        sector TEXT,
        answers TEXT NOT NULL,
        submitted_via TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (referral_id, measurement)
      );
      CREATE INDEX monitor_responses_by_target ON monitor_responses (measurement, target_slug);
      CREATE INDEX monitor_responses_by_provincie ON monitor_responses (measurement, provincie);
      CREATE TABLE monitor_invitations (
        token_hash TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      );
      CREATE INDEX monitor_invitations_by_referral ON monitor_invitations (referral_id);
    `,
    postgres: `
      CREATE TABLE monitor_responses (
        id TEXT PRIMARY KEY,
        measurement TEXT NOT NULL CHECK (measurement IN ('nulmeting', 'eenmeting')),
        questionnaire_version TEXT NOT NULL,
        referral_id TEXT NOT NULL,
        kvk TEXT,
        target_slug TEXT NOT NULL,
        provincie TEXT,
        sector TEXT,
        answers JSONB NOT NULL,
        submitted_via TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        UNIQUE (referral_id, measurement)
      );
      CREATE INDEX monitor_responses_by_target ON monitor_responses (measurement, target_slug);
      CREATE INDEX monitor_responses_by_provincie ON monitor_responses (measurement, provincie);
      CREATE TABLE monitor_invitations (
        token_hash TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL,
        used_at TIMESTAMPTZ
      );
      CREATE INDEX monitor_invitations_by_referral ON monitor_invitations (referral_id);
    `,
  },
];

/** A row of monitor_responses in either dialect. */
export interface MonitorRow {
  id: string;
  measurement: string;
  questionnaire_version: string;
  referral_id: string;
  kvk: string | null;
  target_slug: string;
  provincie: string | null;
  sector: string | null;
  answers: string | Record<string, unknown>;
  submitted_via: string;
  created_at: string | Date;
}

export function responseFromRow(row: MonitorRow): MonitorResponse {
  return {
    id: row.id,
    measurement: row.measurement as Measurement,
    version: row.questionnaire_version,
    referralId: row.referral_id,
    kvk: row.kvk,
    targetSlug: row.target_slug,
    provincie: row.provincie,
    sector: row.sector,
    answers:
      typeof row.answers === 'string' ? (JSON.parse(row.answers) as Record<string, unknown>) : row.answers,
    submittedVia: row.submitted_via,
    createdAt: row.created_at instanceof Date ? row.created_at.toISOString() : row.created_at,
  };
}

/** The values of INSERT INTO monitor_responses (11 columns, in table order). */
export function responseValues(r: MonitorResponse): Array<string | null> {
  return [
    r.id,
    r.measurement,
    r.version,
    r.referralId,
    r.kvk,
    r.targetSlug,
    r.provincie,
    r.sector,
    JSON.stringify(r.answers),
    r.submittedVia,
    r.createdAt,
  ];
}

export const INSERT_COLUMNS =
  'id, measurement, questionnaire_version, referral_id, kvk, target_slug, provincie, sector, answers, submitted_via, created_at';

/** WHERE clause and params of a filter; `ph(i)` makes the i-th placeholder. */
export function filterSql(
  filter: MonitorFilter,
  ph: (i: number) => string,
): { where: string; params: string[] } {
  const clauses = [`measurement = ${ph(1)}`];
  const params: string[] = [filter.measurement];
  if (filter.targetSlug !== undefined) {
    params.push(filter.targetSlug);
    clauses.push(`target_slug = ${ph(params.length)}`);
  }
  if (filter.provincie !== undefined) {
    params.push(filter.provincie);
    clauses.push(`provincie = ${ph(params.length)}`);
  }
  return { where: `WHERE ${clauses.join(' AND ')}`, params };
}
