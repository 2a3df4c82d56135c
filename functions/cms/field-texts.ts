/**
 * The Dutch words the browser editor shows beside each field of content/schema.ts: a label and a
 * help text (`hint`) written for a policy officer, not a developer. The fields themselves (type,
 * required, choices, limits, error messages) come from the schema; tests/cms/decap-config.test.ts
 * fails when a schema field has no text here or a text names a field the schema does not have.
 */
import { GEMEENTEN } from '../../content/places.ts';
import { VALUE_LABELS } from '../../content/labels.ts';

/** What the editor says about one field. */
export interface FieldText {
  label: string;
  /** Shown under the field (Decap renders it as Markdown). */
  hint: string;
  /** 'text' for a multi-line box; strings are single-line otherwise. */
  widget?: 'text';
  /** A fixed list of values the schema checks with a refinement rather than an enum. */
  choices?: readonly string[];
  /** For a list of groups: one item, as in the button "… toevoegen" (e.g. 'bron'). */
  singular?: string;
  /** Dutch labels for the values of an enum; the value itself is shown when missing. */
  optionLabels?: Readonly<Record<string, string>>;
}

const GEMEENTE_NAMES = GEMEENTEN.map(([naam]) => naam);

/** Keyed by the field's dotted path in the schema; list items have no index (`sources.url`). */
export const FIELD_TEXTS: Readonly<Record<string, FieldText>> = {
  name: {
    label: 'Naam',
    hint: 'De officiële naam, zoals de organisatie die zelf schrijft. Uit de naam maakt het beheer ook het webadres van de pagina.',
  },
  kind: {
    label: 'Soort hulp',
    hint: 'Kies precies één soort. De soort bepaalt naar welke vragen het loket dit initiatief verwijst (zie de README, "Soorten hulp").',
    optionLabels: VALUE_LABELS.nl.kinds,
  },
  summary: {
    label: 'Korte samenvatting',
    hint: 'Eén of twee zinnen (20 tot 320 tekens): wat krijgt een ondernemer hier, en voor wie is het? Staat in lijsten en zoekresultaten.',
    widget: 'text',
  },
  themes: {
    label: "Onderwerpen (thema's)",
    hint: 'Kies minstens één onderwerp waarmee dit initiatief helpt.',
    optionLabels: VALUE_LABELS.nl.themes,
  },
  offer: {
    label: 'Wat je krijgt',
    hint: 'Wat een ondernemer concreet krijgt, bijvoorbeeld advies, een stappenplan of een voucher. Meerdere keuzes mogen.',
    optionLabels: VALUE_LABELS.nl.offer,
  },
  werkgebied: {
    label: 'Werkgebied',
    hint: 'Waar het initiatief ondernemers helpt: heel Nederland, of één of meer provincies en/of gemeenten.',
  },
  'werkgebied.landelijk': {
    label: 'Heel Nederland',
    hint: 'Zet dit alleen aan als het initiatief in het hele land helpt. Noem dan geen provincies of gemeenten.',
  },
  'werkgebied.provincies': {
    label: 'Provincies',
    hint: 'Provincies die het initiatief helemaal bedient. Laat leeg als het maar een deel van de provincie is; kies dan gemeenten.',
  },
  'werkgebied.gemeenten': {
    label: 'Gemeenten',
    hint: 'Gemeenten in het werkgebied, met de officiële CBS-naam van 2025 (typ om te zoeken), bijvoorbeeld "Hengelo (O.)".',
    choices: GEMEENTE_NAMES,
  },
  'werkgebied.regio': {
    label: 'Naam van de regio',
    hint: 'Hoe mensen de regio noemen, bijvoorbeeld "Twente" of "Noordoost-Brabant". Mag leeg blijven.',
  },
  locations: {
    label: 'Locaties',
    hint: 'Waar het initiatief zit. Deze plekken staan op de kaart.',
    singular: 'locatie',
  },
  'locations.name': {
    label: 'Naam van de locatie',
    hint: 'Bijvoorbeeld "Hogeschool van Amsterdam, Wibauthuis". Mag leeg blijven.',
  },
  'locations.address': {
    label: 'Adres',
    hint: 'Straat en huisnummer, alleen als het adres bevestigd is. Laat anders leeg.',
  },
  'locations.gemeente': {
    label: 'Gemeente',
    hint: 'De gemeente waarin de locatie ligt (CBS-naam van 2025).',
    choices: GEMEENTE_NAMES,
  },
  'locations.lat': {
    label: 'Breedtegraad (lat)',
    hint: 'Getal met een punt, bijvoorbeeld 52.2189. Zoek het adres op een kaart op en neem de eerste coördinaat over.',
  },
  'locations.lon': {
    label: 'Lengtegraad (lon)',
    hint: 'Getal met een punt, bijvoorbeeld 6.8919: de tweede coördinaat.',
  },
  'locations.precision': {
    label: 'Nauwkeurigheid',
    hint: 'Kies "adres" als de coördinaten van het bevestigde adres zijn; kies "gemeente" als je alleen de plaats weet en het midden van de gemeente invult. De site toont dan "adres nog niet bevestigd".',
    optionLabels: { adres: 'Adres bevestigd', gemeente: 'Alleen de gemeente bekend' },
  },
  firm_size: {
    label: 'Bedrijfsgrootte (aantal medewerkers)',
    hint: 'Voor welke bedrijven het initiatief bedoeld is. Vul alleen een grens in die echt geldt.',
  },
  'firm_size.min': {
    label: 'Vanaf (medewerkers)',
    hint: 'Kleinste aantal medewerkers, bijvoorbeeld 2. Laat leeg als er geen ondergrens is.',
  },
  'firm_size.max': {
    label: 'Tot en met (medewerkers)',
    hint: 'Grootste aantal medewerkers, bijvoorbeeld 50 of 250. Laat leeg als er geen bovengrens is.',
  },
  sectors: {
    label: 'Sectoren',
    hint: 'Alleen invullen als het initiatief aan sectoren gebonden is, gescheiden door komma’s. Leeg betekent: alle sectoren.',
  },
  cost: {
    label: 'Kosten',
    hint: 'Wat het de ondernemer kost. Laat leeg als je het niet kunt bevestigen.',
    optionLabels: VALUE_LABELS.nl.cost,
  },
  cost_note: {
    label: 'Toelichting op de kosten',
    hint: 'Bijvoorbeeld de hoogte van de eigen bijdrage, of waarom de kosten niet bevestigd zijn.',
    widget: 'text',
  },
  education: {
    label: 'Onderwijsinstellingen',
    hint: 'Scholen en universiteiten die meedoen, elk met hun niveau.',
    singular: 'onderwijsinstelling',
  },
  'education.name': {
    label: 'Naam van de instelling',
    hint: 'Bijvoorbeeld "Saxion" of "ROC van Twente".',
  },
  'education.level': {
    label: 'Niveau',
    hint: 'mbo, hbo of wo.',
    optionLabels: VALUE_LABELS.nl.levels,
  },
  partners: {
    label: 'Partners',
    hint: 'Andere organisaties die meedoen, gescheiden door komma’s.',
  },
  contact: {
    label: 'Contact',
    hint: 'Hoe een ondernemer contact opneemt. Vul alleen in wat de organisatie zelf publiceert.',
  },
  'contact.email': {
    label: 'E-mailadres',
    hint: 'Een algemeen adres, geen persoonlijk adres. Bijvoorbeeld info@voorbeeld.nl.',
  },
  'contact.phone': {
    label: 'Telefoonnummer',
    hint: 'Bijvoorbeeld 053 123 45 67.',
  },
  'contact.url': {
    label: 'Contactpagina',
    hint: 'Het webadres van de contact- of aanmeldpagina, beginnend met https://.',
  },
  website: {
    label: 'Website',
    hint: 'Het webadres van het initiatief, beginnend met https://. Laat leeg en zet "website" bij "Nog niet bevestigd" als je het niet zeker weet.',
  },
  kvk: {
    label: 'KVK-nummer',
    hint: 'Het KVK-nummer van de organisatie erachter: 8 cijfers, zonder spaties.',
  },
  availability: {
    label: 'Beschikbaarheid',
    hint: 'Of het initiatief nu nieuwe aanvragen aanneemt, en wanneer niet.',
  },
  'availability.status': {
    label: 'Status',
    hint: 'Open: neemt nieuwe aanvragen aan. Vol: nu geen plek. Tijdelijk gesloten: bijvoorbeeld in de vakantie. Beëindigd: gestopt (verwijder een initiatief niet, maar kies deze status). Onbekend: niet bevestigd.',
    optionLabels: VALUE_LABELS.nl.status,
  },
  'availability.closed_periods': {
    label: 'Gesloten perioden',
    hint: 'Perioden zonder intake, zoals de zomervakantie van de scholen.',
    singular: 'gesloten periode',
  },
  'availability.closed_periods.from': {
    label: 'Van',
    hint: 'Eerste dag van de gesloten periode.',
  },
  'availability.closed_periods.to': {
    label: 'Tot en met',
    hint: 'Laatste dag van de gesloten periode.',
  },
  'availability.closed_periods.reason': {
    label: 'Reden',
    hint: 'Bijvoorbeeld "zomervakantie".',
  },
  'availability.next_intake': {
    label: 'Volgende intake',
    hint: 'De eerstvolgende datum waarop nieuwe aanvragen worden aangenomen, als die bevestigd is.',
  },
  'availability.note': {
    label: 'Toelichting',
    hint: 'Bijvoorbeeld "aanvragen niet meer mogelijk sinds 2023".',
    widget: 'text',
  },
  started: {
    label: 'Startjaar',
    hint: 'Het jaar waarin het initiatief begon, bijvoorbeeld 2020. Alleen als het bevestigd is.',
  },
  curated_by: {
    label: 'Bijgehouden door',
    hint: 'De provincie (of het landelijk redactieteam) die dit initiatief bijhoudt. Staat vast voor jouw beheeromgeving.',
  },
  last_checked: {
    label: 'Laatst gecontroleerd',
    hint: 'De datum waarop je alle gegevens hebt gecontroleerd. Zet hier de datum van vandaag als je alles hebt nagelopen; na zes maanden toont de site een waarschuwing.',
  },
  checked_by: {
    label: 'Gecontroleerd door',
    hint: 'Je team of rol, geen persoonsnaam. Bijvoorbeeld "Redactie provincie Overijssel".',
  },
  unconfirmed: {
    label: 'Nog niet bevestigd',
    hint: 'Gegevens die je niet kon bevestigen, gescheiden door komma’s, bijvoorbeeld: website, adres, kosten. De site toont ze als "nog niet bevestigd".',
  },
  sources: {
    label: 'Bronnen',
    hint: 'Voor elk feit de openbare pagina waar het vandaan komt. Minstens één bron.',
    singular: 'bron',
  },
  'sources.url': {
    label: 'Webadres van de bron',
    hint: 'Beginnend met https://.',
  },
  'sources.supports': {
    label: 'Wat deze bron onderbouwt',
    hint: 'Welke feiten op deze pagina staan, bijvoorbeeld "naam, werkgebied, startjaar".',
    widget: 'text',
  },
  'sources.accessed': {
    label: 'Geraadpleegd op',
    hint: 'De datum waarop je de bron hebt bekeken.',
  },
};

/** The Markdown body below the frontmatter: not a schema field, but part of every content file. */
export const BODY_TEXT: FieldText = {
  label: 'Beschrijving',
  hint: 'De langere tekst op de pagina van het initiatief: hoe het werkt, voor wie, wat nog niet bevestigd is. Gewone zinnen; kopjes en opsommingen mogen.',
};
