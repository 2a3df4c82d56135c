/**
 * The impact monitor's two questionnaires, word for word as in appendix II of the evaluation of the
 * Digitale Werkplaatsen (2021): the 0-meting (nulmeting) at intake and the 1-meting (eenmeting) half
 * a year after the traject. Answer letters are the report's, in the report's order, so every
 * werkplaats' system sends the same thing. Answers are stored with MONITOR_VERSION: change a text
 * or an option and the version changes, so old answers stay tied to the wording they answered.
 *
 * Deviations from the printed appendix, on purpose:
 * - 0-meting: the report prints "Vraag 6: Met welk vraagstuk…" as option g) of question 5, and the
 *   editorial note "Open vraag [na jaar 1 …]" as h). They are not answer options: question 5 is a..f
 *   (as the issue says) and question 6 is a separate open question (`q6`).
 * - 1-meting question 1: the report lists the scale as "helemaal eens, eens, neutraal, oneens,
 *   helemaal oneens"; the API codes it 1 = helemaal oneens … 5 = helemaal eens (as the issue asks),
 *   so a higher number means more agreement. The form shows the report's order with those values.
 * - "[naam werkplaats]" and similar placeholders are kept as in the report; the form fills in the
 *   werkplaats' name where it knows it.
 * The letter ranges of the issue match the report: 0-meting q1 a..i, q4 a..h, q5 a..f;
 * 1-meting q1 a..g, q5 a..j.
 */
import { z } from 'zod';

/** The version of both questionnaires; stored with every answer. */
export const MONITOR_VERSION = 'dw-monitor-2021';

/** The two measurements. */
export const MEASUREMENTS = ['nulmeting', 'eenmeting'] as const;
export type Measurement = (typeof MEASUREMENTS)[number];

/** One answer option: its letter and the report's text. */
export interface Option<L extends string = string> {
  letter: L;
  text: string;
}

const letters = <const L extends readonly string[]>(ls: L, texts: { [K in keyof L]: string }) =>
  ls.map((letter, i) => ({ letter, text: texts[i]! })) as Array<Option<L[number]>>;

export const NUL_Q1_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] as const;
export const NUL_Q4_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
export const NUL_Q5_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export const EEN_Q1_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export const EEN_Q5_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

/** 0-meting: the questions in the report's order. */
export const NULMETING = {
  version: MONITOR_VERSION,
  title: '0-meting',
  q1: {
    text: 'Hoe bent u in aanraking gekomen met de werkplaats [naam werkplaats]?',
    kind: 'one' as const,
    instruction: 'Eén antwoord mogelijk',
    options: letters(NUL_Q1_LETTERS, [
      'Via de onderwijsinstelling [naam betrokken onderwijsinstellingen].',
      'Via een intermediair [naam betrokken intermediair (bv bank, ondernemersplatform etc)]',
      'Via [naam betrokken expertbedrijf]',
      'Via de provincie [naam provincie]',
      'Via de gemeente [naam gemeente betrokken]',
      'Op suggestie van een ander bedrijf',
      'Via de website/loket van de werkplaats',
      'Via sociale media',
      'Anders, namelijk …',
    ]),
    /** The option that comes with free text (q1_anders). */
    other: 'i' as const,
  },
  q2: {
    text: 'Wat was de aanleiding om de werkplaats te betrekken in uw vraagstuk?',
    kind: 'open' as const,
    instruction: 'Open antwoord',
  },
  q3: {
    text: 'Stelt u zich de ideale organisatie voor die digitale technologieën en mogelijkheden gebruikt om de organisatie te verbeteren: hoe dicht staat uw organisatie bij dat ideaal (op een schaal van 1 tot 10)?',
    kind: 'scale10' as const,
    instruction: 'Schaal 1 tot 10 beantwoording',
  },
  q4: {
    text: 'Welke factoren spelen een rol bij het behalen van succes met digitalisering?',
    kind: 'many' as const,
    instruction: 'Meerdere antwoorden mogelijk',
    options: letters(NUL_Q4_LETTERS, [
      'Ik weet niet wat digitalisering mijn bedrijf kan opleveren',
      'Ik weet wat mogelijk is maar zie te weinig voordelen',
      'Digitalisering kost te veel geld in verhouding met de opbrengsten',
      'Ik weet welke innovatie ik zou willen maar de technologie is nog niet beschikbaar (voor mijn bedrijf)',
      'Binnen mijn bedrijf is onvoldoende kennis en kunde (know-how) aanwezig om met digitalisering aan de slag te gaan.',
      'Binnen mijn bedrijf hebben we te weinig tijd om met digitalisering aan de slag te gaan.',
      'Ik kan geen bedrijf vinden dat mij tegen redelijk tarief kan helpen om te digitaliseren.',
      'Ik wil wel maar de financiële mogelijkheden ontbreken.',
    ]),
  },
  q5: {
    text: 'Met welke verwachting stapt u in de samenwerking binnen de werkplaats?',
    kind: 'one' as const,
    instruction: 'Selecteer een antwoord',
    options: letters(NUL_Q5_LETTERS, [
      'Meer inzicht in kansen voor digitaliseringsmogelijkheden voor mijn bedrijf',
      'Meer kennis over kosten en haalbaarheid voor digitaliseringsmogelijkheden voor mijn bedrijf',
      'Toegang krijgen tot data en/ of software die nodig zijn om verder te digitaliseren',
      'Toegang tot kennis en vaardigheden; ontwikkeling van eigen kennis en vaardigheden',
      'Samenwerking met een student (extra capaciteit aantrekken)',
      'Een concreet opgeleverd advies/ stappenplan of product',
    ]),
  },
  q6: {
    text: 'Met welk vraagstuk gaat u samen met de werkplaats aan de slag?',
    kind: 'open' as const,
    instruction: 'Open vraag',
  },
};

/** The 5-point scale of 1-meting question 1, in the report's order; `value` is what the API stores. */
export const AGREEMENT_SCALE = [
  { value: 5, text: 'helemaal eens' },
  { value: 4, text: 'eens' },
  { value: 3, text: 'neutraal' },
  { value: 2, text: 'oneens' },
  { value: 1, text: 'helemaal oneens' },
] as const;

/** 1-meting: the questions in the report's order. */
export const EENMETING = {
  version: MONITOR_VERSION,
  title: '1-meting',
  q1: {
    text: 'Wat heeft de activiteit binnen de werkplaats u en/of uw bedrijf opgeleverd:',
    kind: 'statements' as const,
    instruction: 'Per vraag antwoordcategorieën: helemaal eens, eens, neutraal, oneens, helemaal oneens.',
    statements: letters(EEN_Q1_LETTERS, [
      'Ik heb meer inzicht gekregen in de kansen van digitalisering voor mijn bedrijf',
      'Ik ben meer te weten gekomen over de kosten of haalbaarheid voor digitaliseringsmogelijkheden voor mijn bedrijf.',
      'Ik heb toegang gekregen tot data en/of software die nodig zijn om (verder) te digitaliseren.',
      'Ik heb toegang gekregen tot kennis en vaardigheden om (verder) te digitaliseren.',
      'Ik heb zelf kennis en vaardigheden ontwikkeld om (verder) te digitaliseren.',
      'Ik ben tevreden over de samenwerking met de student/ studenten;',
      'Er is een concreet advies/stappenplan of product opgeleverd.',
    ]),
    scale: AGREEMENT_SCALE,
  },
  q2: {
    text: 'In hoeverre bent u tevreden over het opgeleverde resultaat: het concrete advies/stappenplan of product? (op een schaal van 1-10)',
    kind: 'scale10' as const,
    instruction: 'Vraag schaal 1-10',
  },
  q3: {
    text: 'Is er naast bovenstaande antwoorden nog meer uitgekomen wat u op voorhand niet had gedacht/verwacht?',
    kind: 'open' as const,
    instruction: 'Open vraag',
  },
  q4: {
    text: 'Zou u het andere ondernemers aanraden om een traject met een werkplaats te starten? (op een schaal van 1-10)',
    kind: 'scale10' as const,
    instruction: 'Vraag schaal 1-10',
  },
  q5: {
    text: 'Welke vervolgstappen heeft u gezet of gaat u zetten naar aanleiding van het traject met de werkplaats?',
    kind: 'many' as const,
    instruction: 'Meerdere antwoorden mogelijk',
    options: letters(EEN_Q5_LETTERS, [
      'Voor de implementatie neem ik een gespecialiseerd bedrijf in de arm die een maatwerkoplossing ontwikkelt.',
      'Er worden werknemers bij-of omgeschoold',
      'Er worden nieuwe medewerker(s) aangetrokken',
      'We gaan meer investeren in digitalisering, er wordt bijvoorbeeld standaard apparatuur/data/software aangeschaft',
      'Er worden nieuwe producten of diensten ontwikkeld',
      'Een nieuwe onderneming starten (spin out/ startup)',
      'Een nieuw of vervolgt traject starten met de werkplaats',
      'Anders, namelijk:',
      'Er worden geen aanvullende stappen gezet',
      'Weet ik niet',
    ]),
    /** The option that comes with free text (q5_anders). */
    other: 'h' as const,
    /** Options that do not count as "gaat door met digitaliseren". */
    notContinuing: ['i', 'j'] as const,
  },
  q6: {
    text: 'Heeft u suggesties ter verbetering van de werkplaats?',
    kind: 'open' as const,
    instruction: 'Open vraag',
  },
};

// ---------------------------------------------------------------------------------------------
// API bodies

const openText = (max: number) => z.string().trim().min(1).max(max);
const scale10 = z.number().int('Kies een heel getal van 1 tot en met 10.').min(1).max(10);
const scale5 = z.number().int('Kies een heel getal van 1 tot en met 5.').min(1).max(5);

/** Several letters, each at most once. */
const manyOf = <const L extends readonly [string, ...string[]]>(ls: L) =>
  z
    .array(z.enum(ls))
    .min(1, 'Kies minstens één antwoord.')
    .max(ls.length)
    .refine((xs) => new Set(xs).size === xs.length, 'Kies elk antwoord hoogstens één keer.');

/** The body of POST /referrals/{id}/nulmeting. */
export const NulmetingSchema = z
  .object({
    /** Hoe bent u in aanraking gekomen met de werkplaats? One letter a..i (i: anders). */
    q1: z.enum(NUL_Q1_LETTERS),
    /** The free text of q1 = i ("Anders, namelijk …"). */
    q1_anders: openText(500).optional(),
    /** Aanleiding om de werkplaats te betrekken (open). */
    q2: openText(4000),
    /** Hoe dicht bij het digitale ideaal, 1..10. */
    q3: scale10,
    /** Factoren voor succes met digitalisering: letters a..h. */
    q4: manyOf(NUL_Q4_LETTERS),
    /** Verwachting van de samenwerking: one letter a..f. */
    q5: z.enum(NUL_Q5_LETTERS),
    /** Met welk vraagstuk gaat u aan de slag (open). */
    q6: openText(4000),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.q1 === 'i' && body.q1_anders === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['q1_anders'],
        message: 'Vul in hoe u met de werkplaats in aanraking kwam.',
      });
    }
    if (body.q1 !== 'i' && body.q1_anders !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['q1_anders'],
        message: 'Deze toelichting hoort alleen bij antwoord i (anders).',
      });
    }
  });
export type NulmetingAnswers = z.output<typeof NulmetingSchema>;

/** The fields of a 1-meting. */
const eenmetingFields = z.object({
  /** Seven statements a..g, each 1 (helemaal oneens) .. 5 (helemaal eens). */
  q1: z.object({ a: scale5, b: scale5, c: scale5, d: scale5, e: scale5, f: scale5, g: scale5 }).strict(),
  /** Tevredenheid over het opgeleverde resultaat, 1..10. */
  q2: scale10,
  /** Wat er nog meer uitkwam (open, optional). */
  q3: openText(4000).optional(),
  /** Aanbevelingscijfer, 1..10. */
  q4: scale10,
  /** Vervolgstappen: letters a..j (h: anders, i: geen aanvullende stappen, j: weet ik niet). */
  q5: manyOf(EEN_Q5_LETTERS),
  /** The free text of q5 h ("Anders, namelijk:"). */
  q5_anders: openText(500).optional(),
  /** Suggesties ter verbetering (open, optional). */
  q6: openText(4000).optional(),
});

const checkEenmeting = (body: { q5: string[]; q5_anders?: string | undefined }, ctx: z.RefinementCtx) => {
  if (body.q5.includes('h') && body.q5_anders === undefined) {
    ctx.addIssue({ code: 'custom', path: ['q5_anders'], message: 'Vul in welke andere vervolgstap u zet.' });
  }
  if (!body.q5.includes('h') && body.q5_anders !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['q5_anders'],
      message: 'Deze toelichting hoort alleen bij antwoord h (anders).',
    });
  }
};

/** The body of POST /referrals/{id}/eenmeting. */
export const EenmetingSchema = eenmetingFields.strict().superRefine(checkEenmeting);
export type EenmetingAnswers = z.output<typeof EenmetingSchema>;

/** The same body from the owner, who may send the personal link's token in it instead of ?token=. */
export const EenmetingWithTokenSchema = eenmetingFields
  .extend({ /** The token of the personal link. */ token: z.string().min(1).max(200).optional() })
  .strict()
  .superRefine(checkEenmeting);

/** Whether a 1-meting counts as "gaat door met digitaliseren": any step but geen (i) or weet niet (j). */
export function continuesDigitalising(answers: Pick<EenmetingAnswers, 'q5'>): boolean {
  return answers.q5.some((l) => l !== 'i' && l !== 'j');
}
