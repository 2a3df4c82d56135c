/** Whether an initiative's werkgebied covers a place. Shared by the finder and the router. */
import type { Initiative } from '../../content/schema.ts';

export type CoverageScope = 'gemeente' | 'provincie' | 'landelijk';

/** How an initiative covers a gemeente: by naming it, its provincie, or the whole country; null if not. */
export function coverage(
  initiative: Pick<Initiative, 'werkgebied'>,
  place: { gemeente: string; provincie: string },
): CoverageScope | null {
  const w = initiative.werkgebied;
  if (w.gemeenten.includes(place.gemeente)) return 'gemeente';
  if ((w.provincies as readonly string[]).includes(place.provincie)) return 'provincie';
  if (w.landelijk) return 'landelijk';
  return null;
}
