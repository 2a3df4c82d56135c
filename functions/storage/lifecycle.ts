/**
 * The lifecycle of a referral, as a pure function: who may move it from which status to which.
 *
 *   verstuurd → ontvangen → in_behandeling → afgerond          (the receiver)
 *   any open status → afgewezen (with a reason) | geen_contact | doorverwezen   (the receiver)
 *   verstuurd → ingetrokken                                      (the intermediair, before acceptance)
 *
 * It lives beside the store (which only does compare-and-set) because core/ is the router's; it
 * does no I/O and could move to core/ unchanged.
 */
import { OPEN_STATUSES, type ReferralStatus, type Role } from './types.ts';

export type TransitionCheck = { ok: true } | { ok: false; detail: string };

const RECEIVER_NEXT: Partial<Record<ReferralStatus, ReferralStatus>> = {
  verstuurd: 'ontvangen',
  ontvangen: 'in_behandeling',
  in_behandeling: 'afgerond',
};

const FROM_ANY_OPEN: readonly ReferralStatus[] = ['afgewezen', 'geen_contact', 'doorverwezen'];

/** Statuses a role could ever set; the rest of the API answers 404 for other roles. */
export const STATUSES_BY_ROLE: Partial<Record<Role, readonly ReferralStatus[]>> = {
  intermediair: ['ingetrokken'],
  ontvanger: ['ontvangen', 'in_behandeling', 'afgerond', ...FROM_ANY_OPEN],
};

/** Whether `role` may move a referral from `from` to `to`; a Dutch reason when not. */
export function checkTransition(role: Role, from: ReferralStatus, to: ReferralStatus): TransitionCheck {
  if (!OPEN_STATUSES.includes(from)) {
    return {
      ok: false,
      detail: `Deze doorverwijzing is al afgesloten (status ${from}). De status kan niet meer veranderen.`,
    };
  }
  if (to === 'ingetrokken') {
    if (role !== 'intermediair') {
      return { ok: false, detail: 'Alleen de verwijzer kan een doorverwijzing intrekken.' };
    }
    return from === 'verstuurd'
      ? { ok: true }
      : {
          ok: false,
          detail: `Intrekken kan alleen zolang de ontvanger de doorverwijzing nog niet heeft ontvangen; de status is nu ${from}.`,
        };
  }
  if (role !== 'ontvanger') {
    return {
      ok: false,
      detail:
        'Alleen de ontvanger verandert de status. Als verwijzer kun je een doorverwijzing intrekken zolang die nog niet is ontvangen.',
    };
  }
  if (FROM_ANY_OPEN.includes(to) || RECEIVER_NEXT[from] === to) return { ok: true };
  const next = RECEIVER_NEXT[from];
  return {
    ok: false,
    detail: `Van ${from} naar ${to} kan niet. De volgende stap is ${next}; afwijzen, geen contact en doorverwijzen kan ook.`,
  };
}
