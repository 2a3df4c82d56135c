/**
 * Corrections ("meld een fout"): anyone reports that something on an initiative's page is wrong;
 * the report is stored for the curator of that initiative (its province, or the national team),
 * who lists them. The CorrectionStore is separate from the ReferralStore (it may share its
 * database) and has its own migrations, recorded in `correction_migrations`.
 * Implementations: corrections-sqlite.ts and corrections-postgres.ts, one contract suite
 * (tests/routes/corrections.test.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Migration } from './migrations.ts';

/** What the report is about; the form shows these as choices. */
export const CORRECTION_TOPICS = [
  'naam-of-beschrijving',
  'werkgebied-of-locatie',
  'contact-of-website',
  'beschikbaarheid',
  'kosten',
  'bestaat-niet-meer',
  'anders',
] as const;
export type CorrectionTopic = (typeof CORRECTION_TOPICS)[number];

/** A correction as the route has validated it; `curator` comes from the directory, never the client. */
export interface NewCorrection {
  /** The initiative's slug (content file name). */
  slug: string;
  /** Its name when the report was made, so the list stays readable if the file is renamed. */
  initiativeName: string;
  /** Its curated_by: a province name (content/places.ts) or 'landelijk'. */
  curator: string;
  topic: CorrectionTopic;
  /** What is wrong, in the reporter's words (plain text; shown escaped). */
  message: string;
}

export interface Correction extends NewCorrection {
  id: string;
  createdAt: string;
}

export interface CorrectionFilter {
  /** Only corrections for this curator; all when absent. */
  curator?: string;
  /** 1-based. */
  page: number;
  perPage: number;
}

export interface CorrectionStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Stores a correction and returns it with its id and time. */
  create(input: NewCorrection): Promise<Correction>;
  /** Newest first. */
  list(filter: CorrectionFilter): Promise<{ items: Correction[]; total: number }>;
  close(): Promise<void>;
}

export interface CorrectionStoreOptions {
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

/** A new correction with its id and creation time. */
export function buildCorrection(input: NewCorrection, now: Date): Correction {
  return { ...input, id: randomUUID(), createdAt: now.toISOString() };
}

/** Append-only, like migrations.ts; recorded in correction_migrations so versions never collide with it. */
export const CORRECTION_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'corrections per curator',
    sqlite: `
      CREATE TABLE corrections (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL,
        initiative_name TEXT NOT NULL,
        curator TEXT NOT NULL,
        topic TEXT NOT NULL,
        message TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX corrections_by_curator ON corrections (curator, created_at);
    `,
    postgres: `
      CREATE TABLE corrections (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL,
        initiative_name TEXT NOT NULL,
        curator TEXT NOT NULL,
        topic TEXT NOT NULL,
        message TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX corrections_by_curator ON corrections (curator, created_at);
    `,
  },
];

/** A row of the corrections table, in either dialect. */
export interface CorrectionRow {
  id: string;
  slug: string;
  initiative_name: string;
  curator: string;
  topic: string;
  message: string;
  created_at: string | Date;
}

export function correctionFromRow(row: CorrectionRow): Correction {
  return {
    id: row.id,
    slug: row.slug,
    initiativeName: row.initiative_name,
    curator: row.curator,
    topic: row.topic as CorrectionTopic,
    message: row.message,
    createdAt: row.created_at instanceof Date ? row.created_at.toISOString() : row.created_at,
  };
}

/** The values of INSERT INTO corrections (id, slug, initiative_name, curator, topic, message, created_at). */
export function correctionValues(c: Correction): [string, string, string, string, string, string, string] {
  return [c.id, c.slug, c.initiativeName, c.curator, c.topic, c.message, c.createdAt];
}
