/**
 * Rows ↔ domain objects, shared by both implementations. The column lists are the same in both
 * dialects; only timestamps (TEXT vs TIMESTAMPTZ) and advice (TEXT vs JSONB) differ in type.
 */
import type {
  ApiKey,
  AuditEntry,
  ContactPreference,
  DeclineReason,
  Referral,
  ReferralStats,
  ReferralStatus,
  Role,
} from './types.ts';

type Timestamp = string | Date;

export interface KeyRow {
  id: string;
  role: string;
  org: string;
  slug: string | null;
  provincie: string | null;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface ReferralRow {
  id: string;
  status: string;
  question: string | null;
  company_name: string | null;
  kvk: string | null;
  postcode: string | null;
  employees: number | null;
  sector: string | null;
  gemeente: string | null;
  provincie: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  contact_preference: string;
  consent_version: string;
  consent_at: Timestamp;
  target_slug: string;
  target_kind: string | null;
  advice: unknown;
  parent_id: string | null;
  forwarded_to_id: string | null;
  created_by_key: string;
  created_by_org: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: Timestamp | null;
  purged_at: Timestamp | null;
}

export interface EventRow {
  at: Timestamp;
  actor_key: string;
  actor_org: string;
  actor_role: string;
  from_status: string | null;
  to_status: string;
  note: string | null;
  reason: string | null;
}

/** The columns of `referrals`, in insert order. */
export const REFERRAL_COLUMNS = [
  'id',
  'status',
  'question',
  'company_name',
  'kvk',
  'postcode',
  'employees',
  'sector',
  'gemeente',
  'provincie',
  'contact_name',
  'contact_email',
  'contact_phone',
  'contact_preference',
  'consent_version',
  'consent_at',
  'target_slug',
  'target_kind',
  'advice',
  'parent_id',
  'forwarded_to_id',
  'created_by_key',
  'created_by_org',
  'created_at',
  'updated_at',
  'closed_at',
  'purged_at',
] as const;

/** The personal columns a purge empties (gemeente, provincie, sector and size stay for aggregates). */
export const PERSONAL_COLUMNS = [
  'question',
  'company_name',
  'kvk',
  'postcode',
  'contact_name',
  'contact_email',
  'contact_phone',
  // The advice may quote the question.
  'advice',
] as const;

const iso = (t: Timestamp): string => (t instanceof Date ? t.toISOString() : new Date(t).toISOString());
const isoOrNull = (t: Timestamp | null): string | null => (t === null ? null : iso(t));

export function keyFromRow(row: KeyRow): ApiKey {
  return {
    id: row.id,
    role: row.role as Role,
    org: row.org,
    slug: row.slug,
    provincie: row.provincie,
    createdAt: iso(row.created_at),
    revokedAt: isoOrNull(row.revoked_at),
  };
}

export function referralFromRow(row: ReferralRow): Referral {
  const advice = typeof row.advice === 'string' ? (JSON.parse(row.advice) as unknown) : (row.advice ?? null);
  return {
    id: row.id,
    status: row.status as ReferralStatus,
    question: row.question,
    company: {
      name: row.company_name,
      kvk: row.kvk,
      postcode: row.postcode,
      employees: row.employees === null ? null : Number(row.employees),
      sector: row.sector,
      gemeente: row.gemeente,
      provincie: row.provincie,
    },
    contact: { name: row.contact_name, email: row.contact_email, phone: row.contact_phone },
    contactPreference: row.contact_preference as ContactPreference,
    consent: { version: row.consent_version, at: iso(row.consent_at) },
    targetSlug: row.target_slug,
    targetKind: row.target_kind,
    advice,
    parentId: row.parent_id,
    forwardedToId: row.forwarded_to_id,
    createdBy: { keyId: row.created_by_key, org: row.created_by_org },
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    closedAt: isoOrNull(row.closed_at),
    purgedAt: isoOrNull(row.purged_at),
  };
}

export function entryFromRow(row: EventRow): AuditEntry {
  return {
    at: iso(row.at),
    actor: { keyId: row.actor_key, org: row.actor_org, role: row.actor_role as Role },
    from: row.from_status as ReferralStatus | null,
    to: row.to_status as ReferralStatus,
    note: row.note,
    reason: row.reason as DeclineReason | null,
  };
}

/** One group of a GROUP BY count (`n` is text for PostgreSQL's bigint). */
export interface CountRow {
  k: string | null;
  n: number | string;
}

/** Shapes the three GROUP BY counts; a null group (e.g. no gemeente) is counted as "onbekend". */
export function shapeStats(byStatus: CountRow[], byKind: CountRow[], byGemeente: CountRow[]): ReferralStats {
  const toRecord = (rows: CountRow[]) => {
    const out: Record<string, number> = {};
    for (const r of rows) out[r.k ?? 'onbekend'] = (out[r.k ?? 'onbekend'] ?? 0) + Number(r.n);
    return out;
  };
  const status = toRecord(byStatus);
  return {
    total: Object.values(status).reduce((a, b) => a + b, 0),
    byStatus: status,
    byKind: toRecord(byKind),
    byGemeente: toRecord(byGemeente),
  };
}
