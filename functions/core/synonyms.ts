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
  { key: 'webwinkel', nl: ['webwinkel', 'webwinkels', 'webshop', 'webshops', 'web shop', 'onlinewinkel', 'online winkel', 'internetwinkel', 'ewinkel', 'eshop'], en: ['webshop', 'web shop', 'online shop', 'online store', 'eshop', 'web store'] },
  { key: 'ecommerce', nl: ['ecommerce', 'e commerce', 'online verkoop', 'online verkopen', 'online handel', 'internetverkoop'], en: ['ecommerce', 'e commerce', 'online sales', 'sell online', 'selling online'] },
  { key: 'verkop', nl: ['verkopen', 'verkoop', 'verkocht', 'sales', 'omzet'], en: ['sell', 'selling', 'sales', 'revenue', 'turnover'] },
  { key: 'website', nl: ['website', 'websites', 'site', 'webpagina', 'homepage', 'webstek', 'internetsite', 'wordpress', 'wordpresssite'], en: ['website', 'websites', 'site', 'web page', 'homepage', 'wordpress'] },
  { key: 'marketing', nl: ['marketing', 'online marketing', 'reclame', 'adverteren', 'advertenties', 'advertentie', 'promotie', 'google ads', 'googleadvertenties', 'emailmarketing', 'email marketing', 'nieuwsbrief', 'nieuwsbrieven'], en: ['marketing', 'advertising', 'ads', 'promotion', 'promote', 'newsletter', 'email marketing'] },
  { key: 'socialmedia', nl: ['social media', 'sociale media', 'socials', 'instagram', 'facebook', 'tiktok', 'linkedin', 'youtube', 'pinterest'], en: ['social media', 'socials', 'instagram', 'facebook', 'tiktok', 'linkedin'] },
  { key: 'seo', nl: ['seo', 'zoekmachineoptimalisatie', 'vindbaarheid', 'vindbaar', 'beter gevonden', 'hoger in google'], en: ['seo', 'search engine optimisation', 'search engine optimization', 'findability', 'google ranking'] },
  { key: 'klant', nl: ['klant', 'klanten', 'client', 'clienten', 'afnemers', 'bezoekers', 'gasten'], en: ['customer', 'customers', 'client', 'clients', 'guests', 'visitors'] },
  // Data, software, AI
  { key: 'data', nl: ['data', 'gegevens', 'dataset', 'datasets', 'databestand', 'cijfers', 'klantdata', 'klantgegevens'], en: ['data', 'dataset', 'datasets', 'figures', 'numbers'] },
  { key: 'analys', nl: ['analyse', 'analyses', 'analyseren', 'analyseert', 'analytics', 'data analyse', 'data analytics'], en: ['analyse', 'analyze', 'analysis', 'analytics'] },
  { key: 'dashboard', nl: ['dashboard', 'dashboards', 'rapportage', 'rapportages', 'stuurinformatie', 'kpi', 'kpis', 'power bi', 'bi'], en: ['dashboard', 'dashboards', 'reporting', 'kpi', 'kpis', 'business intelligence', 'power bi'] },
  { key: 'ai', nl: ['ai', 'ki', 'kunstmatige intelligentie', 'artificiele intelligentie', 'machine learning', 'ml', 'chatgpt', 'gpt', 'genai', 'generatieve ai', 'llm', 'copilot', 'taalmodel'], en: ['ai', 'artificial intelligence', 'machine learning', 'ml', 'chatgpt', 'gpt', 'genai', 'generative ai', 'llm', 'copilot'] },
  { key: 'chatbot', nl: ['chatbot', 'chatbots', 'chat bot', 'chatassistent', 'virtuele assistent'], en: ['chatbot', 'chatbots', 'chat bot', 'virtual assistant'] },
  { key: 'crm', nl: ['crm', 'crmsysteem', 'klantbeheer', 'relatiebeheer', 'klantrelatiebeheer', 'klantenbestand', 'hubspot', 'salesforce'], en: ['crm', 'customer relationship management', 'customer database', 'hubspot', 'salesforce'] },
  { key: 'erp', nl: ['erp', 'erpsysteem', 'erppakket', 'bedrijfssoftware', 'afas', 'exact online', 'sap'], en: ['erp', 'erp system', 'business software', 'sap'] },
  { key: 'app', nl: ['app', 'apps', 'applicatie', 'applicaties', 'mobiele app', 'telefoonapp'], en: ['app', 'apps', 'application', 'applications', 'mobile app'] },
  { key: 'software', nl: ['software', 'softwarepakket', 'programmatuur', 'tool', 'tools', 'tooltje', 'pakket'], en: ['software', 'tool', 'tools', 'package', 'program'] },
  { key: 'portal', nl: ['portaal', 'klantportaal', 'klantenportaal', 'ouderportaal', 'portal', 'webportaal', 'online omgeving'], en: ['portal', 'customer portal', 'parent portal', 'client portal'] },
  { key: 'automatiser', nl: ['automatiseren', 'automatisering', 'automatiseer', 'geautomatiseerd', 'automatisch'], en: ['automate', 'automation', 'automated', 'automatic', 'automatically'] },
  { key: 'digitaliser', nl: ['digitaliseren', 'digitalisering', 'digitaliseer', 'gedigitaliseerd', 'digitaal', 'digitale', 'digitaler', 'digitalisatie'], en: ['digitise', 'digitize', 'digitisation', 'digitization', 'digitalisation', 'digitalization', 'digital'] },
  { key: 'cloud', nl: ['cloud', 'clouddienst', 'saas', 'microsoft 365', 'office 365', 'google workspace'], en: ['cloud', 'saas', 'microsoft 365', 'office 365', 'google workspace'] },
  // Security
  { key: 'hack', nl: ['hack', 'gehackt', 'gehacked', 'gehackd', 'hacker', 'hackers', 'hacken', 'ingebroken', 'inbraak', 'gekaapt', 'overgenomen', 'gecompromitteerd', 'cyberaanval', 'aanval'], en: ['hack', 'hacked', 'hacker', 'hackers', 'breach', 'breached', 'compromised', 'hijacked', 'attack', 'cyberattack'] },
  { key: 'phishing', nl: ['phishing', 'phising', 'fishing', 'nepmail', 'nepmails', 'valse mail', 'oplichtingsmail', 'spoofing', 'ceofraude', 'ceo fraude', 'nepfactuur', 'spookfactuur', 'whatsappfraude'], en: ['phishing', 'phish', 'scam email', 'fake email', 'spoofing', 'ceo fraud', 'fake invoice'] },
  { key: 'ransomware', nl: ['ransomware', 'gijzelsoftware', 'losgeld', 'versleuteld', 'gegijzeld'], en: ['ransomware', 'ransom', 'encrypted'] },
  { key: 'malware', nl: ['malware', 'virus', 'virussen', 'trojan', 'trojaans paard', 'spyware', 'besmet', 'besmetting'], en: ['malware', 'virus', 'viruses', 'trojan', 'spyware', 'infected', 'infection'] },
  { key: 'datalek', nl: ['datalek', 'datalekken', 'gelekt', 'lek'], en: ['data breach', 'data leak', 'leak', 'leaked'] },
  { key: 'beveilig', nl: ['beveiliging', 'beveiligen', 'beveiligd', 'security', 'cybersecurity', 'cyberveiligheid', 'cyberweerbaarheid', 'digitale veiligheid', 'informatiebeveiliging', 'cyber', 'weerbaar', 'weerbaarheid'], en: ['security', 'cybersecurity', 'cyber security', 'cyber', 'secure', 'protection', 'protect', 'resilience'] },
  { key: 'wachtwoord', nl: ['wachtwoord', 'wachtwoorden', 'tweestapsverificatie', 'tweefactorauthenticatie', '2fa', 'mfa', 'inlogcodes'], en: ['password', 'passwords', 'two factor', '2fa', 'mfa', 'multi factor'] },
  { key: 'inlog', nl: ['inlog', 'inloggen', 'ingelogd', 'login', 'logins', 'aanmelding', 'account', 'accounts'], en: ['login', 'logins', 'log in', 'logged in', 'sign in', 'account', 'accounts'] },
  // Money
  { key: 'subsidie', nl: ['subsidie', 'subsidies', 'subsidieregeling', 'subsidiepot', 'tegemoetkoming', 'stimuleringsregeling', 'regeling', 'regelingen'], en: ['subsidy', 'subsidies', 'grant', 'grants', 'scheme'] },
  { key: 'voucher', nl: ['voucher', 'vouchers', 'kennisvoucher', 'tegoedbon'], en: ['voucher', 'vouchers'] },
  { key: 'vergoed', nl: ['vergoeding', 'vergoed', 'vergoeden', 'terugkrijgen', 'terugbetaald', 'meebetalen', 'betaalt mee'], en: ['reimburse', 'reimbursed', 'reimbursement', 'pay part', 'contribute', 'contribution'] },
  { key: 'lening', nl: ['lening', 'leningen', 'lenen', 'leen', 'krediet', 'kredieten', 'microkrediet', 'microkredieten', 'microfinanciering', 'bedrijfskrediet', 'rekening courant krediet'], en: ['loan', 'loans', 'borrow', 'borrowing', 'credit', 'microcredit', 'microloan'] },
  { key: 'investeerder', nl: ['investeerder', 'investeerders', 'durfkapitaal', 'risicokapitaal', 'participatie', 'business angel', 'informal investor', 'aandeelhouder', 'investeringsfonds'], en: ['investor', 'investors', 'venture capital', 'equity', 'business angel', 'angel investor', 'shareholder'] },
  { key: 'financier', nl: ['financiering', 'financieren', 'gefinancierd', 'financieringsvraag', 'kapitaal', 'groeikapitaal', 'werkkapitaal', 'startkapitaal'], en: ['financing', 'finance', 'funding', 'capital', 'fund', 'funds', 'working capital'] },
  { key: 'crowdfunding', nl: ['crowdfunding', 'crowdfund'], en: ['crowdfunding', 'crowdfund'] },
  // Learning
  { key: 'cursus', nl: ['cursus', 'cursussen', 'training', 'trainingen', 'workshop', 'workshops', 'leergang', 'opleiding', 'opleidingen', 'scholing', 'bijscholing', 'omscholing', 'elearning', 'avondcursus'], en: ['course', 'courses', 'training', 'trainings', 'workshop', 'workshops', 'elearning', 'evening class'] },
  { key: 'les', nl: ['les', 'lessen', 'lesuur'], en: ['class', 'classes', 'lesson', 'lessons'] },
  { key: 'webinar', nl: ['webinar', 'webinars', 'online sessie', 'kennissessie', 'kennissessies', 'masterclass', 'masterclasses', 'online bijeenkomst'], en: ['webinar', 'webinars', 'masterclass', 'online session'] },
  { key: 'leren', nl: ['leren', 'leer', 'geleerd', 'aanleren', 'bijleren', 'leert'], en: ['learn', 'learning', 'teach', 'taught', 'upskill', 'upskilling'] },
  { key: 'student', nl: ['student', 'studenten', 'stagiair', 'stagiairs', 'stagiaire', 'stagiaires', 'afstudeerder', 'afstudeerders', 'stagestudent', 'werkstudent', 'werkstudenten'], en: ['student', 'students', 'intern', 'interns', 'trainee'] },
  { key: 'onderzoek', nl: ['onderzoek', 'onderzoeken', 'onderzoekt', 'onderzocht', 'onderzoeks', 'research'], en: ['research', 'researching', 'study', 'investigate', 'investigation'] },
  { key: 'hogeschool', nl: ['hogeschool', 'hogescholen', 'hbo', 'hbo instelling', 'university of applied sciences'], en: ['university of applied sciences', 'polytechnic'] },
  { key: 'universiteit', nl: ['universiteit', 'universiteiten', 'wo', 'academisch'], en: ['university', 'universities', 'academic'] },
  // The help itself
  { key: 'advies', nl: ['advies', 'adviezen', 'adviseren', 'adviseer', 'adviseert', 'advisering', 'adviseur', 'raad', 'tips', 'tip'], en: ['advice', 'advise', 'advisor', 'adviser', 'consult', 'guidance', 'tips'] },
  { key: 'stappenplan', nl: ['stappenplan', 'stappenplannen', 'roadmap', 'routekaart', 'plan van aanpak', 'actieplan', 'digitaliseringsplan'], en: ['step plan', 'step by step plan', 'roadmap', 'action plan', 'plan of action'] },
  { key: 'prototype', nl: ['prototype', 'prototypes', 'proefversie', 'testversie', 'proof of concept', 'poc', 'mockup', 'mock up', 'demo', 'pilot', 'eerste versie', 'probeersel'], en: ['prototype', 'prototypes', 'proof of concept', 'poc', 'mockup', 'mock up', 'demo', 'pilot', 'first version'] },
  { key: 'ontwikkelaar', nl: ['ontwikkelaar', 'ontwikkelaars', 'developer', 'developers', 'programmeur', 'programmeurs', 'webbouwer', 'webbouwers', 'webdesigner', 'webdeveloper', 'websitebouwer', 'appbouwer', 'softwarebedrijf', 'softwareontwikkelaar', 'webbureau', 'internetbureau', 'ictbedrijf', 'itbedrijf', 'ict bedrijf', 'it bedrijf', 'ictleverancier', 'ict leverancier', 'ict partner', 'it partner', 'systeemintegrator'], en: ['developer', 'developers', 'programmer', 'programmers', 'web designer', 'web developer', 'software company', 'software house', 'web agency', 'digital agency', 'it company', 'it firm', 'it supplier', 'it partner', 'ict company', 'msp'] },
  { key: 'leverancier', nl: ['leverancier', 'leveranciers', 'aanbieder', 'aanbieders', 'bureau', 'bureaus', 'dienstverlener', 'dienstverleners'], en: ['supplier', 'suppliers', 'vendor', 'vendors', 'provider', 'providers', 'agency', 'agencies', 'contractor'] },
  { key: 'offerte', nl: ['offerte', 'offertes', 'prijsopgave', 'prijsofferte', 'aanbesteding', 'aanbesteden'], en: ['quote', 'quotes', 'quotation', 'quotations', 'tender', 'bid'] },
  { key: 'repareren', nl: ['repareren', 'repareer', 'reparatie', 'herstellen', 'herstel', 'fixen', 'maken dat het werkt'], en: ['repair', 'fix', 'fixed', 'restore', 'recover'] },
  { key: 'storing', nl: ['storing', 'storingen', 'onbereikbaar', 'kapot', 'plat', 'gecrasht', 'crash', 'crasht', 'foutmelding', 'foutmeldingen', 'werkt niet', 'werkt niet meer', 'doet het niet', 'ligt eruit', 'offline'], en: ['outage', 'broken', 'down', 'crashed', 'crash', 'offline', 'not working', 'error', 'errors', 'unreachable'] },
  { key: 'hosting', nl: ['hosting', 'hosten', 'webhosting', 'server', 'servers', 'serverbeheer', 'domeinnaam', 'domein'], en: ['hosting', 'host', 'server', 'servers', 'domain'] },
  { key: 'implementer', nl: ['implementeren', 'implementatie', 'installeren', 'installatie', 'invoeren', 'uitrollen', 'koppelen', 'koppeling', 'koppelingen', 'integratie', 'integreren', 'migreren', 'migratie', 'overzetten'], en: ['implement', 'implementation', 'install', 'installation', 'integrate', 'integration', 'migrate', 'migration', 'set up', 'roll out', 'deploy'] },
  { key: 'onderhoud', nl: ['onderhoud', 'onderhouden', 'beheer', 'beheren', 'support', 'updates', 'bijhouden'], en: ['maintenance', 'maintain', 'maintaining', 'support', 'manage', 'managed', 'updates'] },
  // Industry
  { key: 'robot', nl: ['robot', 'robots', 'robotisering', 'robotiseren', 'robotica', 'cobot', 'cobots', 'lasrobot', 'lasrobots'], en: ['robot', 'robots', 'robotics', 'robotic', 'cobot', 'cobots'] },
  { key: 'sensor', nl: ['sensor', 'sensoren', 'iot', 'internet of things', 'rfid', 'slimme weegschaal', 'slimme weegschalen', 'meetapparatuur', 'plc'], en: ['sensor', 'sensors', 'iot', 'internet of things', 'rfid', 'plc'] },
  { key: '3dprint', nl: ['3d printen', '3d print', '3d printer', '3d printers', '3dprinten', 'additive manufacturing', 'additieve productie'], en: ['3d printing', '3d print', '3d printer', 'additive manufacturing'] },
  { key: 'smartindustry', nl: ['smart industry', 'industrie 4 0', 'industrie 40', 'industry 4 0', 'industry 40', 'slimme fabriek', 'smart factory', 'smart manufacturing', 'slim produceren'], en: ['smart industry', 'industry 4 0', 'industry 40', 'smart factory', 'smart manufacturing'] },
  { key: 'fieldlab', nl: ['fieldlab', 'fieldlabs', 'field lab', 'proeftuin', 'living lab', 'testfaciliteit', 'demonstratiefabriek'], en: ['fieldlab', 'field lab', 'testbed', 'living lab', 'test facility'] },
  { key: 'productie', nl: ['productie', 'produceren', 'productieproces', 'productielijn', 'productielijnen', 'productiehal', 'fabricage', 'vervaardigen', 'werkvloer', 'shopfloor'], en: ['production', 'manufacturing', 'produce', 'production line', 'shop floor', 'shopfloor', 'factory floor'] },
  { key: 'fabriek', nl: ['fabriek', 'fabrieken', 'fabrikant', 'maakbedrijf', 'maakindustrie'], en: ['factory', 'factories', 'plant', 'manufacturer'] },
  { key: 'machine', nl: ['machine', 'machines', 'machinepark', 'installaties', 'cncmachine', 'cnc', 'draaibank', 'freesmachine'], en: ['machine', 'machines', 'machinery', 'equipment', 'cnc'] },
  // Working together
  { key: 'samen', nl: ['samen', 'samenwerken', 'samenwerking', 'gezamenlijk', 'collectief', 'collectieve', 'gezamenlijke'], en: ['together', 'jointly', 'joint', 'collective', 'collectively', 'cooperate', 'collaborate'] },
  { key: 'mkbdeal', nl: ['mkb deal', 'mkbdeal', 'mkb deals', 'mkbdeals', 'regiodeal'], en: ['sme deal', 'sme deals'] },
  { key: 'branche', nl: ['branche', 'branches', 'branchegenoten', 'vakgenoten', 'collegaondernemers', 'collega ondernemers', 'collegabedrijven', 'brancheorganisatie', 'branchevereniging', 'ondernemersvereniging', 'winkeliersvereniging', 'bedrijvenkring'], en: ['peers', 'industry peers', 'trade association', 'industry association', 'business association'] },
  // Rules and the business itself
  { key: 'mkb', nl: ['mkb', 'midden en kleinbedrijf', 'mkber', 'mkbers', 'kmo', 'kleinbedrijf'], en: ['sme', 'smes', 'small business', 'small businesses', 'small and medium'] },
  { key: 'zzp', nl: ['zzp', 'zzper', 'zzpers', 'zelfstandige', 'zelfstandig ondernemer', 'eenmanszaak', 'freelancer'], en: ['freelancer', 'self employed', 'sole trader', 'sole proprietor'] },
  { key: 'kvk', nl: ['kvk', 'kamer van koophandel', 'handelsregister', 'inschrijven', 'inschrijving', 'ingeschreven'], en: ['chamber of commerce', 'kvk', 'register', 'registration', 'registered'] },
  { key: 'belasting', nl: ['belasting', 'belastingen', 'belastingdienst', 'fiscaal', 'fiscale', 'aangifte', 'inkomstenbelasting', 'vennootschapsbelasting', 'loonbelasting'], en: ['tax', 'taxes', 'taxation', 'tax return', 'income tax'] },
  { key: 'btw', nl: ['btw', 'omzetbelasting', 'btwaangifte', 'btwnummer', 'kor', 'kleineondernemersregeling', 'kleine ondernemersregeling'], en: ['vat', 'sales tax'] },
  { key: 'vergunning', nl: ['vergunning', 'vergunningen', 'omgevingsvergunning', 'horecavergunning', 'ontheffing'], en: ['permit', 'permits', 'licence', 'license', 'licences', 'licenses'] },
  { key: 'avg', nl: ['avg', 'gdpr', 'privacywet', 'privacywetgeving', 'privacyregels', 'privacy', 'privacyverklaring', 'persoonsgegevens'], en: ['gdpr', 'privacy', 'privacy law', 'personal data'] },
  { key: 'wetgeving', nl: ['wet', 'wetgeving', 'wettelijk', 'wettelijke', 'juridisch', 'juridische', 'regels', 'regelgeving', 'verplicht', 'verplichting', 'verplichtingen', 'plicht'], en: ['law', 'laws', 'legal', 'legislation', 'rules', 'regulation', 'regulations', 'obliged', 'mandatory', 'required by law'] },
  { key: 'contract', nl: ['contract', 'contracten', 'huurcontract', 'arbeidscontract', 'overeenkomst', 'algemene voorwaarden', 'voorwaarden'], en: ['contract', 'contracts', 'lease', 'terms and conditions', 'agreement'] },
  { key: 'administratie', nl: ['administratie', 'boekhouding', 'boekhouden', 'bonnetjes', 'facturen', 'factuur', 'factureren'], en: ['administration', 'bookkeeping', 'accounting', 'receipts', 'invoices', 'invoice', 'records'] },
  { key: 'personeel', nl: ['personeel', 'medewerkers', 'medewerker', 'werknemers', 'werknemer', 'staf', 'team', 'collegas', 'monteurs', 'mensen in dienst'], en: ['staff', 'employees', 'employee', 'personnel', 'workers', 'team', 'colleagues', 'workforce'] },
  { key: 'starten', nl: ['starten', 'starter', 'starters', 'oprichten', 'opstarten'], en: ['start', 'starting', 'startup', 'found', 'set up a business'] },
];

/** The synonym group of a word or phrase (folded), if any. */
export function synonymGroupOf(form: string): SynonymGroup | undefined {
  return SYNONYM_GROUPS.find((g) => g.key === form || g.nl.includes(form) || g.en.includes(form));
}
