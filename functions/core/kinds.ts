/**
 * What each of the ten kinds of help means, as data the router reasons with: the signals in a
 * question that point to a kind (words and phrases, Dutch and English, with a weight), the role
 * a signal plays in the rules (see classify-question.ts) and the reason shown to the owner.
 *
 * Words go through the same analysis as questions (synonyms.ts, stemming), so writing
 * "webshop" also matches "webwinkels". A phrase matches its words in order, up to two words apart.
 * `{topic}` in a reason becomes the question's topic ("online verkoop en marketing").
 */
import type { Kind } from '../../content/schema.ts';

/** Roles used by the rules of the expert system. */
export type SignalRole =
  /** Building, implementing, repairing, hosting or quoting: market work. */
  | 'market'
  /** A prototype or concept, which a werkplaats makes (and which cancels "market"). */
  | 'prototype'
  /** Advice, options, a step plan: question articulation. */
  | 'advice'
  /** Students doing the work. */
  | 'students'
  /** Longer, applied research. */
  | 'research'
  /** A need of the owner that is not digital. */
  | 'business'
  /** The owner wants to learn it themselves: market signals count half. */
  | 'learn';

export interface Signal {
  /** Stable id, reported with the understood question. */
  id: string;
  nl: readonly string[];
  en: readonly string[];
  weight: number;
  role?: SignalRole;
}

export interface KindMeaning {
  kind: Kind;
  label: { nl: string; en: string };
  /** Why this kind answers the question, as a reason fragment ("past omdat: ..."). */
  reason: { nl: string; en: string };
  signals: readonly Signal[];
}

/** Firm sizes a werkplaats is for, unless an entry says otherwise (firm_size). */
export const WERKPLAATS_FIRM_SIZE = { min: 2, max: 50 } as const;

/** Weights of the rules in classify-question.ts, kept here with the meanings they apply. */
export const RULES = {
  /** A digital topic from a small firm without a clearer need: a werkplaats is the loket's default. */
  digitalPrior: 2,
  /** Above this score of a specialist kind (cyber, money, industry, rules ...) the default no longer applies. */
  specialistThreshold: 3,
  /** Every question may be a general business question. */
  loketPrior: 0.5,
  /** Market signal weight from which a question counts as market work. */
  marketThreshold: 3,
  /** Share of the werkplaats score that moves to another kind when a firm is too large. */
  tooLargeTransfer: 0.7,
  /** Each further term of the same signal adds this share of its weight, up to `maxEvidence`. */
  extraEvidence: 0.25,
  maxEvidence: 1.5,
  /** A kind this clearly asked for is shown even when only found outside the owner's region. */
  clearlyAsked: 4,
} as const;

export const KINDS_MEANING: readonly KindMeaning[] = [
  {
    kind: 'werkplaats',
    label: { nl: 'Digitale werkplaats', en: 'Digital workplace' },
    reason: {
      nl: 'advies over {topic} is hun specialiteit',
      en: 'advice on {topic} is their speciality',
    },
    signals: [
      { id: 'advies', nl: ['advies', 'onafhankelijk advies', 'eerst advies', 'onafhankelijk', 'meedenken', 'sparren', 'helpen kiezen', 'hulp bij', 'kan iemand helpen', 'wie kan helpen', 'wie kan ons helpen', 'helpen', 'ondersteuning'], en: ['advies', 'help us choose', 'help choose', 'help us', 'who can help', 'guidance'], weight: 2, role: 'advice' },
      { id: 'waar-beginnen', nl: ['waar beginnen', 'weet niet waar', 'geen idee', 'hoe begin', 'hoe beginnen', 'eerste stap', 'eerste stappen', 'wat is zinnig', 'wat is verstandig', 'wat is slim', 'slimste aanpak', 'welke opties', 'welke mogelijkheden', 'mogelijkheden', 'opties', 'hoe pakken', 'hoe organiseren', 'hoe doe je', 'hoe kunnen we', 'hoe kan ik', 'hoe zorgen', 'wat kunnen we', 'welke aanpak', 'aanpak', 'uitzoeken', 'laten uitzoeken', 'richting', 'vraag scherp', 'scherp krijgen', 'weten niet wat', 'weet niet wat', 'wat erop moet', 'wat we nodig hebben', 'op weg helpen'], en: ['where to start', 'where to begin', 'no idea', 'first step', 'first steps', 'what options', 'which options', 'options', 'how do we', 'how can we', 'how should we', 'approach', 'figure out', 'what makes sense', 'not sure'], weight: 2, role: 'advice' },
      { id: 'stappenplan', nl: ['stappenplan', 'stappen', 'plan maken', 'plan', 'keuze', 'kiezen', 'welk platform', 'welk systeem', 'welke software'], en: ['stappenplan', 'steps', 'plan', 'choose', 'choice', 'which platform', 'which software', 'which system'], weight: 2, role: 'advice' },
      { id: 'prototype', nl: ['prototype', 'concept', 'simpel concept', 'uitwerken', 'bedenken', 'ontwerp', 'ontwerpen', 'schets'], en: ['prototype', 'concept', 'design', 'sketch', 'work out'], weight: 3, role: 'prototype' },
      { id: 'studenten', nl: ['student', 'afstuderen', 'afstudeeropdracht', 'stageopdracht', 'praktijkopdracht', 'opdracht voor studenten'], en: ['student', 'graduation project', 'internship'], weight: 3, role: 'students' },
      { id: 'werkplaats', nl: ['werkplaats', 'digitale werkplaats', 'datalab', 'mkb lab', 'digiwerkplaats', 'workspace', 'digital workspace'], en: ['digital workplace', 'workspace', 'datalab', 'werkplaats'], weight: 2 },
      { id: 'klein-onderzoek', nl: ['klein onderzoek', 'onderzoekje', 'kort onderzoek', 'in kaart brengen', 'doorlichten', 'scan', 'nulmeting', 'quickscan'], en: ['small study', 'quick scan', 'scan', 'assessment', 'map out'], weight: 2, role: 'advice' },
      { id: 'inzicht', nl: ['inzicht', 'inzichten', 'analys', 'patronen', 'dashboard', 'data', 'beter benutten', 'meer halen uit'], en: ['insight', 'insights', 'analys', 'dashboard', 'data', 'make better use'], weight: 1 },
      { id: 'verbeteren', nl: ['verbeteren', 'slimmer', 'efficienter', 'beter organiseren', 'chaos', 'raakt zoek', 'kwijt', 'handmatig', 'met de hand', 'tijdrovend', 'veel tijd', 'overzicht', 'onoverzichtelijk', 'dubbel werk', 'telefonisch', 'papier', 'excel'], en: ['improve', 'smarter', 'more efficient', 'chaos', 'get lost', 'manual', 'by hand', 'time consuming', 'overview', 'double work', 'by phone', 'paper', 'excel'], weight: 1 },
      { id: 'online-aanwezigheid', nl: ['klanten bereiken', 'meer klanten', 'nieuwe klanten', 'jonge klanten', 'online verkopen', 'online gaan', 'online zichtbaar', 'zichtbaarheid', 'socialmedia', 'marketing', 'website', 'webwinkel', 'ecommerce', 'seo', 'nieuwsbrief', 'online', 'app', 'portal', 'chatbot', 'ai', 'automatiser', 'digitaliser'], en: ['reach customers', 'more customers', 'new customers', 'sell online', 'online', 'socialmedia', 'marketing', 'website', 'webwinkel', 'ecommerce', 'seo', 'app', 'portal', 'chatbot', 'ai', 'automatiser', 'digitaliser'], weight: 1 },
    ],
  },
  {
    kind: 'ict-dienstverlener',
    label: { nl: 'ICT-dienstverlener', en: 'IT service provider' },
    reason: {
      nl: 'bouwen, invoeren, repareren of hosten is werk voor een ICT-bedrijf; via hen vind je er een',
      en: 'building, implementing, repairing or hosting is work for an IT firm; they help you find one',
    },
    signals: [
      { id: 'bouwen', nl: ['laten bouwen', 'laten maken', 'laten ontwikkelen', 'bouwen', 'bouwt', 'ontwikkelen', 'programmeren', 'maatwerk', 'op maat', 'kan bouwen', 'kan maken'], en: ['build', 'built', 'custom made', 'tailor made', 'have it built', 'make it'], weight: 3, role: 'market' },
      { id: 'bureau', nl: ['ontwikkelaar', 'leverancier', 'bouwer', 'bouwers', 'webbouwer', 'webbureau', 'internetbureau', 'betrouwbare partij', 'ict bedrijf', 'partij', 'partijen', 'bedrijf dat', 'specialist', 'externe', 'inhuren'], en: ['ontwikkelaar', 'leverancier', 'company that', 'specialist', 'hire', 'external'], weight: 3, role: 'market' },
      { id: 'storing', nl: ['storing', 'werkt niet', 'kan niet meer', 'kunnen niet meer', 'niemand kan meer'], en: ['storing', 'cannot access', 'can not access'], weight: 3, role: 'market' },
      { id: 'repareren', nl: ['repareren'], en: ['repareren'], weight: 1.5, role: 'market' },
      { id: 'spoed', nl: ['direct', 'vandaag nog', 'zo snel mogelijk', 'met spoed', 'spoed', 'urgent', 'omzet mis', 'lopen omzet mis'], en: ['right away', 'today', 'asap', 'urgent', 'urgently', 'immediately', 'losing sales', 'losing revenue'], weight: 2, role: 'market' },
      { id: 'hosting', nl: ['hosting', 'onderhoud', 'bouwen en onderhouden', 'beheer', 'helpdesk', 'netwerk aanleggen', 'wifi', 'printer', 'laptops', 'hardware', 'telefonie'], en: ['hosting', 'onderhoud', 'helpdesk', 'network', 'wifi', 'printer', 'laptops', 'hardware', 'telephony'], weight: 2, role: 'market' },
      { id: 'implementeren', nl: ['implementer', 'inrichten', 'instellen', 'aansluiten'], en: ['implementer', 'configure', 'set up'], weight: 2, role: 'market' },
      { id: 'offerte', nl: ['offerte', 'prijsopgave', 'uitgewerkt plan', 'plan ligt klaar', 'weten precies wat', 'specificaties', 'programma van eisen', 'eisen', 'partijen noemen', 'paar partijen'], en: ['offerte', 'quote', 'specifications', 'requirements', 'detailed plan', 'know exactly what'], weight: 3, role: 'market' },
      // "What does it roughly cost" is often asked while still orienting: weaker than asking for a quote.
      { id: 'kosten', nl: ['wat kost', 'kosten van'], en: ['what does it cost', 'how much does'], weight: 1.5, role: 'market' },
      { id: 'aanschaf', nl: ['aanschaffen', 'kopen', 'licentie', 'licenties', 'abonnement', 'overstappen', 'vervangen'], en: ['buy', 'purchase', 'licence', 'license', 'subscription', 'switch', 'replace'], weight: 1, role: 'market' },
      { id: 'systemen', nl: ['erp', 'crm', 'systeem', 'kassasysteem', 'netwerk', 'cloud', 'server'], en: ['erp', 'crm', 'system', 'network', 'cloud', 'server'], weight: 1 },
    ],
  },
  {
    kind: 'cybersecurity',
    label: { nl: 'Cybersecurity', en: 'Cyber security' },
    reason: {
      nl: 'zij helpen bij digitale dreigingen en incidenten en bij het beveiligen van je bedrijf',
      en: 'they help with digital threats and incidents and with protecting your business',
    },
    signals: [
      { id: 'incident', nl: ['hack', 'phishing', 'ransomware', 'malware', 'datalek', 'ddos', 'afpersing', 'oplichting', 'fraude', 'opgelicht', 'nepwebshop'], en: ['hack', 'phishing', 'ransomware', 'malware', 'datalek', 'ddos', 'extortion', 'scam', 'fraud', 'scammed'], weight: 5 },
      { id: 'verdacht', nl: ['verdacht', 'verdachte', 'vreemde', 'onbekend land', 'usb', 'usbstick', 'usb stick', 'doet raar', 'raar', 'waarschuwt', 'waarschuwing', 'rare mail', 'klikte', 'geklikt', 'link geklikt', 'casino'], en: ['suspicious', 'strange', 'weird', 'unknown country', 'never been', 'usb', 'warning', 'clicked', 'clicked a link', 'casino'], weight: 2 },
      { id: 'beveiligen', nl: ['beveilig', 'wachtwoord', 'inlog', 'firewall', 'antivirus', 'virusscanner', 'pentest', 'kwetsbaarheid', 'kwetsbaarheden', 'nis2', 'veilig', 'veiliger', 'backup', 'back up', 'encryptie', 'versleutelen', 'dtc', 'digital trust center', 'cyberscan', 'basisscan'], en: ['beveilig', 'wachtwoord', 'inlog', 'firewall', 'antivirus', 'pentest', 'vulnerability', 'vulnerabilities', 'nis2', 'safe', 'safer', 'backup', 'back up', 'encryption', 'digital trust center'], weight: 4 },
      { id: 'wat-nu', nl: ['wat nu', 'wat moeten we doen', 'wat moet ik doen', 'zorgen maken', 'paniek'], en: ['what now', 'what do we do', 'what should we do', 'right now', 'worried', 'panic'], weight: 1 },
    ],
  },
  {
    kind: 'subsidie',
    label: { nl: 'Subsidie of voucher', en: 'Grant or voucher' },
    reason: {
      nl: 'je vraagt om een bijdrage in de kosten; dit is een subsidie of voucher',
      en: 'you ask for help with the costs; this is a grant or voucher',
    },
    signals: [
      { id: 'subsidie', nl: ['subsidie', 'voucher', 'wbso', 'mit regeling', 'slim regeling', 'slimregeling', 'mijn digitale zaak', 'praktijkleren', 'subsidie praktijkleren', 'eia', 'mia', 'vamil', 'innovatiebox', 'kennisvoucher', 'rvo'], en: ['subsidie', 'voucher', 'wbso', 'government grant', 'rvo'], weight: 5 },
      // Somebody else paying part of the cost is the heart of a subsidy question; "overheid" alone is weak.
      { id: 'meebetalen', nl: ['vergoed', 'betaalt mee', 'betaalt de overheid mee', 'meebetalen', 'deel van de kosten', 'kosten terug', 'tegemoetkoming'], en: ['vergoed', 'pay part', 'part of the costs', 'government pay', 'cover the costs', 'reimburse'], weight: 4 },
      { id: 'vergoeding', nl: ['bijdrage', 'eigen bijdrage', 'betaalt de overheid', 'overheid', 'korting', 'belastingvoordeel', 'aftrek', 'fiscaal voordeel'], en: ['government', 'discount', 'tax credit', 'tax deduction', 'allowance'], weight: 2 },
      { id: 'leerbaan', nl: ['bbl', 'leerbaan', 'leerwerkplek', 'leerling', 'leerbedrijf', 'erkend leerbedrijf', 'leerwerktraject'], en: ['apprentice', 'apprenticeship', 'bbl', 'trainee position'], weight: 3 },
    ],
  },
  {
    kind: 'financiering',
    label: { nl: 'Financiering', en: 'Financing' },
    reason: {
      nl: 'je zoekt geld om te investeren; zij lenen of investeren',
      en: 'you need money to invest; they lend or invest',
    },
    signals: [
      { id: 'lenen', nl: ['lening', 'investeerder', 'financier', 'crowdfunding', 'qredits', 'bmkb', 'borgstelling', 'rom', 'ontwikkelingsmaatschappij', 'innovatiekrediet', 'voorfinanciering'], en: ['lening', 'investeerder', 'financier', 'crowdfunding', 'qredits'], weight: 5 },
      { id: 'geld-nodig', nl: ['geld nodig', 'euro nodig', 'geld lenen', 'bank', 'de bank', 'investeren', 'investering', 'groeien', 'uitbreiden', 'tweede vestiging', 'overname', 'overnemen', 'kapitaal'], en: ['need money', 'bank', 'invest', 'investment', 'grow', 'expand', 'second location', 'acquisition', 'take over'], weight: 2 },
    ],
  },
  {
    kind: 'smart-industry-hub',
    label: { nl: 'Smart Industry-hub', en: 'Smart Industry hub' },
    reason: {
      nl: 'automatisering van de werkvloer (robots, sensoren, slimme machines) is hun terrein',
      en: 'shop-floor automation (robots, sensors, smart machines) is their field',
    },
    signals: [
      { id: 'industrie', nl: ['smartindustry', 'fieldlab', 'robot', 'sensor', '3dprint', 'digital twin', 'digitale tweeling', 'voorspellend onderhoud', 'predictive maintenance', 'oee', 'machinedata', 'productiedata', 'vision systeem', 'camerainspectie', 'camera', 'beeldherkenning', 'kwaliteitscontrole', 'inspectie', 'fouten herkennen', 'defecten', 'hub'], en: ['smartindustry', 'fieldlab', 'robot', 'sensor', '3dprint', 'digital twin', 'predictive maintenance', 'oee', 'machine data', 'production data', 'computer vision', 'camera', 'quality control', 'inspection', 'defects', 'hub'], weight: 4 },
      { id: 'werkvloer', nl: ['productie', 'fabriek', 'machine', 'werkvloer', 'hal', 'lopende band', 'assemblage', 'lassen', 'frezen', 'metaal', 'metaalbewerking', 'kunststof', 'verpakken', 'verpakkingslijn', 'ovens', 'oven', 'uitval', 'energieverbruik', 'onderdelen', 'reserveonderdelen', 'grondstoffen', 'magazijn', 'orderpicken', 'heftruck', 'weegschaal', 'weegschalen', 'plc', 'scada', 'mes'], en: ['productie', 'fabriek', 'machine', 'assembly', 'welding', 'milling', 'metal', 'plastics', 'packaging', 'ovens', 'oven', 'scrap', 'energy use', 'parts', 'spare parts', 'raw materials', 'warehouse', 'order picking', 'forklift', 'plc', 'scada'], weight: 2 },
    ],
  },
  {
    kind: 'mkb-deal',
    label: { nl: 'MKB-deal', en: 'SME deal' },
    reason: {
      nl: 'je wilt samen met andere ondernemers optrekken; een MKB-deal is zo’n gezamenlijk traject',
      en: 'you want to act together with other businesses; an SME deal is such a joint programme',
    },
    signals: [
      { id: 'mkb-deal', nl: ['mkbdeal', 'mkb deal', 'regiodeal'], en: ['mkbdeal', 'sme deal'], weight: 6 },
      { id: 'samen', nl: ['samen met andere', 'met andere ondernemers', 'met andere bedrijven', 'andere ondernemers', 'andere bedrijven', 'collectief', 'als groep', 'groep van', 'groep ondernemers', 'gezamenlijk', 'branche', 'met collega', 'samen optrekken', 'samen een traject', 'winkeliers', 'ondernemers in de regio', 'bedrijven in de regio', 'bedrijventerrein', 'winkelgebied', 'binnenstad', 'centrum'], en: ['together with other', 'other businesses', 'other companies', 'other entrepreneurs', 'collective', 'as a group', 'group of', 'jointly', 'peers', 'businesses in the region', 'business park', 'shopping street', 'town centre'], weight: 3 },
      // A group of peer firms acting together is what an MKB-deal funds, also when they call it a "regeling".
      { id: 'groep-ondernemers', nl: ['samenwerkende', 'samenwerkende ondernemers', 'samenwerkende bedrijven', 'samenwerking tussen ondernemers', 'wij zijn met', 'met zijn allen', 'ondernemersvereniging', 'winkeliersvereniging', 'brancheorganisatie', 'branchevereniging'], en: ['cooperating businesses', 'group of businesses', 'business association', 'trade association', 'we are a group'], weight: 3 },
      { id: 'samen-los', nl: ['samen', 'traject', 'regio', 'netwerk', 'elkaar'], en: ['samen', 'programme', 'region', 'network', 'each other'], weight: 1 },
    ],
  },
  {
    kind: 'opleiding',
    label: { nl: 'Opleiding of training', en: 'Course or training' },
    reason: {
      nl: 'je wilt zelf (of je team) iets leren; zij geven trainingen en cursussen',
      en: 'you (or your team) want to learn; they run training and courses',
    },
    signals: [
      { id: 'cursus', nl: ['cursus', 'webinar', 'zelf leren', 'leren programmeren', 'zelf bijhouden', 'zelf doen', 'certificaat', 'diploma', 'bootcamp'], en: ['cursus', 'webinar', 'learn myself', 'learn how', 'learn to', 'do it myself', 'certificate', 'bootcamp'], weight: 5, role: 'learn' },
      { id: 'leren', nl: ['leren', 'opleiden', 'scholen', 'trainen', 'bijspijkeren', 'vaardigheden', 'kennis opdoen', 'snappen', 'begrijpen', 'uitleg', 'praktisch'], en: ['leren', 'train', 'skills', 'understand', 'explain', 'explanation', 'practical'], weight: 2 },
    ],
  },
  {
    kind: 'kenniscentrum',
    label: { nl: 'Kenniscentrum', en: 'Knowledge centre' },
    reason: {
      nl: 'langer, toegepast onderzoek doe je met een kenniscentrum of lectoraat',
      en: 'longer applied research is done with a knowledge centre or research group',
    },
    signals: [
      { id: 'onderzoeksgroep', nl: ['onderzoeksgroep', 'lectoraat', 'lector', 'kenniscentrum', 'kennisinstelling', 'tno', 'toegepast onderzoek', 'praktijkgericht onderzoek', 'wetenschappelijk', 'promovendus', 'promotieonderzoek', 'phd', 'raak', 'rd', 'data science', 'datascience', 'onderzoeksproject', 'onderzoekers', 'onderzoeker'], en: ['research group', 'knowledge centre', 'knowledge institute', 'applied research', 'scientific', 'phd', 'rd', 'data science', 'research project', 'research partner'], weight: 4, role: 'research' },
      { id: 'lang', nl: ['paar jaar', 'jaren', 'meerjarig', 'langer traject', 'langere termijn', 'lange termijn', 'langdurig', 'meerdere jaren'], en: ['few years', 'years', 'multi year', 'long term', 'longer project', 'longer term'], weight: 3, role: 'research' },
      { id: 'onderzoek', nl: ['onderzoek', 'hogeschool', 'universiteit', 'ontdekken', 'testen', 'experiment', 'experimenteren', 'ontwikkelen van een model', 'model'], en: ['onderzoek', 'university', 'discover', 'test', 'experiment', 'model'], weight: 2, role: 'research' },
    ],
  },
  {
    kind: 'loket',
    label: { nl: 'Ondernemersloket', en: 'Business desk' },
    reason: {
      nl: 'dit is een algemene ondernemersvraag (regels, belasting, inschrijving); daarvoor is dit loket',
      en: 'this is a general business question (rules, tax, registration); this desk handles those',
    },
    signals: [
      { id: 'regels', nl: ['kvk', 'belasting', 'btw', 'vergunning', 'wetgeving', 'contract', 'herroepingsrecht', 'bedenktijd', 'retourbeleid', 'retour', 'bewaren', 'bewaarplicht', 'bewaartermijn', 'rechtsvorm', 'omzetten naar een bv', 'bv oprichten', 'vof oprichten', 'aansprakelijk', 'aansprakelijkheid', 'verzekering', 'verzekeren', 'ontslag', 'arbeidsrecht', 'cao', 'faillissement', 'pensioen', 'huur', 'huren', 'pand', 'winkelpand', 'bestemmingsplan', 'keurmerk', 'mag ik', 'mag dat', 'toegestaan'], en: ['kvk', 'belasting', 'btw', 'vergunning', 'wetgeving', 'contract', 'right of withdrawal', 'return policy', 'returns policy', 'keep records', 'retention', 'legal form', 'liability', 'insurance', 'dismissal', 'employment law', 'bankruptcy', 'pension', 'lease', 'premises', 'allowed', 'am i allowed'], weight: 4, role: 'business' },
      { id: 'ondernemen', nl: ['administratie', 'avg', 'bedrijf starten', 'startende ondernemer', 'zzp', 'toestemming', 'personeel aannemen', 'eerste werknemer', 'loonadministratie', 'ondernemersplein', 'ondernemen', 'bedrijf beginnen', 'eigen bedrijf'], en: ['administratie', 'avg', 'start a business', 'starting entrepreneur', 'zzp', 'consent', 'hire staff', 'first employee', 'payroll', 'start a business', 'own business'], weight: 2, role: 'business' },
    ],
  },
];

/** The meaning of one kind. */
export function kindMeaning(kind: Kind): KindMeaning {
  const meaning = KINDS_MEANING.find((k) => k.kind === kind);
  if (!meaning) throw new Error(`no meaning for kind ${kind}`);
  return meaning;
}
