/**
 * A small synthetic directory for the search, initiatives and HSDS tests: names say "Test", places
 * and coordinates are real so distances and coverage can be checked by hand.
 */
import { InitiativeFileSchema, type Initiative } from '../../content/schema.ts';

/** A valid initiative (a werkplaats unless `kind` says otherwise), through the real schema. */
export function initiative(slug: string, fields: Record<string, unknown>, body = ''): Initiative {
  const data = InitiativeFileSchema.parse({
    kind: 'werkplaats',
    summary: 'Studenten helpen mkb-ondernemers met een digitale vraag, in een paar weken.',
    themes: ['online-sales-marketing'],
    availability: { status: 'open' },
    curated_by: 'landelijk',
    last_checked: '2026-11-01',
    checked_by: 'testteam',
    sources: [{ url: 'https://example.org/bron', supports: 'alles in deze test' }],
    ...fields,
  });
  return { ...data, slug, body };
}

/** Seven initiatives; comments say what each one is there to test. */
export function syntheticDirectory(): Initiative[] {
  return [
    // A werkplaats for two gemeenten in Overijssel, about webwinkels; located in Enschede.
    initiative(
      'testwerkplaats-oost',
      {
        name: 'Testwerkplaats Oost',
        summary: 'Studenten bouwen met ondernemers aan een betere webwinkel en online marketing.',
        themes: ['online-sales-marketing', 'e-commerce'],
        offer: ['advies', 'prototype'],
        werkgebied: { gemeenten: ['Enschede', 'Hengelo (O.)'], regio: 'Testregio Twente' },
        locations: [
          { name: 'Testhogeschool', gemeente: 'Enschede', lat: 52.22, lon: 6.89, precision: 'gemeente' },
        ],
        firm_size: { min: 2, max: 50 },
        cost: 'gratis',
        education: [{ name: 'Testhogeschool Oost', level: 'hbo' }],
        contact: { email: 'info@testwerkplaats-oost.example', phone: '053 123 45 67' },
        website: 'https://testwerkplaats-oost.example/',
        kvk: '12345678',
        availability: {
          status: 'vol',
          closed_periods: [{ from: '2026-07-11', to: '2026-08-23', reason: 'zomervakantie' }],
          next_intake: '2026-09-01',
        },
        curated_by: 'Overijssel',
      },
      'In de **Testwerkplaats** werken studenten een paar weken aan je vraag.',
    ),
    // A werkplaats for a whole provincie, about AI and data; a confirmed street address.
    initiative('testwerkplaats-noord', {
      name: 'Testwerkplaats Noord',
      summary: 'Hulp bij kunstmatige intelligentie en data voor ondernemers in het noorden.',
      themes: ['ai', 'data'],
      werkgebied: { provincies: ['Groningen'] },
      locations: [
        {
          name: 'Testgebouw Noord',
          address: 'Teststraat 1, 9712 AB Groningen',
          gemeente: 'Groningen',
          lat: 53.216,
          lon: 6.569,
          precision: 'adres',
        },
      ],
      curated_by: 'Groningen',
    }),
    // Two locations far apart: `near` must use the nearest one.
    initiative('testwerkplaats-twee-locaties', {
      name: 'Testwerkplaats Twee Locaties',
      summary: 'Een werkplaats met een vestiging in Maastricht en een in Zwolle, voor data-vragen.',
      themes: ['data'],
      werkgebied: { gemeenten: ['Maastricht', 'Zwolle'] },
      locations: [
        {
          name: 'Vestiging Maastricht',
          gemeente: 'Maastricht',
          lat: 50.851,
          lon: 5.691,
          precision: 'gemeente',
        },
        { name: 'Vestiging Zwolle', gemeente: 'Zwolle', lat: 52.512, lon: 6.094, precision: 'gemeente' },
      ],
    }),
    // A loket for a whole provincie, no locations: sorted last by `near`.
    initiative('testloket-overijssel', {
      name: 'Testloket Overijssel',
      kind: 'loket',
      summary: 'Het loket voor alle vragen van ondernemers in Overijssel, ook over vergunningen.',
      themes: ['ondernemen'],
      werkgebied: { provincies: ['Overijssel'] },
      availability: { status: 'onbekend' },
      curated_by: 'Overijssel',
    }),
    // National, no locations, about security.
    initiative('testkenniscentrum-nederland', {
      name: 'Testkenniscentrum Nederland',
      kind: 'kenniscentrum',
      summary: 'Onderzoek en advies over beveiliging tegen phishing en ransomware voor het mkb.',
      themes: ['cybersecurity'],
      offer: ['onderzoek', 'advies'],
      werkgebied: { landelijk: true },
      partners: ['Testuniversiteit'],
      cost: 'bijdrage',
      cost_note: 'Een eigen bijdrage van 10 procent.',
      availability: { status: 'gesloten', note: 'Tijdelijk dicht wegens een verhuizing.' },
      unconfirmed: ['kosten'],
    }),
    // A subsidie for a provincie; stopped.
    initiative('testsubsidie-gelderland', {
      name: 'Testsubsidie Gelderland',
      kind: 'subsidie',
      summary:
        'Een regeling die de helft van de kosten van digitalisering vergoedt voor Gelderse ondernemers.',
      themes: ['financiering', 'automatisering'],
      offer: ['subsidie'],
      werkgebied: { provincies: ['Gelderland'] },
      availability: { status: 'beeindigd' },
      curated_by: 'Gelderland',
    }),
    // A hub in one gemeente of Noord-Brabant, about robots in production.
    initiative('testhub-brabant', {
      name: 'Testhub Brabant',
      kind: 'smart-industry-hub',
      summary: 'Fieldlab waar maakbedrijven robots en sensoren in hun productie uitproberen.',
      themes: ['industrie-4-0', 'automatisering'],
      werkgebied: { gemeenten: ['Eindhoven'], regio: 'Zuidoost-Brabant' },
      locations: [
        { name: 'Testfabriek', gemeente: 'Eindhoven', lat: 51.448, lon: 5.45, precision: 'gemeente' },
      ],
      firm_size: { max: 250 },
      sectors: ['maakindustrie'],
      curated_by: 'Noord-Brabant',
    }),
  ];
}
