/** A small synthetic directory for unit tests of the router, independent of content/. */
import type { Initiative, Kind } from '../../content/schema.ts';
import type { Pc4Area, PostcodeTable } from '../../functions/core/postcode.ts';

export function initiative(slug: string, kind: Kind, fields: Partial<Initiative> = {}): Initiative {
  return {
    slug,
    name: fields.name ?? slug,
    kind,
    summary: 'Een testinitiatief voor de unit tests van de router.',
    body: '',
    themes: ['ondernemen'],
    offer: [],
    werkgebied: { landelijk: true, provincies: [], gemeenten: [] },
    locations: [],
    sectors: [],
    education: [],
    partners: [],
    availability: { status: 'open', closed_periods: [] },
    curated_by: 'landelijk',
    last_checked: '2026-01-01',
    checked_by: 'test',
    unconfirmed: [],
    sources: [{ url: 'https://example.org', supports: 'test' }],
    ...fields,
  };
}

const loc = (gemeente: string, lat: number, lon: number) => ({
  gemeente,
  lat,
  lon,
  precision: 'gemeente' as const,
});

/** Two werkplaatsen (Groningen, Enschede), one closed in summer, and one of every other kind. */
export function testDirectory(): Initiative[] {
  return [
    initiative('testwerkplaats-noord', 'werkplaats', {
      name: 'Testwerkplaats Noord',
      summary:
        'Studenten helpen kleine bedrijven met online verkoop, marketing en sociale media: advies, stappenplan en prototype.',
      themes: ['online-sales-marketing', 'e-commerce'],
      offer: ['advies', 'stappenplan', 'prototype'],
      werkgebied: { landelijk: false, provincies: ['Groningen'], gemeenten: [] },
      locations: [loc('Groningen', 53.219, 6.566)],
      firm_size: { min: 2, max: 50 },
      cost: 'gratis',
    }),
    initiative('testwerkplaats-oost', 'werkplaats', {
      name: 'Testwerkplaats Oost',
      summary:
        'Studenten helpen kleine bedrijven met data, dashboards en automatisering: advies en prototypes.',
      themes: ['data', 'automatisering'],
      offer: ['advies', 'prototype'],
      werkgebied: { landelijk: false, provincies: [], gemeenten: ['Enschede', 'Hengelo (O.)'] },
      locations: [loc('Enschede', 52.221, 6.893)],
      firm_size: { min: 2, max: 50 },
      availability: {
        status: 'open',
        closed_periods: [{ from: '2026-07-11', to: '2026-08-23', reason: 'zomervakantie' }],
        next_intake: '2026-09-01',
      },
    }),
    initiative('testwerkplaats-gestopt', 'werkplaats', {
      name: 'Testwerkplaats Gestopt',
      werkgebied: { landelijk: false, provincies: ['Overijssel'], gemeenten: [] },
      locations: [loc('Zwolle', 52.512, 6.094)],
      availability: { status: 'beeindigd', closed_periods: [] },
    }),
    initiative('testbranche-ict', 'ict-dienstverlener', {
      name: 'Testbranchevereniging ICT',
      summary:
        'Via deze vereniging vind je ICT-bedrijven die websites en webwinkels bouwen, hosten en onderhouden.',
      themes: ['e-commerce', 'automatisering'],
    }),
    initiative('testcentrum-cyber', 'cybersecurity', {
      name: 'Testcentrum Digitale Veiligheid',
      summary: 'Helpt ondernemers bij hacks, phishing en ransomware en met beveiliging.',
      themes: ['cybersecurity'],
    }),
    initiative('testregeling', 'subsidie', {
      name: 'Testregeling Digitalisering',
      summary: 'Subsidie voor kleine ondernemers die willen digitaliseren.',
      themes: ['financiering'],
    }),
    initiative('testkrediet', 'financiering', {
      name: 'Testkrediet',
      summary: 'Leningen voor kleine ondernemers die de bank niet financiert.',
      themes: ['financiering'],
    }),
    initiative('testcursus', 'opleiding', {
      name: 'Testacademie Online',
      summary: 'Gratis webinars en trainingen over online marketing, sociale media en data.',
      themes: ['scholing', 'online-sales-marketing'],
      offer: ['webinar', 'training'],
    }),
    initiative('testkenniscentrum', 'kenniscentrum', {
      name: 'Testlectoraat',
      summary: 'Toegepast onderzoek met hogescholen voor het mkb.',
      themes: ['innovatie'],
    }),
    initiative('testloket', 'loket', {
      name: 'Testondernemersloket',
      summary: 'Informatie over regels, belasting, vergunningen en inschrijving.',
      themes: ['ondernemen'],
    }),
  ];
}

const area = (
  pc4: string,
  gemeente: string,
  provincie: string,
  lat: number,
  lon: number,
): [string, Pc4Area] => [pc4, { pc4, gemeente, provincie, lat, lon }];

/** A handful of PC4 areas. */
export const testPostcodes: PostcodeTable = new Map([
  area('9711', 'Groningen', 'Groningen', 53.218, 6.567),
  area('7511', 'Enschede', 'Overijssel', 52.22, 6.895),
  area('8011', 'Zwolle', 'Overijssel', 52.513, 6.094),
  area('4811', 'Breda', 'Noord-Brabant', 51.589, 4.776),
]);
