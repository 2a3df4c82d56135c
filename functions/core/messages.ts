/**
 * Every sentence the router shows an owner, in Dutch and English. Reasons are fragments that
 * follow "past omdat:" / "fits because:"; notices are whole sentences.
 */
import type { Kind } from '../../content/schema.ts';
import type { Lang } from './stem.ts';

/** A kind as a noun in a sentence ("er is geen werkplaats in jouw regio"). */
const NOUNS: Record<Kind, { nl: string; en: string }> = {
  werkplaats: { nl: 'digitale werkplaats', en: 'digital workplace' },
  'mkb-deal': { nl: 'MKB-deal', en: 'SME deal' },
  subsidie: { nl: 'subsidie of voucher', en: 'grant or voucher' },
  cybersecurity: { nl: 'cybersecuritycentrum', en: 'cyber security centre' },
  'smart-industry-hub': { nl: 'Smart Industry-hub', en: 'Smart Industry hub' },
  kenniscentrum: { nl: 'kenniscentrum', en: 'knowledge centre' },
  financiering: { nl: 'financier', en: 'financier' },
  'ict-dienstverlener': { nl: 'ICT-dienstverlener', en: 'IT service provider' },
  opleiding: { nl: 'opleider', en: 'training provider' },
  loket: { nl: 'ondernemersloket', en: 'business desk' },
};

const MONTHS = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "2026-09-01" → "1 september 2026" / "1 September 2026". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[lang][(m ?? 1) - 1]} ${y}`;
}

function sizeRange(min: number | undefined, max: number | undefined, lang: Lang): string {
  const staff = lang === 'nl' ? 'medewerkers' : 'staff';
  if (min !== undefined && max !== undefined) return `${min}–${max} ${staff}`;
  if (max !== undefined) return lang === 'nl' ? `tot ${max} ${staff}` : `up to ${max} ${staff}`;
  return lang === 'nl' ? `vanaf ${min} ${staff}` : `from ${min} ${staff}`;
}

export const messages = {
  coverageGemeente: (gemeente: string, lang: Lang) =>
    lang === 'nl'
      ? `jouw gemeente ${gemeente} valt in het werkgebied`
      : `your municipality ${gemeente} is in their area`,
  coverageProvincie: (provincie: string, lang: Lang) =>
    lang === 'nl' ? `ze werken in heel ${provincie}` : `they work across ${provincie}`,
  coverageLandelijk: (lang: Lang) =>
    lang === 'nl' ? 'ze werken in heel Nederland' : 'they work across the Netherlands',
  coverageUnknown: (regio: string, lang: Lang) =>
    lang === 'nl'
      ? `ze werken in ${regio}; vul je postcode in om te zien of jij daar onder valt`
      : `they work in ${regio}; enter your postcode to see whether you are in their area`,
  nearest: (kind: Kind, km: number, lang: Lang) =>
    lang === 'nl'
      ? `er is geen ${NOUNS[kind].nl} in jouw regio; dit is de dichtstbijzijnde (ongeveer ${km} km)`
      : `there is no ${NOUNS[kind].en} in your region; this is the nearest one (about ${km} km)`,
  neighbour: (km: number, lang: Lang) =>
    lang === 'nl'
      ? `een werkplaats in de buurt (ongeveer ${km} km) die nu wel open is`
      : `a nearby workplace (about ${km} km) that is open now`,
  alternativeNow: (name: string, lang: Lang) =>
    lang === 'nl'
      ? `kan je nu al verder helpen, zolang ${name} geen plek heeft`
      : `can help you now, while ${name} has no place`,
  costSize: (
    cost: 'gratis' | 'bijdrage' | 'commercieel',
    min: number | undefined,
    max: number | undefined,
    lang: Lang,
  ) => {
    const what = {
      gratis: lang === 'nl' ? 'gratis' : 'free',
      bijdrage: lang === 'nl' ? 'tegen een kleine eigen bijdrage' : 'for a small contribution',
      commercieel: lang === 'nl' ? 'tegen een marktprijs' : 'at a market price',
    }[cost];
    if (min === undefined && max === undefined) return what;
    return lang === 'nl'
      ? `${what} voor bedrijven van ${sizeRange(min, max, lang)}`
      : `${what} for firms of ${sizeRange(min, max, lang)}`;
  },
  sizeOnly: (min: number | undefined, max: number | undefined, lang: Lang) =>
    lang === 'nl'
      ? `voor bedrijven van ${sizeRange(min, max, lang)}`
      : `for firms of ${sizeRange(min, max, lang)}`,
  sector: (sector: string, lang: Lang) =>
    lang === 'nl' ? `speciaal voor de sector ${sector}` : `especially for the ${sector} sector`,
  themeMatch: (topic: string, lang: Lang) =>
    lang === 'nl' ? `${topic} is een van hun thema’s` : `${topic} is one of their themes`,
  closed: (a: { reason?: string; until?: string; nextIntake?: string }, lang: Lang) => {
    const parts: string[] = [];
    if (lang === 'nl') {
      parts.push(
        `nu gesloten${a.reason ? ` (${a.reason})` : ''}${a.until ? ` tot en met ${formatDate(a.until, lang)}` : ''}`,
      );
      if (a.nextIntake) parts.push(`volgende intake ${formatDate(a.nextIntake, lang)}`);
    } else {
      parts.push(
        `closed now${a.reason ? ` (${a.reason})` : ''}${a.until ? ` until ${formatDate(a.until, lang)}` : ''}`,
      );
      if (a.nextIntake) parts.push(`next intake ${formatDate(a.nextIntake, lang)}`);
    }
    return parts.join('; ');
  },
  full: (nextIntake: string | undefined, lang: Lang) =>
    lang === 'nl'
      ? `zit nu vol${nextIntake ? `; volgende intake ${formatDate(nextIntake, lang)}` : ''}`
      : `full at the moment${nextIntake ? `; next intake ${formatDate(nextIntake, lang)}` : ''}`,
  unknownAvailability: (lang: Lang) =>
    lang === 'nl' ? 'of ze nu plek hebben is niet bevestigd' : 'whether they have room now is not confirmed',

  // Notices: whole sentences.
  noticeNearest: (kind: Kind, gemeente: string, name: string, km: number, lang: Lang) =>
    lang === 'nl'
      ? `Er is (nog) geen ${NOUNS[kind].nl} voor ${gemeente}. De dichtstbijzijnde is ${name}, op ongeveer ${km} km; vraag daar of ze je toch kunnen helpen, of kijk bij de landelijke mogelijkheden.`
      : `There is no ${NOUNS[kind].en} for ${gemeente} (yet). The nearest is ${name}, about ${km} km away; ask whether they can help you anyway, or look at the national options.`,
  noticeClosed: (name: string, when: string, lang: Lang) =>
    lang === 'nl'
      ? `${name} neemt nu geen nieuwe vragen aan${when ? ` (volgende intake ${when})` : ''}. Wil je nu al verder, kijk dan ook bij de andere suggesties.`
      : `${name} is not taking new requests now${when ? ` (next intake ${when})` : ''}. To get going now, see the other suggestions too.`,
  noticeTooLarge: (employees: number, lang: Lang) =>
    lang === 'nl'
      ? `Met ${employees} medewerkers valt je bedrijf buiten de doelgroep van de digitale werkplaatsen (2 tot 50 medewerkers).`
      : `With ${employees} staff your firm is outside the target group of the digital workplaces (2 to 50 staff).`,
  noticeMarketWork: (lang: Lang) =>
    lang === 'nl'
      ? 'Bouwen, invoeren, repareren en hosten doen werkplaatsen niet: dat is werk voor ICT-bedrijven. Een werkplaats kan wel helpen je vraag scherp te krijgen voordat je een offerte vraagt.'
      : 'Workplaces do not build, implement, repair or host: that is work for IT firms. A workplace can help you sharpen your question before you ask for a quote.',
  noticeNoPostcode: (lang: Lang) =>
    lang === 'nl'
      ? 'Je hebt geen postcode ingevuld. Vul die in om de werkplaats en de regionale hulp bij jou in de buurt te zien.'
      : 'You did not enter a postcode. Enter it to see the workplace and regional help near you.',
  noticeUnknownPostcode: (pc4: string, lang: Lang) =>
    lang === 'nl'
      ? `Postcode ${pc4} kennen we niet; we tonen daarom alleen hulp die overal in Nederland werkt. Controleer de postcode of gebruik die van een adres in de buurt.`
      : `We do not know postcode ${pc4}, so we only show help that works everywhere in the Netherlands. Check the postcode or use one of a nearby address.`,
  noticeNothing: (lang: Lang) =>
    lang === 'nl'
      ? 'We vonden geen passende hulp. Probeer je vraag anders te omschrijven, of neem contact op met het KVK Ondernemersplein.'
      : 'We found no matching help. Try rephrasing your question, or contact the KVK business desk.',
  noticeCorrections: (list: string, lang: Lang) =>
    lang === 'nl' ? `We lazen: ${list}.` : `We read: ${list}.`,
};

/** The words shown with a reason list: "past omdat" / "fits because". */
export const REASONS_LEAD = { nl: 'past omdat', en: 'fits because' } as const;
