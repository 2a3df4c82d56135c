/**
 * The ReferralStore: everything the referral API keeps (API keys, referrals, their audit trail),
 * behind one interface. Implementations: sqlite.ts (embedded default) and postgres.ts (DATABASE_URL).
 * Both pass the same contract suite (tests/storage/referral-store.contract.test.ts).
 *
 * The store enforces no business rule except compare-and-set on a status change: which transition is
 * allowed for whom lives in lifecycle.ts, and the routes decide.
 */

/** Who holds a key. */
export const ROLES = ['intermediair', 'ontvanger', 'provincie', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Every status a referral can have (see lifecycle.ts for the allowed moves). */
export const REFERRAL_STATUSES = [
  'verstuurd',
  'ontvangen',
  'in_behandeling',
  'afgerond',
  'afgewezen',
  'geen_contact',
  'doorverwezen',
  'ingetrokken',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Statuses in which the receiver can still act. Every other status closes the referral. */
export const OPEN_STATUSES: readonly ReferralStatus[] = ['verstuurd', 'ontvangen', 'in_behandeling'];

/** Why a receiver declines (a code, so it can be counted and is never personal data). */
export const DECLINE_REASONS = [
  'geen_capaciteit',
  'buiten_doelgroep',
  'buiten_werkgebied',
  'vraag_past_niet',
  'anders',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** How the owner wants to be reached: by phone, by e-mail, or not at all (they call themselves). */
export const CONTACT_PREFERENCES = ['telefoon', 'email', 'ondernemer_belt_zelf'] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

/** An API key as stored: never the secret itself, only its SHA-256 hash (not exposed here). */
export interface ApiKey {
  /** Public identifier, e.g. "k_3f9a1c2b7d4e"; used by `keys -- revoke`. */
  id: string;
  role: Role;
  /** The organisation; intermediairs of one organisation see each other's referrals. */
  org: string;
  /** For an ontvanger: the content slug of its initiative. */
  slug: string | null;
  /** For a provincie: its name as in content/places.ts. */
  provincie: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export interface NewApiKey {
  role: Role;
  org: string;
  slug?: string | null;
  provincie?: string | null;
}

/** Who did something: the key and its organisation at that moment. */
export interface Actor {
  keyId: string;
  org: string;
  role: Role;
}

/** What a new referral is made of (the route has validated it). */
export interface NewReferral {
  question: string;
  company: {
    name: string;
    kvk: string;
    postcode: string;
    employees: number | null;
    sector: string | null;
    /** Derived from the postcode: kept after a purge for the provincial aggregates. */
    gemeente: string | null;
    provincie: string | null;
  };
  contact: { name: string; email: string | null; phone: string | null };
  contactPreference: ContactPreference;
  consentVersion: string;
  targetSlug: string;
  /** The target initiative's kind at the time of sending (for aggregates). */
  targetKind: string | null;
  /** The router's advice as JSON-serialisable data; null when there was no router. */
  advice: unknown;
}

/** A referral as stored. */
export interface Referral {
  id: string;
  status: ReferralStatus;
  question: string | null;
  company: {
    name: string | null;
    kvk: string | null;
    postcode: string | null;
    employees: number | null;
    sector: string | null;
    gemeente: string | null;
    provincie: string | null;
  };
  contact: { name: string | null; email: string | null; phone: string | null };
  contactPreference: ContactPreference;
  consent: { version: string; at: string };
  targetSlug: string;
  targetKind: string | null;
  advice: unknown;
  /** The referral this one was passed on from. */
  parentId: string | null;
  /** The referral this one was passed on to. */
  forwardedToId: string | null;
  createdBy: { keyId: string; org: string };
  createdAt: string;
  updatedAt: string;
  /** When it reached a closed status; the retention period counts from here. */
  closedAt: string | null;
  /** When its personal data was removed. */
  purgedAt: string | null;
}

/** One line of the audit trail. */
export interface AuditEntry {
  at: string;
  actor: Actor;
  /** null for the creation of the referral. */
  from: ReferralStatus | null;
  to: ReferralStatus;
  note: string | null;
  reason: DeclineReason | null;
}

export interface ReferralFilter {
  /** Referrals made by this organisation (intermediair). */
  createdByOrg?: string;
  /** Referrals addressed to this slug (ontvanger). */
  targetSlug?: string;
  statuses?: readonly ReferralStatus[];
  /** 1-based. */
  page: number;
  perPage: number;
}

export interface StatusChange {
  id: string;
  /** The status the caller saw; the change only happens when it is still the current one. */
  from: ReferralStatus;
  to: ReferralStatus;
  actor: Actor;
  note: string | null;
  reason: DeclineReason | null;
  /** For `doorverwezen`: where the new, linked referral goes. */
  forward?: { targetSlug: string; targetKind: string | null };
}

export type StatusChangeResult =
  | { ok: true; referral: Referral; forwarded: Referral | null }
  | { ok: false; reason: 'not_found' | 'conflict'; current?: ReferralStatus };

/** Counts without personal data. */
export interface ReferralStats {
  total: number;
  byStatus: Record<string, number>;
  byKind: Record<string, number>;
  byGemeente: Record<string, number>;
}

/** Everything stored about one referral, for an export. */
export interface ReferralRecord {
  referral: Referral;
  history: AuditEntry[];
}

export interface ReferralStore {
  /** 'sqlite' or 'postgres', for logs and benchmarks. */
  readonly kind: 'sqlite' | 'postgres';

  /** Creates a key; `secret` is returned once and never stored. */
  createKey(input: NewApiKey): Promise<{ key: ApiKey; secret: string }>;
  /** The key with this secret, unless it is unknown or revoked. */
  findKeyBySecret(secret: string): Promise<ApiKey | null>;
  listKeys(): Promise<ApiKey[]>;
  /** false when no such (unrevoked) key exists. */
  revokeKey(id: string): Promise<boolean>;

  /** Stores a referral with status `verstuurd` and its first audit entry, in one transaction. */
  createReferral(input: NewReferral, actor: Actor): Promise<Referral>;
  getReferral(id: string): Promise<Referral | null>;
  listReferrals(filter: ReferralFilter): Promise<{ items: Referral[]; total: number }>;
  history(id: string): Promise<AuditEntry[]>;
  /** Compare-and-set of the status, with its audit entry (and the forwarded referral), atomically. */
  changeStatus(change: StatusChange): Promise<StatusChangeResult>;

  /** Counts of referrals whose company is in this provincie (all when undefined). */
  stats(filter: { provincie?: string }): Promise<ReferralStats>;

  /** Removes the personal fields of referrals closed before `cutoff`; returns how many. */
  purgeClosedBefore(cutoff: Date): Promise<number>;
  /** Every referral (with history) about this KVK number. */
  exportByKvk(kvk: string): Promise<ReferralRecord[]>;
  /** Deletes every referral (and its history) about this KVK number; returns how many. */
  eraseByKvk(kvk: string): Promise<number>;

  close(): Promise<void>;
}

/** Options shared by the implementations. */
export interface StoreOptions {
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}
