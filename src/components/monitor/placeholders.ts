/**
 * Appendix II prints placeholders in its questions ("[naam werkplaats]"). A form fills in those it
 * knows from the referral; the others stay as printed. The stored answer is the letter, so filling
 * in never changes what an answer means.
 */

/** The placeholders a referral can fill, as appendix II prints them (questionnaires.ts). */
export const PLACEHOLDERS = {
  werkplaats: '[naam werkplaats]',
  provincie: '[naam provincie]',
  gemeente: '[naam gemeente betrokken]',
  intermediair: '[naam betrokken intermediair (bv bank, ondernemersplatform etc)]',
} as const;

export type Known = Partial<Record<keyof typeof PLACEHOLDERS, string | null | undefined>>;

/** `text` with every known placeholder replaced by its value. */
export function fillPlaceholders(text: string, known: Known): string {
  let out = text;
  for (const [name, placeholder] of Object.entries(PLACEHOLDERS) as Array<[keyof Known, string]>) {
    const value = known[name];
    if (value) out = out.replaceAll(placeholder, value);
  }
  return out;
}
