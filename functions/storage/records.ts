/**
 * Builds the records both implementations insert, so a referral (and a forwarded copy) looks the
 * same whichever database keeps it.
 */
import { newReferralId } from './secrets.ts';
import { REFERRAL_COLUMNS } from './rows.ts';
import { OPEN_STATUSES, type NewReferral, type Referral, type ReferralStatus } from './types.ts';

/** Whether a status closes the referral (the retention period starts then). */
export const isClosed = (status: ReferralStatus): boolean => !OPEN_STATUSES.includes(status);

/** A new referral with status `verstuurd`. */
export function buildReferral(
  input: NewReferral,
  createdBy: { keyId: string; org: string },
  now: Date,
): Referral {
  const at = now.toISOString();
  return {
    id: newReferralId(),
    status: 'verstuurd',
    question: input.question,
    company: { ...input.company },
    contact: { ...input.contact },
    contactPreference: input.contactPreference,
    consent: { version: input.consentVersion, at },
    targetSlug: input.targetSlug,
    targetKind: input.targetKind,
    advice: input.advice === undefined ? null : input.advice,
    parentId: null,
    forwardedToId: null,
    createdBy,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    purgedAt: null,
  };
}

/**
 * The linked referral made by `doorverwezen`: the same owner, question and consent, a new target.
 * It stays with the intermediair who made the original, so they see what became of it.
 */
export function buildForwarded(
  parent: Referral,
  target: { targetSlug: string; targetKind: string | null },
  now: Date,
): Referral {
  const at = now.toISOString();
  return {
    ...parent,
    id: newReferralId(),
    status: 'verstuurd',
    company: { ...parent.company },
    contact: { ...parent.contact },
    targetSlug: target.targetSlug,
    targetKind: target.targetKind,
    parentId: parent.id,
    forwardedToId: null,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    purgedAt: null,
  };
}

/** The values of a referral in REFERRAL_COLUMNS order; timestamps as ISO text, advice as JSON text. */
export function referralValues(r: Referral): Array<string | number | null> {
  const byColumn: Record<(typeof REFERRAL_COLUMNS)[number], string | number | null> = {
    id: r.id,
    status: r.status,
    question: r.question,
    company_name: r.company.name,
    kvk: r.company.kvk,
    postcode: r.company.postcode,
    employees: r.company.employees,
    sector: r.company.sector,
    gemeente: r.company.gemeente,
    provincie: r.company.provincie,
    contact_name: r.contact.name,
    contact_email: r.contact.email,
    contact_phone: r.contact.phone,
    contact_preference: r.contactPreference,
    consent_version: r.consent.version,
    consent_at: r.consent.at,
    target_slug: r.targetSlug,
    target_kind: r.targetKind,
    advice: r.advice === null ? null : JSON.stringify(r.advice),
    parent_id: r.parentId,
    forwarded_to_id: r.forwardedToId,
    created_by_key: r.createdBy.keyId,
    created_by_org: r.createdBy.org,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    closed_at: r.closedAt,
    purged_at: r.purgedAt,
  };
  return REFERRAL_COLUMNS.map((c) => byColumn[c]);
}
