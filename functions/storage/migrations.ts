/**
 * The schema, as an append-only list of migrations in both dialects. Never edit a migration that
 * has shipped: add the next one. Each implementation records the applied versions in
 * schema_migrations and applies the rest in one transaction at start-up.
 */

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'keys, referrals and their audit trail',
    sqlite: `
      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        secret_hash TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('intermediair', 'ontvanger', 'provincie', 'admin')),
        org TEXT NOT NULL,
        slug TEXT,
        provincie TEXT,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE TABLE referrals (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        question TEXT,
        company_name TEXT,
        kvk TEXT,
        postcode TEXT,
        employees INTEGER,
        sector TEXT,
        gemeente TEXT,
        provincie TEXT,
        contact_name TEXT,
        contact_email TEXT,
        contact_phone TEXT,
        contact_preference TEXT NOT NULL,
        consent_version TEXT NOT NULL,
        consent_at TEXT NOT NULL,
        target_slug TEXT NOT NULL,
        target_kind TEXT,
        advice TEXT,
        parent_id TEXT REFERENCES referrals (id) ON DELETE SET NULL,
        forwarded_to_id TEXT REFERENCES referrals (id) ON DELETE SET NULL,
        created_by_key TEXT NOT NULL,
        created_by_org TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        closed_at TEXT,
        purged_at TEXT
      );
      CREATE INDEX referrals_by_org ON referrals (created_by_org, created_at);
      CREATE INDEX referrals_by_target ON referrals (target_slug, created_at);
      CREATE INDEX referrals_by_kvk ON referrals (kvk);
      CREATE INDEX referrals_by_closed ON referrals (closed_at) WHERE purged_at IS NULL;
      CREATE INDEX referrals_by_provincie ON referrals (provincie);
      CREATE TABLE referral_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor_key TEXT NOT NULL,
        actor_org TEXT NOT NULL,
        actor_role TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        note TEXT,
        reason TEXT
      );
      CREATE INDEX referral_events_by_referral ON referral_events (referral_id, id);
    `,
    postgres: `
      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        secret_hash TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('intermediair', 'ontvanger', 'provincie', 'admin')),
        org TEXT NOT NULL,
        slug TEXT,
        provincie TEXT,
        created_at TIMESTAMPTZ NOT NULL,
        revoked_at TIMESTAMPTZ
      );
      CREATE TABLE referrals (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        question TEXT,
        company_name TEXT,
        kvk TEXT,
        postcode TEXT,
        employees INTEGER,
        sector TEXT,
        gemeente TEXT,
        provincie TEXT,
        contact_name TEXT,
        contact_email TEXT,
        contact_phone TEXT,
        contact_preference TEXT NOT NULL,
        consent_version TEXT NOT NULL,
        consent_at TIMESTAMPTZ NOT NULL,
        target_slug TEXT NOT NULL,
        target_kind TEXT,
        advice JSONB,
        parent_id TEXT REFERENCES referrals (id) ON DELETE SET NULL,
        forwarded_to_id TEXT REFERENCES referrals (id) ON DELETE SET NULL,
        created_by_key TEXT NOT NULL,
        created_by_org TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        closed_at TIMESTAMPTZ,
        purged_at TIMESTAMPTZ
      );
      CREATE INDEX referrals_by_org ON referrals (created_by_org, created_at);
      CREATE INDEX referrals_by_target ON referrals (target_slug, created_at);
      CREATE INDEX referrals_by_kvk ON referrals (kvk);
      CREATE INDEX referrals_by_closed ON referrals (closed_at) WHERE purged_at IS NULL;
      CREATE INDEX referrals_by_provincie ON referrals (provincie);
      CREATE TABLE referral_events (
        id BIGSERIAL PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        at TIMESTAMPTZ NOT NULL,
        actor_key TEXT NOT NULL,
        actor_org TEXT NOT NULL,
        actor_role TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        note TEXT,
        reason TEXT
      );
      CREATE INDEX referral_events_by_referral ON referral_events (referral_id, id);
    `,
  },
];
