/**
 * The topics a question can be about, one per directory theme (content/schema.ts THEMES), with
 * the words that signal them and how reasons name them. A werkplaats whose themes include the
 * question's topic gets "advies over online verkoop is hun specialiteit".
 */
import type { Theme } from '../../content/schema.ts';

export interface TopicMeaning {
  theme: Theme;
  /** How a reason names the topic: "advies over {label}". */
  label: { nl: string; en: string };
  /** Words and phrases (Dutch, English); synonyms are applied first (synonyms.ts). */
  nl: readonly string[];
  en: readonly string[];
  /** True for the everyday digital topics of a werkplaats (online sales, data, automation, AI). */
  digital: boolean;
}

export const TOPICS: readonly TopicMeaning[] = [
  {
    theme: 'online-sales-marketing',
    label: { nl: 'online verkoop en marketing', en: 'online sales and marketing' },
    nl: ['verkop', 'marketing', 'socialmedia', 'seo', 'website', 'klanten bereiken', 'nieuwe klanten', 'jonge klanten', 'online', 'zichtbaar', 'zichtbaarheid', 'naamsbekendheid', 'reviews', 'google', 'campagne', 'doelgroep', 'boekingen', 'reserveren', 'reserveringen', 'online boeken', 'bestellen'],
    en: ['verkop', 'marketing', 'socialmedia', 'seo', 'website', 'reach customers', 'new customers', 'online', 'visibility', 'reviews', 'google', 'campaign', 'bookings', 'booking', 'reservations', 'orders'],
    digital: true,
  },
  {
    theme: 'e-commerce',
    label: { nl: 'webwinkels en online verkoop', en: 'web shops and online sales' },
    nl: ['webwinkel', 'ecommerce', 'bolcom', 'marktplaats', 'online betalen', 'betaalsysteem', 'bezorgen', 'verzenden', 'retouren', 'productfoto', 'voorraadbeheer'],
    en: ['webwinkel', 'ecommerce', 'marketplace', 'payments', 'delivery', 'shipping', 'returns'],
    digital: true,
  },
  {
    theme: 'data',
    label: { nl: 'werken met data', en: 'working with data' },
    nl: ['data', 'analys', 'dashboard', 'inzicht', 'inzichten', 'excel', 'spreadsheet', 'voorspellen', 'voorspelling', 'patronen', 'meten', 'crm'],
    en: ['data', 'analys', 'dashboard', 'insight', 'insights', 'excel', 'spreadsheet', 'predict', 'forecast', 'patterns', 'measure', 'crm'],
    digital: true,
  },
  {
    theme: 'automatisering',
    label: { nl: 'automatisering van je werk', en: 'automating your work' },
    nl: ['automatiser', 'digitaliser', 'software', 'app', 'portal', 'erp', 'crm', 'cloud', 'administratie', 'planning', 'roosters', 'papier', 'papieren', 'formulieren', 'handmatig', 'met de hand', 'werkproces', 'werkprocessen', 'processen', 'workflow', 'systeem', 'whatsapp', 'email', 'mail', 'excel', 'offertes maken', 'digitale', 'digitaal'],
    en: ['automatiser', 'digitaliser', 'software', 'app', 'portal', 'erp', 'crm', 'cloud', 'administratie', 'planning', 'schedule', 'schedules', 'paper', 'forms', 'manual', 'by hand', 'process', 'processes', 'workflow', 'system', 'whatsapp', 'email'],
    digital: true,
  },
  {
    theme: 'ai',
    label: { nl: 'AI', en: 'AI' },
    nl: ['ai', 'chatbot', 'algoritme', 'algoritmes', 'beeldherkenning', 'spraakherkenning', 'slimme faq'],
    en: ['ai', 'chatbot', 'algorithm', 'algorithms', 'image recognition', 'computer vision'],
    digital: true,
  },
  {
    theme: 'cybersecurity',
    label: { nl: 'digitale veiligheid', en: 'cyber security' },
    nl: ['hack', 'phishing', 'ransomware', 'malware', 'datalek', 'beveilig', 'wachtwoord', 'veilig', 'back up', 'backup'],
    en: ['hack', 'phishing', 'ransomware', 'malware', 'datalek', 'beveilig', 'wachtwoord', 'safe', 'backup', 'back up'],
    digital: false,
  },
  {
    theme: 'industrie-4-0',
    label: { nl: 'slimme productie (industrie 4.0)', en: 'smart manufacturing (industry 4.0)' },
    nl: ['robot', 'sensor', '3dprint', 'smartindustry', 'fieldlab', 'productie', 'fabriek', 'machine'],
    en: ['robot', 'sensor', '3dprint', 'smartindustry', 'fieldlab', 'productie', 'fabriek', 'machine'],
    digital: false,
  },
  {
    theme: 'innovatie',
    label: { nl: 'innovatie', en: 'innovation' },
    nl: ['innovatie', 'innoveren', 'innovatief', 'nieuw product', 'productontwikkeling', 'vernieuwen', 'vernieuwing'],
    en: ['innovation', 'innovate', 'innovative', 'new product', 'product development'],
    digital: false,
  },
  {
    theme: 'financiering',
    label: { nl: 'financiering', en: 'financing' },
    nl: ['lening', 'investeerder', 'financier', 'crowdfunding', 'subsidie', 'voucher', 'vergoed', 'geld', 'bank'],
    en: ['lening', 'investeerder', 'financier', 'crowdfunding', 'subsidie', 'voucher', 'vergoed', 'money', 'bank'],
    digital: false,
  },
  {
    theme: 'scholing',
    label: { nl: 'leren en scholing', en: 'learning and training' },
    nl: ['cursus', 'webinar', 'leren', 'opleiden', 'vaardigheden', 'kennis'],
    en: ['cursus', 'webinar', 'leren', 'skills', 'knowledge'],
    digital: false,
  },
  {
    theme: 'ondernemen',
    label: { nl: 'ondernemen', en: 'running a business' },
    nl: ['kvk', 'belasting', 'btw', 'vergunning', 'wetgeving', 'contract', 'avg', 'starten', 'zzp', 'verzekering'],
    en: ['kvk', 'belasting', 'btw', 'vergunning', 'wetgeving', 'contract', 'avg', 'starten', 'zzp', 'insurance'],
    digital: false,
  },
];
