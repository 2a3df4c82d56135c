/**
 * Synonyms, abbreviations and English translations of the words owners use, as data. The router
 * and the directory index map every listed form to the group's `key`, so a question with
 * "webshop" finds an initiative that writes "webwinkel". Site search (and Meilisearch later)
 * can reuse the same groups: `key` plus `nl` and `en` are the words that mean the same.
 *
 * Write forms in lower case; accents and hyphens are folded before lookup. A form with a space
 * is a phrase. Keep groups to true synonyms: related-but-different words belong in kinds.ts.
 */

/** Words that mean the same; `key` is the token both the question and the directory use. */
export interface SynonymGroup {
  key: string;
  /** Dutch forms, abbreviations and common misspellings. */
  nl: readonly string[];
  /** English forms. */
  en: readonly string[];
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  // Online sales and marketing
  {
    key: 'webwinkel',
    nl: [
      'webwinkel',
      'webwinkels',
      'ws',
      'webshop',
      'webshops',
      'web shop',
      'onlinewinkel',
      'online winkel',
      'internetwinkel',
      'ewinkel',
      'eshop',
      // Webshop platforms, as owners name their shop.
      'shopify',
      'woocommerce',
      'lightspeed',
      'magento',
      'shopware',
      'mijnwebwinkel',
    ],
    en: [
      'webshop',
      'web shop',
      'online shop',
      'online store',
      'eshop',
      'web store',
      'shopify',
      'woocommerce',
    ],
  },
  {
    key: 'ecommerce',
    nl: ['ecommerce', 'e commerce', 'online verkoop', 'online verkopen', 'online handel', 'internetverkoop'],
    en: ['ecommerce', 'e commerce', 'online sales', 'sell online', 'selling online'],
  },
  {
    key: 'verkop',
    nl: ['verkopen', 'verkoop', 'verkocht', 'sales', 'omzet'],
    en: ['sell', 'selling', 'sales', 'revenue', 'turnover'],
  },
  {
    key: 'website',
    nl: [
      'website',
      'websites',
      'site',
      'webpagina',
      'homepage',
      'webstek',
      'internetsite',
      'wordpress',
      'wordpresssite',
    ],
    en: ['website', 'websites', 'site', 'web page', 'homepage', 'wordpress'],
  },
  {
    key: 'marketing',
    nl: [
      'marketing',
      'online marketing',
      'reclame',
      'adverteren',
      'advertenties',
      'advertentie',
      'promotie',
      'google ads',
      'googleadvertenties',
      'emailmarketing',
      'email marketing',
      'nieuwsbrief',
      'nieuwsbrieven',
    ],
    // Building a list or an audience is marketing, not building software.
    en: [
      'marketing',
      'advertising',
      'ads',
      'promotion',
      'promote',
      'newsletter',
      'email marketing',
      'build a mailing list',
      'build an email list',
      'build a following',
      'build an audience',
    ],
  },
  {
    key: 'socialmedia',
    nl: [
      'social media',
      'sociale media',
      'socials',
      'instagram',
      'insta',
      'facebook',
      'tiktok',
      'linkedin',
      'youtube',
      'pinterest',
    ],
    en: ['social media', 'socials', 'instagram', 'facebook', 'tiktok', 'linkedin'],
  },
  {
    key: 'seo',
    nl: [
      'seo',
      'zoekmachineoptimalisatie',
      'vindbaarheid',
      'vindbaar',
      'beter gevonden',
      'hoger in google',
      // "Hoe krijg ik mijn B&B beter op Google?": where to be found, not whose training.
      'beter op google',
      'bovenaan in google',
      // "Als je 'boekhandel Groningen' googelt staan we pas op pagina twee."
      'googelt',
      'googlet',
    ],
    en: [
      'seo',
      'search engine optimisation',
      'search engine optimization',
      'findability',
      'google ranking',
      'higher on google',
    ],
  },
  {
    key: 'klant',
    nl: ['klant', 'klanten', 'client', 'clienten', 'afnemers', 'bezoekers', 'gasten'],
    en: ['customer', 'customers', 'client', 'clients', 'guests', 'visitors'],
  },
  // Data, software, AI
  {
    key: 'data',
    nl: [
      'data',
      'gegevens',
      // Data of a system, in one word, whose first part we do not know ("incheckdata").
      'incheckdata',
      'ritdata',
      'verkoopdata',
      'dataset',
      'datasets',
      'databestand',
      'cijfers',
      'klantdata',
      'klantgegevens',
      'kassadata',
      'kassagegevens',
      'verkoopcijfers',
      // Financial data is data, not financing.
      'financiele gegevens',
      'financiele data',
    ],
    en: ['data', 'dataset', 'datasets', 'figures', 'numbers', 'financial data'],
  },
  {
    key: 'analys',
    nl: ['analyse', 'analyses', 'analyseren', 'analyseert', 'analytics', 'data analyse', 'data analytics'],
    en: ['analyse', 'analyze', 'analysis', 'analytics'],
  },
  {
    key: 'dashboard',
    nl: [
      'dashboard',
      'dashboards',
      'rapportage',
      'rapportages',
      'stuurinformatie',
      'kpi',
      'kpis',
      'power bi',
      'bi',
    ],
    en: ['dashboard', 'dashboards', 'reporting', 'kpi', 'kpis', 'business intelligence', 'power bi'],
  },
  {
    key: 'ai',
    nl: [
      'ai',
      'ki',
      'kunstmatige intelligentie',
      'artificiele intelligentie',
      'machine learning',
      'ml',
      'chatgpt',
      'gpt',
      'genai',
      'generatieve ai',
      'llm',
      'copilot',
      'taalmodel',
    ],
    en: [
      'ai',
      'artificial intelligence',
      'machine learning',
      'ml',
      'chatgpt',
      'gpt',
      'genai',
      'generative ai',
      'llm',
      'copilot',
    ],
  },
  {
    key: 'chatbot',
    nl: ['chatbot', 'chatbots', 'chat bot', 'chatassistent', 'virtuele assistent'],
    en: ['chatbot', 'chatbots', 'chat bot', 'virtual assistant'],
  },
  {
    key: 'crm',
    nl: [
      'crm',
      'crmsysteem',
      'klantbeheer',
      'relatiebeheer',
      'klantrelatiebeheer',
      'klantenbestand',
      'hubspot',
      'salesforce',
    ],
    en: ['crm', 'customer relationship management', 'customer database', 'hubspot', 'salesforce'],
  },
  {
    key: 'erp',
    nl: ['erp', 'erpsysteem', 'erppakket', 'bedrijfssoftware', 'afas', 'exact online', 'sap'],
    en: ['erp', 'erp system', 'business software', 'sap'],
  },
  {
    key: 'app',
    nl: ['app', 'apps', 'applicatie', 'applicaties', 'mobiele app', 'telefoonapp'],
    en: ['app', 'apps', 'application', 'applications', 'mobile app'],
  },
  {
    key: 'software',
    nl: ['software', 'softwarepakket', 'programmatuur', 'tool', 'tools', 'tooltje', 'pakket'],
    en: ['software', 'tool', 'tools', 'package', 'program'],
  },
  {
    key: 'portal',
    nl: [
      'portaal',
      'klantportaal',
      'klantenportaal',
      'ouderportaal',
      'portal',
      'webportaal',
      'online omgeving',
    ],
    en: ['portal', 'customer portal', 'parent portal', 'client portal'],
  },
  {
    key: 'automatiser',
    nl: ['automatiseren', 'automatisering', 'automatiseer', 'geautomatiseerd', 'automatisch'],
    en: ['automate', 'automation', 'automated', 'automatic', 'automatically'],
  },
  {
    key: 'digitaliser',
    nl: [
      'digitaliseren',
      'digitalisering',
      'digitaliseer',
      'gedigitaliseerd',
      'digitaal',
      'digitale',
      'digitaler',
      'digitalisatie',
    ],
    en: [
      'digitise',
      'digitize',
      'digitisation',
      'digitization',
      'digitalisation',
      'digitalization',
      'digital',
    ],
  },
  {
    key: 'cloud',
    nl: ['cloud', 'clouddienst', 'saas', 'microsoft 365', 'office 365', 'google workspace'],
    en: ['cloud', 'saas', 'microsoft 365', 'office 365', 'google workspace'],
  },
  // Security
  {
    key: 'hack',
    nl: [
      'hack',
      'gehackt',
      'gehacked',
      'gehackd',
      'hacker',
      'hackers',
      'hacken',
      'ingebroken',
      'inbraak',
      'gekaapt',
      'overgenomen',
      'gecompromitteerd',
      'cyberaanval',
      'aanval',
    ],
    en: [
      'hack',
      'hacked',
      'hacker',
      'hackers',
      'breach',
      'breached',
      'compromised',
      'hijacked',
      'attack',
      'cyberattack',
    ],
  },
  {
    key: 'phishing',
    nl: [
      'phishing',
      'phising',
      'fishing',
      'nepmail',
      'nepmails',
      'valse mail',
      'oplichtingsmail',
      'spoofing',
      'ceofraude',
      'ceo fraude',
      'nepfactuur',
      'spookfactuur',
      'whatsappfraude',
    ],
    en: ['phishing', 'phish', 'scam email', 'fake email', 'spoofing', 'ceo fraud', 'fake invoice'],
  },
  {
    key: 'ransomware',
    nl: [
      'ransomware',
      'gijzelsoftware',
      'losgeld',
      'losgeldbrief',
      'losgeldbericht',
      'losgeldeis',
      'versleuteld',
      'gegijzeld',
    ],
    en: ['ransomware', 'ransom', 'encrypted'],
  },
  {
    key: 'malware',
    nl: ['malware', 'virus', 'virussen', 'trojan', 'trojaans paard', 'spyware', 'besmet', 'besmetting'],
    en: ['malware', 'virus', 'viruses', 'trojan', 'spyware', 'infected', 'infection'],
  },
  {
    key: 'datalek',
    // (Also personal data sent to the wrong address: "naar een verkeerd e-mailadres gestuurd".)
    nl: ['datalek', 'datalekken', 'gelekt', 'lek', 'verkeerd emailadres', 'verkeerde emailadres'],
    en: ['data breach', 'data leak', 'leak', 'leaked'],
  },
  {
    key: 'beveilig',
    nl: [
      'beveiliging',
      'beveiligen',
      'beveiligd',
      'security',
      'cybersecurity',
      'cyberveiligheid',
      'cyberweerbaarheid',
      'digitale veiligheid',
      'informatiebeveiliging',
      'cyber',
      'weerbaar',
      'weerbaarheid',
    ],
    en: [
      'security',
      'cybersecurity',
      'cyber security',
      'cyber',
      'secure',
      'protection',
      'protect',
      'resilience',
    ],
  },
  {
    key: 'wachtwoord',
    nl: [
      'wachtwoord',
      'wachtwoorden',
      'tweestapsverificatie',
      'tweefactorauthenticatie',
      '2fa',
      'mfa',
      'inlogcodes',
    ],
    en: ['password', 'passwords', 'two factor', '2fa', 'mfa', 'multi factor'],
  },
  {
    key: 'inlog',
    // Not "account": an owner with a Mailchimp account or an account manager asks nothing about security.
    nl: ['inlog', 'inloggen', 'ingelogd', 'login', 'logins', 'aanmelding'],
    en: ['login', 'logins', 'log in', 'logged in', 'sign in'],
  },
  // Money
  {
    key: 'subsidie',
    nl: [
      'subsidie',
      'subsidies',
      'subsidieregeling',
      'subsidiepot',
      'tegemoetkoming',
      'stimuleringsregeling',
      'regeling',
      'regelingen',
    ],
    // Money from the government is a grant, not a loan.
    en: ['subsidy', 'subsidies', 'grant', 'grants', 'scheme', 'government funding', 'public funding'],
  },
  // The WBSO is a tax credit for R&D: "the R&D tax credit" is no tax question.
  {
    key: 'wbso',
    nl: ['wbso'],
    en: ['wbso', 'tax credit', 'tax credits'],
  },
  // An installer's "slimme regelingen" (heat pump and climate controls) are no subsidy scheme.
  {
    key: 'regeltechniek',
    nl: ['slimme regeling', 'slimme regelingen', 'klimaatregeling', 'temperatuurregeling', 'regeltechniek'],
    en: ['smart controls', 'climate control'],
  },
  { key: 'voucher', nl: ['voucher', 'vouchers', 'kennisvoucher', 'tegoedbon'], en: ['voucher', 'vouchers'] },
  {
    key: 'vergoed',
    nl: ['vergoeding', 'vergoed', 'vergoeden', 'terugkrijgen', 'terugbetaald', 'meebetalen', 'betaalt mee'],
    en: ['reimburse', 'reimbursed', 'reimbursement', 'pay part', 'contribute', 'contribution'],
  },
  {
    key: 'lening',
    nl: [
      'lening',
      'leningen',
      'lenen',
      'leen',
      'krediet',
      'kredieten',
      'microkrediet',
      'microkredieten',
      'microfinanciering',
      'bedrijfskrediet',
      'rekening courant krediet',
    ],
    en: ['loan', 'loans', 'borrow', 'borrowing', 'credit', 'microcredit', 'microloan'],
  },
  {
    key: 'investeerder',
    nl: [
      'investeerder',
      'investeerders',
      'durfkapitaal',
      'risicokapitaal',
      'participatie',
      'business angel',
      'informal investor',
      'aandeelhouder',
      'investeringsfonds',
    ],
    en: [
      'investor',
      'investors',
      'venture capital',
      'equity',
      'business angel',
      'angel investor',
      'shareholder',
      // Someone buying into the firm.
      'taking a stake',
      'take a stake',
      'stake in',
    ],
  },
  {
    key: 'financier',
    nl: [
      'financiering',
      'financieren',
      'gefinancierd',
      'financieringsvraag',
      'kapitaal',
      'groeikapitaal',
      'werkkapitaal',
      'startkapitaal',
    ],
    en: ['financing', 'finance', 'funding', 'capital', 'fund', 'funds', 'working capital'],
  },
  { key: 'crowdfunding', nl: ['crowdfunding', 'crowdfund'], en: ['crowdfunding', 'crowdfund'] },
  // Paying a tax bill in parts: no scheme of grants ("regeling" alone is one).
  { key: 'betalingsregeling', nl: ['betalingsregeling', 'betalingsregelingen'], en: ['payment plan'] },
  // Security for a loan; not "zeker" (sure), which the stemmer makes of "zekerheden".
  { key: 'onderpand', nl: ['onderpand', 'zekerheden'], en: ['collateral'] },
  // Learning
  {
    key: 'cursus',
    nl: [
      'cursus',
      'cursussen',
      'training',
      'trainingen',
      'workshop',
      'workshops',
      'leergang',
      'opleiding',
      'opleidingen',
      'scholing',
      'bijscholing',
      'omscholing',
      'bijscholen',
      'bijgeschoold',
      'bijschoolt',
      'omscholen',
      'omschoolt',
      // "Wie leidt mensen hier op?": the verb split around its object.
      'leidt mensen',
      'opleidingscentrum',
      'opleidingscentra',
      'opleidingsinstituut',
      'trainingscentrum',
      'elearning',
      'avondcursus',
    ],
    en: ['course', 'courses', 'training', 'trainings', 'workshop', 'workshops', 'elearning', 'evening class'],
  },
  { key: 'les', nl: ['les', 'lessen', 'lesuur'], en: ['class', 'classes', 'lesson', 'lessons'] },
  {
    key: 'webinar',
    nl: [
      'webinar',
      'webinars',
      'online sessie',
      'kennissessie',
      'kennissessies',
      'masterclass',
      'masterclasses',
      'online bijeenkomst',
    ],
    en: ['webinar', 'webinars', 'masterclass', 'online session'],
  },
  {
    key: 'leren',
    nl: ['leren', 'leer', 'geleerd', 'aanleren', 'bijleren', 'leert'],
    en: ['learn', 'learning', 'teach', 'taught', 'upskill', 'upskilling'],
  },
  {
    key: 'student',
    nl: [
      'student',
      'studenten',
      'stagiair',
      'stagiairs',
      'stagiaire',
      'stagiaires',
      'afstudeerder',
      'afstudeerders',
      'stagestudent',
      'werkstudent',
      'werkstudenten',
    ],
    en: ['student', 'students', 'intern', 'interns', 'trainee'],
  },
  {
    key: 'onderzoek',
    nl: ['onderzoek', 'onderzoeken', 'onderzoekt', 'onderzocht', 'onderzoeks', 'research'],
    en: ['research', 'researching', 'study', 'investigate', 'investigation'],
  },
  {
    key: 'hogeschool',
    nl: ['hogeschool', 'hogescholen', 'hbo', 'hbo instelling', 'university of applied sciences'],
    en: ['university of applied sciences', 'polytechnic'],
  },
  // Researching with a school, said in one breath: "samen met een hogeschool onderzoeken" is a
  // research partner, not peers working together.
  {
    key: 'onderzoekspartner',
    nl: [
      'onderzoekspartner',
      'onderzoekspartners',
      'samen met een hogeschool onderzoeken',
      'samen met de hogeschool onderzoeken',
      'met een hogeschool onderzoeken',
      'samen met een universiteit onderzoeken',
    ],
    en: ['research partner', 'research together with a university'],
  },
  {
    key: 'universiteit',
    nl: ['universiteit', 'universiteiten', 'wo', 'academisch'],
    en: ['university', 'universities', 'academic'],
  },
  // The help itself
  {
    key: 'advies',
    nl: [
      'advies',
      'adviezen',
      'adviseren',
      'adviseer',
      'adviseert',
      'advisering',
      'adviseur',
      'raad',
      'tips',
      'tip',
    ],
    en: ['advice', 'advise', 'advisor', 'adviser', 'consult', 'guidance', 'tips'],
  },
  {
    key: 'stappenplan',
    nl: [
      'stappenplan',
      'stappenplannen',
      'roadmap',
      'routekaart',
      'plan van aanpak',
      'actieplan',
      'digitaliseringsplan',
    ],
    // (To "set up a plan" is planning, no setting up of software.)
    en: ['step plan', 'step by step plan', 'roadmap', 'action plan', 'plan of action', 'set up a plan'],
  },
  {
    key: 'prototype',
    nl: [
      'prototype',
      'prototypes',
      'proefversie',
      'testversie',
      'proof of concept',
      'poc',
      'mockup',
      'mock up',
      'demo',
      'pilot',
      'eerste versie',
      'probeersel',
      'proef',
      'proefje',
      'proefproject',
    ],
    en: [
      'prototype',
      'prototypes',
      'proof of concept',
      'poc',
      'mockup',
      'mock up',
      'demo',
      'pilot',
      'first version',
    ],
  },
  {
    key: 'ontwikkelaar',
    nl: [
      'ontwikkelaar',
      'ontwikkelaars',
      'developer',
      'developers',
      'programmeur',
      'programmeurs',
      'webbouwer',
      'webbouwers',
      'webdesigner',
      'webdeveloper',
      'websitebouwer',
      'appbouwer',
      'softwarebedrijf',
      'softwareontwikkelaar',
      'webbureau',
      'internetbureau',
      'ictbedrijf',
      'itbedrijf',
      'ict bedrijf',
      'it bedrijf',
      'ictleverancier',
      'ict leverancier',
      'ict partner',
      'it partner',
      'systeemintegrator',
    ],
    en: [
      'developer',
      'developers',
      'programmer',
      'programmers',
      'web designer',
      'web developer',
      'software company',
      'software house',
      'web agency',
      'digital agency',
      'it company',
      'it firm',
      'it supplier',
      'it partner',
      'ict company',
      // A "contractor" alone builds houses ("which client and contractor") or works the land.
      'it contractor',
      'msp',
    ],
  },
  // A scheme or programme, not a programmer: "programme" stems as "programmer" does.
  { key: 'programma', nl: ['programma', "programma's"], en: ['programme', 'programmes'] },
  {
    key: 'leverancier',
    nl: [
      'leverancier',
      'leveranciers',
      'aanbieder',
      'aanbieders',
      'bureau',
      'bureaus',
      'dienstverlener',
      'dienstverleners',
    ],
    en: ['supplier', 'suppliers', 'vendor', 'vendors', 'provider', 'providers', 'agency', 'agencies'],
  },
  {
    key: 'offerte',
    // Having a quote made is asking for a quote, not having something made ("laten maken").
    nl: [
      'offerte',
      'offertes',
      'prijsopgave',
      'prijsofferte',
      'aanbesteding',
      'aanbesteden',
      'offerte laten maken',
      'offertes laten maken',
      'offerte laten opstellen',
    ],
    en: ['quote', 'quotes', 'quotation', 'quotations', 'tender', 'bid'],
  },
  {
    key: 'repareren',
    nl: ['repareren', 'repareer', 'reparatie', 'herstellen', 'herstel', 'fixen', 'maken dat het werkt'],
    en: ['repair', 'fix', 'fixed', 'restore', 'recover'],
  },
  {
    key: 'storing',
    nl: [
      'storing',
      'storingen',
      'onbereikbaar',
      'kapot',
      'plat',
      'gecrasht',
      'crash',
      'crasht',
      'foutmelding',
      'foutmeldingen',
      'werkt niet',
      'werkt niet meer',
      // ("de contactformulieren werken niet meer"; not "we werken niet graag met ...")
      'werken niet meer',
      'doet het niet',
      'ligt eruit',
      'ligt er uit',
      'ligt er helemaal uit',
      'offline',
    ],
    en: [
      'outage',
      'broken',
      'down',
      'crashed',
      'crash',
      'offline',
      'not working',
      'error',
      'errors',
      'unreachable',
    ],
  },
  // The werkplaats by its English names: a "Digital Workshop" is no course.
  {
    key: 'werkplaats',
    nl: ['digitale werkplaats', 'digitale werkplaatsen'],
    en: [
      'digital workshop',
      'digital workshops',
      'digital workplace',
      'student workshop',
      'students workshop',
    ],
  },
  // Schools that are closed ("De scholen zijn dicht"): the holidays, not training staff.
  {
    key: 'schoolvakantie',
    nl: ['schoolvakantie', 'scholen zijn dicht', 'scholen zijn gesloten', 'scholen dicht'],
    en: ['school holidays', 'schools are closed'],
  },
  // The owner's own firm, not an agency to hire: "haalbaar voor een klein bureau".
  {
    key: 'eigenbedrijf',
    nl: ['klein bureau', 'ons bureau', 'mijn bureau', 'ons kantoor', 'mijn kantoor'],
    en: ['our agency', 'my agency', 'small agency'],
  },
  // A bank's account manager is a person, not an account.
  {
    key: 'accountmanager',
    nl: ['accountmanager', 'account manager'],
    en: ['account manager', 'account managers'],
  },
  // An owner who does not use computers ("de eigenaar werkt niet met een computer"): a person,
  // not a fault.
  {
    key: 'digibeet',
    nl: [
      'digibeet',
      'werkt niet met een computer',
      'werkt niet met computers',
      'werkt niet met de computer',
      'werken niet met een computer',
      'werken niet met computers',
    ],
    en: ['not good with computers', 'no good with computers', 'does not use a computer'],
  },
  // Taking over the family business ("ik heb het overgenomen van mijn vader"): no hack.
  {
    key: 'opvolging',
    nl: [
      'opvolging',
      'heb het overgenomen',
      'hebben het overgenomen',
      'heb de zaak overgenomen',
      'hebben de zaak overgenomen',
      'heb het bedrijf overgenomen',
      'hebben het bedrijf overgenomen',
      'zaak overgenomen',
      'bedrijf overgenomen',
      'winkel overgenomen',
      'praktijk overgenomen',
      // A supplier taken over by another company: no hack.
      'partij is overgenomen',
      'hostingpartij is overgenomen',
      'leverancier is overgenomen',
    ],
    en: ['took over the business', 'taken over the business', 'took over the shop', 'took it over from'],
  },
  // A price the customer gets at once ("online hun maat opgeven en direct een prijs krijgen") is
  // a feature, not hurry.
  {
    key: 'directeprijs',
    nl: ['direct een prijs', 'direct de prijs', 'direct een prijsindicatie', 'meteen een prijs'],
    en: ['instant quote', 'instant price', 'price right away'],
  },
  // Made by someone, asked in the passive ("kan er een prototype gemaakt worden"): a request, not
  // something already made ("prototype gemaakt").
  { key: 'gemaaktworden', nl: ['gemaakt worden', 'gemaakt kan worden', 'gemaakt zou kunnen worden'], en: [] },
  // How many people the firm has ("we zijn met z'n zessen", here as folded words): no group of
  // firms.
  {
    key: 'teamgrootte',
    nl: [
      'met zn tweeen',
      'met zn drieen',
      'met zn vieren',
      'met zn vijven',
      'met zn zessen',
      'met zn zevenen',
      'met zn achten',
      'met zn negenen',
      'met zn tienen',
      'met zijn vieren',
      'met zijn vijven',
      'met zijn zessen',
    ],
    en: [],
  },
  // How other firms go about it ("hoe doen andere bedrijven dat?") asks for examples, not to act
  // together with them.
  {
    key: 'hoedoenanderen',
    nl: ['hoe doen andere bedrijven', 'hoe andere bedrijven', 'hoe doen anderen', 'hoe anderen'],
    en: ['how do other businesses', 'how other businesses', 'how do other companies', 'how other companies'],
  },
  // Lists kept in Excel, in one word ("losse excellijstjes").
  {
    key: 'excel',
    nl: [
      'excel',
      'excellijst',
      'excellijsten',
      'excellijstjes',
      'excelbestand',
      'excelbestanden',
      'exceltabellen',
    ],
    en: ['excel'],
  },
  // A handy trick ("onze beste hack", "a growth hack") is no break-in.
  {
    key: 'truc',
    nl: ['truc', 'beste hack', 'handige hack', 'lifehack', 'growth hack', 'growthhack'],
    en: ['life hack', 'lifehack', 'growth hack', 'best hack'],
  },
  // "Intern onderzoek" is internal, not an intern (a student).
  { key: 'intern', nl: ['intern', 'interne'], en: [] },
  // A colleague in finance ("our finance person") is no financier.
  {
    key: 'financemedewerker',
    nl: [],
    en: [
      'finance person',
      'finance manager',
      'finance department',
      'finance team',
      'finance lady',
      'finance guy',
    ],
  },
  // "Hij plant al het werk op een whiteboard": scheduling, not an English "plant" (a factory).
  { key: 'inplannen', nl: ['plant', 'inplannen', 'ingepland'], en: [] },
  // A loyalty scheme is no grant scheme.
  {
    key: 'klantenbinding',
    nl: ['klantenbinding', 'klantenkaart', 'spaarkaart', 'spaarprogramma', 'loyaliteitsprogramma'],
    en: ['loyalty scheme', 'loyalty program', 'loyalty programme', 'loyalty card'],
  },
  // Retiring ("mijn baas gaat met pensioen") is no question about pensions.
  {
    key: 'pensionering',
    nl: ['met pensioen', 'met pensioen gaat', 'met pensioen gaan'],
    en: ['retiring', 'retires'],
  },
  // Rooms ("escape rooms", "meeting rooms") are no ROM: the Dutch stem of "rooms" is "rom".
  { key: 'kamer', nl: ['room', 'rooms', 'escape room', 'escape rooms', 'escaperoom', 'escaperooms'], en: [] },
  // Fetching ("uit de cijfers halen", "het geld terughalen") is no factory hall ("hal").
  { key: 'halen', nl: ['halen', 'haal', 'haalt', 'gehaald', 'terughalen', 'terug te halen'], en: [] },
  // The service contracts a firm sells ("900 onderhoudscontracten voor cv-ketels"): no legal
  // question.
  {
    key: 'servicecontract',
    nl: ['onderhoudscontract', 'onderhoudscontracten', 'servicecontract', 'servicecontracten'],
    en: ['service contract', 'service contracts', 'maintenance contracts'],
  },
  // Bookings straight from the customer ("meer directe boekingen"): no hurry.
  {
    key: 'directeboeking',
    nl: [
      'directe boekingen',
      'directe boeking',
      'direct boeken',
      'directe reserveringen',
      'direct bij ons boeken',
      'rechtstreeks bij ons boeken',
      'rechtstreeks boeken',
    ],
    en: ['direct bookings', 'book directly'],
  },
  // A separable verb: "dat uit te zoeken" is "uitzoeken".
  { key: 'uitzoeken', nl: ['uitzoeken', 'uit te zoeken', 'uitgezocht'], en: [] },
  // "Aangifte doen" after fraud is a police report, not a tax return ("btw-aangifte" stays tax).
  {
    key: 'politie',
    nl: ['politie', 'aangifte doen', 'aangifte gedaan', 'aangifte bij de politie'],
    en: ['police', 'police report'],
  },
  // "Waar begin ik" and "waar te beginnen" are one verb; so is English "begin" ("where should we
  // begin?"), which the terms written in English ("where to begin") are read with.
  { key: 'beginnen', nl: ['beginnen', 'begin', 'begint'], en: ['begin', 'begins'] },
  // Hiring from abroad: a "kennismigrantenregeling" is no grant.
  {
    key: 'kennismigrant',
    nl: ['kennismigrant', 'kennismigranten', 'kennismigrantenregeling'],
    en: ['highly skilled migrant', 'highly skilled migrants'],
  },
  // Packaging on the shop floor: the English "packaging" stems like "package" (software).
  { key: 'verpakken', nl: ['verpakken', 'verpakking', 'verpakkingen'], en: ['packaging', 'packing'] },
  // Customers who book themselves ("klanten online een afspraak te laten maken"): no building.
  {
    key: 'afspraakmaken',
    nl: [
      'afspraak laten maken',
      'afspraak te laten maken',
      'afspraken laten maken',
      'afspraken te laten maken',
    ],
    en: [],
  },
  // Where files are kept ("staan overal: in mails, op telefoons, op de server"): no hosting asked.
  { key: 'bewaarplek', nl: ['op de server', 'op onze server'], en: ['on the server', 'on our server'] },
  {
    key: 'hosting',
    nl: [
      'hosting',
      'hosten',
      'gehost',
      'webhosting',
      'server',
      'servers',
      'serverbeheer',
      'domeinnaam',
      'domein',
    ],
    en: ['hosting', 'host', 'server', 'servers', 'domain'],
  },
  {
    key: 'implementer',
    nl: [
      'implementeren',
      'implementatie',
      'installeren',
      'installatie',
      'invoeren',
      'uitrollen',
      'koppelen',
      'gekoppeld',
      'koppeling',
      'koppelingen',
      'integratie',
      'integreren',
      'migreren',
      'migratie',
      'overzetten',
    ],
    en: [
      'implement',
      'implementation',
      'install',
      'installation',
      'integrate',
      'integration',
      'migrate',
      'migration',
      'set up',
      'roll out',
      'deploy',
    ],
  },
  {
    key: 'onderhoud',
    nl: ['onderhoud', 'onderhouden', 'beheer', 'beheren', 'support', 'updates'],
    // Not "support" alone: "Is there support for groups of small businesses?" asks for backing.
    en: [
      'maintenance',
      'maintain',
      'maintaining',
      'it support',
      'tech support',
      'manage',
      'managed',
      'updates',
    ],
  },
  // A regional development agency (ROM) invests: not a developer, not an agency that builds.
  {
    key: 'rom',
    nl: ['rom', 'regionale ontwikkelingsmaatschappij', 'ontwikkelingsmaatschappij'],
    en: ['regional development agency', 'development agency', 'regional development company'],
  },
  // Maintenance planned from machine data ("met sensordata onderhoud voorspellen") is shop-floor
  // data work, not maintenance to be bought. ("voorspellend onderhoud" and "predictive
  // maintenance" stay terms of their words in kinds.ts, so that a typo in them is still read.)
  {
    key: 'onderhoudvoorspellen',
    nl: ['onderhoud voorspellen', 'onderhoud te voorspellen', 'onderhoud kunnen voorspellen'],
    en: ['predict maintenance'],
  },
  // Seeing failures of the customers' devices earlier is data work, not a fault to repair.
  {
    key: 'storingsdetectie',
    nl: [
      'storingen eerder',
      'storing eerder',
      'storingen voorspellen',
      'storingen opsporen',
      'storingen detecteren',
      'storingen signaleren',
      'storingen kunnen voorspellen',
      // Failures recorded, to learn from: "registreren alle storingen", "welke apparaten het
      // vaakst kapot gaan".
      'registreren alle storingen',
      'storingen registreren',
      'vaakst kapot',
      'vaakst storing',
      'storingen te voorspellen',
      // The data of past failures, to plan with.
      'gegevens van storingen',
      'data van storingen',
      'storingsgegevens',
      'storingsdata',
    ],
    en: ['predict failures', 'detect failures', 'failures earlier'],
  },
  // Working in construction ("15 man op de bouw") is a trade, not building something.
  { key: 'bouwsector', nl: ['op de bouw', 'in de bouw', 'bouwsector'], en: ['construction industry'] },
  // Backing in general, in English (the Dutch loanword "support" is IT support, above).
  { key: 'steun', nl: ['steun'], en: ['support', 'backing'] },
  // Industry
  {
    key: 'robot',
    nl: [
      'robot',
      'robots',
      'robotisering',
      'robotiseren',
      'robotica',
      'cobot',
      'cobots',
      'lasrobot',
      'lasrobots',
      'robotarm',
      'robotarmen',
    ],
    en: ['robot', 'robots', 'robotics', 'robotic', 'cobot', 'cobots'],
  },
  {
    key: 'sensor',
    nl: [
      'sensor',
      'sensoren',
      'iot',
      'internet of things',
      'rfid',
      'slimme weegschaal',
      'slimme weegschalen',
      'meetapparatuur',
      'plc',
    ],
    en: ['sensor', 'sensors', 'iot', 'internet of things', 'rfid', 'plc'],
  },
  {
    key: '3dprint',
    nl: [
      '3d printen',
      '3d print',
      '3d printer',
      '3d printers',
      '3dprinten',
      'additive manufacturing',
      'additieve productie',
    ],
    en: ['3d printing', '3d print', '3d printer', 'additive manufacturing'],
  },
  {
    key: 'smartindustry',
    nl: [
      'smart industry',
      'industrie 4 0',
      'industrie 40',
      'industry 4 0',
      'industry 40',
      'slimme fabriek',
      'smart factory',
      'smart manufacturing',
      'slim produceren',
    ],
    en: ['smart industry', 'industry 4 0', 'industry 40', 'smart factory', 'smart manufacturing'],
  },
  {
    key: 'fieldlab',
    nl: [
      'fieldlab',
      'fieldlabs',
      'field lab',
      'proeftuin',
      'living lab',
      'testfaciliteit',
      'demonstratiefabriek',
      'demonstratie',
      'zien werken',
    ],
    en: [
      'fieldlab',
      'field lab',
      'testbed',
      'living lab',
      'test facility',
      'demonstration',
      'see it working',
    ],
  },
  {
    key: 'productie',
    nl: [
      'productie',
      'produceren',
      'productieproces',
      'productielijn',
      'productielijnen',
      'productiehal',
      'fabricage',
      'vervaardigen',
      'werkvloer',
      'shopfloor',
    ],
    en: [
      'production',
      'manufacturing',
      'produce',
      'production line',
      'shop floor',
      'shopfloor',
      'factory floor',
    ],
  },
  {
    key: 'fabriek',
    nl: ['fabriek', 'fabrieken', 'fabrikant', 'maakbedrijf', 'maakindustrie'],
    en: ['factory', 'factories', 'plant', 'manufacturer'],
  },
  {
    key: 'machine',
    nl: [
      'machine',
      'machines',
      'machinepark',
      'installaties',
      'cncmachine',
      'cnc',
      'draaibank',
      'freesmachine',
    ],
    en: ['machine', 'machines', 'machinery', 'equipment', 'cnc'],
  },
  // Working together
  {
    key: 'samen',
    nl: ['samen', 'samenwerken', 'samenwerking'],
    en: ['together', 'cooperate', 'collaborate'],
  },
  // The owner's family or partner in the firm ("ik run het samen met mijn zus"): no group of firms.
  {
    key: 'familielid',
    nl: [
      'samen met mijn zus',
      'samen met mijn broer',
      'samen met mijn vrouw',
      'samen met mijn man',
      'samen met mijn partner',
      'samen met mijn vriendin',
      'samen met mijn vriend',
      'samen met mijn vader',
      'samen met mijn moeder',
      'samen met mijn zoon',
      'samen met mijn dochter',
      'samen met mijn compagnon',
    ],
    en: [
      'together with my wife',
      'together with my husband',
      'together with my partner',
      'together with my brother',
      'together with my sister',
      'together with my father',
      'together with my mother',
      'together with my son',
      'together with my daughter',
    ],
  },
  // Busy, not down: "in de zomer lopen de toeristen de deur plat".
  { key: 'drukte', nl: ['deur plat', 'de deur plat'], en: [] },
  // Putting something together is making it, not working together: "every quote is put together by hand".
  {
    key: 'samenstellen',
    nl: ['samenstellen', 'stellen samen', 'stel samen'],
    en: ['put together', 'puts together', 'putting together'],
  },
  // Thinking along with the owner: "samen met mij" is help for one firm, not working together.
  {
    key: 'meedenken',
    nl: [
      'meedenken',
      'samen met mij',
      'samen met me',
      'samen met haar',
      'samen met hem',
      'samen met ons',
      'met ons kijken',
      'met ons meekijken',
      'met ons naar kijken',
    ],
    // "Sit down with us": no fault ("down").
    en: ['think along', 'together with me', 'look at it with us', 'sit down', 'sit down with us'],
  },
  // The mark of a question that weighs options (text.ts CHOICE_WORD): one word, never split.
  {
    key: 'keuzevraag',
    nl: ['keuzevraag'],
    en: ['keuzevraag'],
  },
  // A refusal ("my bank turned down my loan"), not an outage ("down").
  {
    key: 'afgewezen',
    nl: ['afgewezen', 'afwijzing'],
    en: ['turned down', 'rejected', 'refused'],
  },
  // Guarantee schemes for loans: one word each, so "borgstellingsregeling" does not split into a
  // "regeling" that reads as a subsidy.
  {
    key: 'borgstelling',
    nl: [
      'borgstelling',
      'borgstellingsregeling',
      'borgregeling',
      'borgregelingen',
      'garantieregelingen',
      'garantieregeling',
      'garantstelling',
      'bmkb',
      'borg staat',
      'borg staan',
      'borg stellen',
      'staat borg',
      'garant staat',
      'garant staan',
    ],
    en: ['loan guarantee', 'guarantee scheme'],
  },
  // One key for the family business in both languages and numbers ("familiebedrijven" stems
  // apart from "familiebedrijf"), so that a sector-bound programme for them is found.
  {
    key: 'familiebedrijf',
    nl: ['familiebedrijf', 'familiebedrijven', 'familiezaak', 'familiezaken'],
    en: ['family business', 'family businesses', 'family firm', 'family firms', 'family company'],
  },
  // Electronic invoicing is a digital way of working, not bookkeeping rules.
  {
    key: 'efactuur',
    nl: ['efactuur', 'efacturen', 'efactureren', 'elektronisch factureren', 'digitaal factureren'],
    en: ['einvoice', 'einvoices', 'einvoicing', 'electronic invoicing'],
  },
  // The research scheme RAAK (RAAK-mkb), not a form of "raken" (to touch); the bare Dutch "raak" is
  // that verb as often ("ik raak het overzicht kwijt"), so only with mkb or pro, or as an acronym.
  {
    key: 'raakmkb',
    nl: ['raakmkb', 'raak mkb', 'raak pro', 'raakpro', 'raak project', 'raakproject'],
    en: ['raak', 'raakmkb', 'raak mkb'],
  },
  // "Store" in English is a shop; read as Dutch it would stem like "storing".
  {
    key: 'winkel',
    nl: ['winkel', 'winkels'],
    en: ['store', 'stores', 'shop', 'shops'],
  },
  // A group acting as one: more than "samen", which is as often "samen met mij" (with me).
  {
    key: 'collectief',
    nl: ['collectief', 'collectieve', 'gezamenlijk', 'gezamenlijke'],
    en: ['jointly', 'joint', 'collective', 'collectively'],
  },
  {
    key: 'mkbdeal',
    nl: ['mkb deal', 'mkbdeal', 'mkb deals', 'mkbdeals', 'regiodeal'],
    en: ['sme deal', 'sme deals'],
  },
  {
    key: 'branche',
    nl: [
      'branche',
      'branches',
      'branchegenoten',
      'vakgenoten',
      'collegaondernemers',
      'collega ondernemers',
      'collegabedrijven',
      'brancheorganisatie',
      'branchevereniging',
      'ondernemersvereniging',
      'winkeliersvereniging',
      'bedrijvenkring',
    ],
    en: ['peers', 'industry peers', 'trade association', 'industry association', 'business association'],
  },
  // Rules and the business itself
  {
    key: 'mkb',
    nl: ['mkb', 'midden en kleinbedrijf', 'mkber', 'mkbers', 'kmo', 'kleinbedrijf'],
    en: ['sme', 'smes', 'small business', 'small businesses', 'small and medium'],
  },
  {
    key: 'zzp',
    nl: ['zzp', 'zzper', 'zzpers', 'zelfstandige', 'zelfstandig ondernemer', 'eenmanszaak', 'freelancer'],
    en: ['freelancer', 'self employed', 'sole trader', 'sole proprietor'],
  },
  // Customers or pupils who sign up online are no registration at the KVK.
  {
    key: 'inschrijfproces',
    nl: [
      'online inschrijven',
      'online inschrijving',
      'inschrijvingen',
      'inschrijfformulier',
      'inschrijfformulieren',
    ],
    en: ['sign ups', 'signups', 'enrolment', 'enrollment'],
  },
  {
    key: 'kvk',
    // (Not "inschrijven" alone: pupils and guests sign up too.)
    nl: ['kvk', 'kamer van koophandel', 'handelsregister', 'ingeschreven'],
    en: ['chamber of commerce', 'kvk', 'register', 'registration', 'registered'],
  },
  {
    key: 'belasting',
    nl: [
      'belasting',
      'belastingen',
      'belastingdienst',
      'fiscaal',
      'fiscale',
      'aangifte',
      'belastingaangifte',
      'btw aangifte',
      'inkomstenbelasting',
      'vennootschapsbelasting',
      'loonbelasting',
    ],
    en: ['tax', 'taxes', 'taxation', 'tax return', 'income tax'],
  },
  {
    key: 'btw',
    nl: [
      'btw',
      'omzetbelasting',
      'btwaangifte',
      'btwnummer',
      'kor',
      'kleineondernemersregeling',
      'kleine ondernemersregeling',
      // VAT schemes are no subsidy: "Moet ik btw afdragen en hoe werkt die OSS-regeling?"
      'btw regeling',
      'btwregeling',
      'oss regeling',
      'ossregeling',
      'ioss regeling',
      'margeregeling',
      'verleggingsregeling',
    ],
    // (The KOR in English: "can I use the small business scheme (KOR)?")
    en: ['vat', 'sales tax', 'oss scheme', 'vat scheme', 'small business scheme', 'kor'],
  },
  {
    key: 'vergunning',
    nl: ['vergunning', 'vergunningen', 'omgevingsvergunning', 'horecavergunning', 'ontheffing'],
    en: ['permit', 'permits', 'licence', 'license', 'licences', 'licenses'],
  },
  {
    key: 'avg',
    nl: [
      'avg',
      'gdpr',
      'privacywet',
      'privacywetgeving',
      'privacyregels',
      'privacy',
      'privacyverklaring',
      'persoonsgegevens',
    ],
    en: ['gdpr', 'privacy', 'privacy law', 'personal data'],
  },
  // "Regelen" is arranging something ("wie kan dat regelen"), not rules; the stemmer would
  // make it "regel" like "regels".
  {
    key: 'regelen',
    nl: ['regelen', 'regelt', 'geregeld'],
    en: ['arrange', 'arranged', 'sort out'],
  },
  {
    key: 'wetgeving',
    nl: [
      'wet',
      'wetgeving',
      'wettelijk',
      'wettelijke',
      'juridisch',
      'juridische',
      'regels',
      'regelgeving',
      'verplicht',
      'verplichting',
      'verplichtingen',
      'plicht',
    ],
    en: [
      'law',
      'laws',
      'legal',
      'legislation',
      'rules',
      'regulation',
      'regulations',
      'obliged',
      'mandatory',
      'required by law',
    ],
  },
  {
    key: 'contract',
    nl: [
      'contract',
      'contracten',
      'huurcontract',
      'arbeidscontract',
      'overeenkomst',
      'algemene voorwaarden',
      'voorwaarden',
    ],
    en: ['contract', 'contracts', 'lease', 'terms and conditions', 'agreement'],
  },
  {
    key: 'bestand',
    nl: ['bestand', 'bestanden'],
    en: ['file', 'files'],
  },
  {
    // Not "instellen" (to configure), which "instelling" stems to.
    key: 'kennisinstelling',
    nl: [
      'kennisinstelling',
      'kennisinstellingen',
      'onderzoeksinstelling',
      'onderzoeksinstellingen',
      'onderzoeksinstituut',
      'onderzoeksinstituten',
    ],
    en: ['research institute', 'research institution', 'knowledge institution'],
  },
  {
    key: 'oplossing',
    nl: ['oplossing', 'oplossingen'],
    en: ['solution', 'solutions'],
  },
  {
    key: 'administratie',
    nl: ['administratie', 'boekhouding', 'boekhouden', 'bonnetjes', 'facturen', 'factuur', 'factureren'],
    en: ['administration', 'bookkeeping', 'accounting', 'receipts', 'invoices', 'invoice', 'records'],
  },
  {
    key: 'personeel',
    nl: [
      'personeel',
      'medewerkers',
      'medewerker',
      'werknemers',
      'werknemer',
      'staf',
      'team',
      'teams',
      'collegas',
      'monteurs',
      'mensen in dienst',
    ],
    en: ['staff', 'employees', 'employee', 'personnel', 'workers', 'team', 'colleagues', 'workforce'],
  },
  {
    key: 'starten',
    nl: ['starten', 'starter', 'starters', 'oprichten', 'opstarten'],
    en: ['start', 'starting', 'startup', 'found', 'set up a business'],
  },
];

/** The synonym group of a word or phrase (folded), if any. */
export function synonymGroupOf(form: string): SynonymGroup | undefined {
  return SYNONYM_GROUPS.find((g) => g.key === form || g.nl.includes(form) || g.en.includes(form));
}
