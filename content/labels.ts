/**
 * The words for the content model's values (kinds, themes, offer, cost, availability, levels) in
 * Dutch and English: shown by the site (src/i18n), and used by the API's HSDS taxonomy and the
 * editor's field texts (functions/), so they live with the model both import.
 */
import type { CapacityStatus, Cost, Kind, OfferType, Theme } from './schema.ts';
import { EDUCATION_LEVELS } from './schema.ts';

/** The loket's name, which the site shows and the published HSDS taxonomies carry. */
export const SITE_NAME = { nl: 'Digitaal Ondernemersloket', en: 'Digital Business Desk' } as const;

export interface ValueLabels {
  kinds: Record<Kind, string>;
  kindDescriptions: Record<Kind, string>;
  themes: Record<Theme, string>;
  offer: Record<OfferType, string>;
  cost: Record<Cost, string>;
  status: Record<CapacityStatus, string>;
  levels: Record<(typeof EDUCATION_LEVELS)[number], string>;
}

export const VALUE_LABELS: Record<'nl' | 'en', ValueLabels> = {
  nl: {
    kinds: {
      werkplaats: 'Digitale Werkplaats',
      'mkb-deal': 'MKB-deal',
      subsidie: 'Subsidie of voucher',
      cybersecurity: 'Cybersecurity',
      'smart-industry-hub': 'Smart Industry hub of fieldlab',
      kenniscentrum: 'Kenniscentrum en onderzoek',
      financiering: 'Financiering',
      'ict-dienstverlener': 'ICT-dienstverlener',
      opleiding: 'Opleiding en training',
      loket: 'Ondernemersloket',
    },
    kindDescriptions: {
      werkplaats:
        'Studenten en docenten van mbo, hbo en universiteit helpen je vraag scherp te krijgen en maken advies, een stappenplan of een prototype. Voor bedrijven met 2–50 medewerkers.',
      'mkb-deal':
        'Samen met andere ondernemers uit je branche of regio aan de slag, met steun van Rijk en regio.',
      subsidie: 'Regelingen en vouchers die een deel van de kosten van digitalisering of advies vergoeden.',
      cybersecurity: 'Hulp bij het beveiligen van je bedrijf en bij een hack, phishing of ander incident.',
      'smart-industry-hub':
        'Voor de maakindustrie: automatisering van productie, robots, sensoren en data op de werkvloer.',
      kenniscentrum: 'Toegepast onderzoek met hogescholen, universiteiten en kennisinstellingen.',
      financiering: 'Leningen, investeringen en regionale ontwikkelingsmaatschappijen.',
      'ict-dienstverlener':
        'Laten bouwen, implementeren, repareren of hosten: dat doet de markt. Hier vind je de weg naar ICT-bedrijven.',
      opleiding: 'Zelf leren of je medewerkers laten leren: trainingen, webinars en cursussen.',
      loket: 'Voor algemene ondernemersvragen: inschrijven, belasting, vergunningen en doorverwijzing.',
    },
    themes: {
      'online-sales-marketing': 'Online verkoop en marketing',
      data: 'Data',
      automatisering: 'Automatisering',
      cybersecurity: 'Cybersecurity',
      'industrie-4-0': 'Productie en industrie 4.0',
      ai: 'AI',
      'e-commerce': 'Webshop en e-commerce',
      innovatie: 'Innovatie',
      financiering: 'Financiering',
      scholing: 'Scholing',
      ondernemen: 'Ondernemen',
    },
    offer: {
      advies: 'advies',
      vraagarticulatie: 'je vraag scherp krijgen',
      stappenplan: 'stappenplan',
      prototype: 'prototype',
      onderzoek: 'onderzoek',
      webinar: 'webinars',
      masterclass: 'masterclasses',
      helpdesk: 'helpdesk',
      training: 'training',
      scan: 'scan of check',
      netwerk: 'netwerk',
      lening: 'lening',
      investering: 'investering',
      subsidie: 'subsidie',
      voucher: 'voucher',
      implementatie: 'implementatie',
      doorverwijzing: 'doorverwijzing',
      informatie: 'informatie',
    },
    cost: {
      gratis: 'Gratis',
      bijdrage: 'Eigen bijdrage',
      commercieel: 'Commercieel tarief',
    },
    status: {
      open: 'Neemt nieuwe aanvragen aan',
      vol: 'Op dit moment vol',
      gesloten: 'Tijdelijk gesloten',
      beeindigd: 'Beëindigd',
      onbekend: 'Beschikbaarheid niet bekend; neem contact op',
    },
    levels: { mbo: 'mbo', hbo: 'hbo', wo: 'wo' },
  },
  en: {
    kinds: {
      werkplaats: 'Digital Workshop (Digitale Werkplaats)',
      'mkb-deal': 'SME Deal (MKB-deal)',
      subsidie: 'Grant or voucher',
      cybersecurity: 'Cybersecurity',
      'smart-industry-hub': 'Smart Industry hub or fieldlab',
      kenniscentrum: 'Knowledge centre and research',
      financiering: 'Finance',
      'ict-dienstverlener': 'IT service provider',
      opleiding: 'Education and training',
      loket: 'Business desk',
    },
    kindDescriptions: {
      werkplaats:
        'Students and teachers from vocational schools, universities of applied sciences and universities help sharpen your question and deliver advice, a step plan or a prototype. For businesses with 2–50 employees.',
      'mkb-deal': 'Work together with other businesses in your sector or region, supported by government.',
      subsidie: 'Schemes and vouchers that cover part of the cost of digitalisation or advice.',
      cybersecurity: 'Help protecting your business, and with a hack, phishing or other incident.',
      'smart-industry-hub': 'For manufacturing: production automation, robots, sensors and shop-floor data.',
      kenniscentrum: 'Applied research with universities and research organisations.',
      financiering: 'Loans, investment and regional development agencies.',
      'ict-dienstverlener':
        'Building, implementing, repairing or hosting is work for the market. Find your way to IT companies here.',
      opleiding: 'Learn yourself or train your staff: courses, webinars and training.',
      loket: 'General business questions: registration, tax, permits and referral.',
    },
    themes: {
      'online-sales-marketing': 'Online sales and marketing',
      data: 'Data',
      automatisering: 'Automation',
      cybersecurity: 'Cybersecurity',
      'industrie-4-0': 'Production and industry 4.0',
      ai: 'AI',
      'e-commerce': 'Webshop and e-commerce',
      innovatie: 'Innovation',
      financiering: 'Finance',
      scholing: 'Training',
      ondernemen: 'Running a business',
    },
    offer: {
      advies: 'advice',
      vraagarticulatie: 'sharpening your question',
      stappenplan: 'step plan',
      prototype: 'prototype',
      onderzoek: 'research',
      webinar: 'webinars',
      masterclass: 'masterclasses',
      helpdesk: 'helpdesk',
      training: 'training',
      scan: 'scan or check',
      netwerk: 'network',
      lening: 'loan',
      investering: 'investment',
      subsidie: 'grant',
      voucher: 'voucher',
      implementatie: 'implementation',
      doorverwijzing: 'referral',
      informatie: 'information',
    },
    cost: {
      gratis: 'Free',
      bijdrage: 'Own contribution',
      commercieel: 'Commercial rate',
    },
    status: {
      open: 'Taking new requests',
      vol: 'Currently full',
      gesloten: 'Temporarily closed',
      beeindigd: 'Ended',
      onbekend: 'Availability unknown; please get in touch',
    },
    levels: { mbo: 'mbo (vocational)', hbo: 'hbo (applied sciences)', wo: 'wo (university)' },
  },
};
