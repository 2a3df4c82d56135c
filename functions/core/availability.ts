/**
 * Whether an initiative takes new requests on a given day, from its availability block:
 * status, closed periods (such as the summer break) and the next intake date.
 */
import type { Initiative } from '../../content/schema.ts';

export type AvailabilityNow =
  | { state: 'open' }
  /** Status 'onbekend': shown, but not confirmed. */
  | { state: 'unknown' }
  /** Temporarily not taking requests; `until` is the last closed day when known. */
  | { state: 'closed'; reason?: string; until?: string; nextIntake?: string }
  | { state: 'full'; nextIntake?: string }
  /** Stopped for good: never recommended. */
  | { state: 'ended' };

/** The day after an ISO date. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Availability of `initiative` on `today` (YYYY-MM-DD). */
export function availabilityOn(initiative: Pick<Initiative, 'availability'>, today: string): AvailabilityNow {
  const a = initiative.availability;
  if (a.status === 'beeindigd') return { state: 'ended' };
  const intake = a.next_intake && a.next_intake >= today ? a.next_intake : undefined;
  const period = a.closed_periods.find((p) => p.from <= today && today <= p.to);
  if (period) {
    const reopen = nextDay(period.to);
    return {
      state: 'closed',
      reason: period.reason,
      until: period.to,
      nextIntake: intake && intake >= reopen ? intake : reopen,
    };
  }
  if (a.status === 'gesloten') return { state: 'closed', ...(intake ? { nextIntake: intake } : {}) };
  if (a.status === 'vol') return { state: 'full', ...(intake ? { nextIntake: intake } : {}) };
  if (a.status === 'onbekend') return { state: 'unknown' };
  return { state: 'open' };
}
