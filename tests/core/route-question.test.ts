import { describe, expect, test } from 'vitest';
import { availabilityOn } from '../../functions/core/availability.ts';
import { buildDirectoryIndex } from '../../functions/core/directory-index.ts';
import { KINDS_MEANING, offerOf } from '../../functions/core/kinds.ts';
import { placeFromPostcode, routeQuestion, type RouteInput } from '../../functions/core/route-question.ts';
import { loadDictionaries, loadPostcodes } from '../../functions/data.ts';
import { realDirectory } from '../helpers/app.ts';
import { initiative, testDirectory, testPostcodes } from './test-directory.ts';

const index = buildDirectoryIndex(testDirectory(), { postcodes: testPostcodes });
const WINTER = '2026-11-27';
const SUMMER = '2026-07-20';

function route(question: string, extra: Partial<RouteInput> & { postcode?: string } = {}) {
  const { postcode, ...rest } = extra;
  const place = placeFromPostcode(testPostcodes, postcode);
  if (!place.ok) throw new Error(place.detail);
  return routeQuestion(index, {
    question,
    today: WINTER,
    ...(place.place ? { place: place.place } : {}),
    ...(place.unknownPostcode ? { unknownPostcode: place.unknownPostcode } : {}),
    ...rest,
  });
}
const kinds = (r: ReturnType<typeof route>) => r.recommendations.map((x) => x.kind);
const slugs = (r: ReturnType<typeof route>) => r.recommendations.map((x) => x.slug);

describe('the kind of help a question asks for', () => {
  test.each([
    ['ik wil online gaan verkopen maar weet niet waar te beginnen', 'werkplaats'],
    ['Kunnen studenten een prototype van een bestelapp maken?', 'werkplaats'],
    ['laat een bureau mijn webshop bouwen', 'ict-dienstverlener'],
    ['Onze webshop is onbereikbaar, wie kan het vandaag nog repareren?', 'ict-dienstverlener'],
    ['we zijn gehackt!! alle bestanden versleuteld', 'cybersecurity'],
    ['Is er subsidie of een voucher voor digitalisering?', 'subsidie'],
    ['De bank wil niet, ik zoek een lening van 30.000 euro', 'financiering'],
    ['Ik wil zelf leren hoe ik Instagram-advertenties maak. Is er een cursus?', 'opleiding'],
    [
      'We willen met een lectoraat een paar jaar onderzoek doen naar AI voor gewasvoorspelling',
      'kenniscentrum',
    ],
    ['Hoe schrijf ik me in bij de KVK en moet ik btw rekenen?', 'loket'],
    ['we want advice on how to sell online, where do we start?', 'werkplaats'],
    // An incident told in the owner's words, without "hack" or "phishing".
    [
      "Op alle pc's staat een bericht dat we in bitcoin moeten betalen om onze bestanden terug te krijgen",
      'cybersecurity',
    ],
    [
      'Een collega heeft een factuur betaald na een mail van de directeur, maar die mail bleek nep',
      'cybersecurity',
    ],
    [
      'Onze leverancier mailde dat hun rekeningnummer gewijzigd is. We hebben de factuur naar dat nummer betaald.',
      'cybersecurity',
    ],
  ])('"%s" goes first to %s', (question, kind) => {
    expect(route(question, { postcode: '9711', employees: 8 }).recommendations[0]?.kind).toBe(kind);
  });

  test('market work never gets a werkplaats first, and says why', () => {
    const r = route('We zoeken een ontwikkelaar die onze app kan bouwen en onderhouden, graag een offerte', {
      postcode: '9711',
      employees: 8,
    });
    expect(r.recommendations[0]?.kind).not.toBe('werkplaats');
    expect(r.understood.rules).toContain('market-work');
  });

  test('students building a prototype is not market work, even among words of repair and updates', () => {
    const r = route(
      'Our repair shop wants students to build a small prototype that sends customers updates',
      {
        postcode: '9711',
        employees: 8,
      },
    );
    expect(r.understood.kinds[0]?.kind).toBe('werkplaats');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test.each([
    ['Onze kassakoppeling is kapot en het is dringend. Kunnen studenten dat fixen?', 'ict-dienstverlener'],
    ['Voor de feestdagen moeten we inkopen, maar het geld ligt er niet en de bank zegt nee', 'financiering'],
    ['Mijn compagnon wil uit onze vof stappen. Wat moet er geregeld worden?', 'loket'],
    ['We willen een lasrobot kopen. De bank wil wel, maar we hebben te weinig zekerheden.', 'financiering'],
    [
      'De boekhouder heeft geld overgemaakt na een mail van mij, maar die heb ik nooit gestuurd',
      'cybersecurity',
    ],
    ['Is er een borgregeling voor een lening voor een nieuwe machine?', 'financiering'],
    ['It is an open research question for our nursery. Who could we do this research with?', 'kenniscentrum'],
    [
      'De klimaatcomputer in de kas werd vannacht op afstand bediend, wij hebben niks gedaan',
      'cybersecurity',
    ],
    [
      'My bookkeeper got a WhatsApp with my profile photo asking her to urgently pay a supplier',
      'cybersecurity',
    ],
  ])('"%s" is read as a question for %s', (question, kind) => {
    expect(route(question, { postcode: '9711', employees: 8 }).understood.kinds[0]?.kind).toBe(kind);
  });

  test('the choice between ready-made and custom is a question for advice, not an order', () => {
    const r = route(
      'Klanten willen online afspraken maken. Bestaat zoiets kant-en-klaar of moet het op maat?',
      {
        postcode: '9711',
        employees: 8,
      },
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('a trial first is a prototype: not yet market work', () => {
    const r = route(
      'Kan iemand meedenken? Eerst een proefje, we willen niet meteen een dure koppeling laten bouwen',
      {
        postcode: '9711',
        employees: 8,
      },
    );
    expect(r.understood.rules).not.toContain('market-work');
  });

  test('an account taken over is read as an incident, in English too', () => {
    const r = route('Someone took over our Instagram and is posting giveaways. How do we get it back?', {
      postcode: '9711',
      employees: 8,
    });
    expect(r.understood.kinds[0]?.kind).toBe('cybersecurity');
  });

  test('market work never gets a werkplaats first, not even when the question names it', () => {
    const r = route(
      'Via de digitale werkplaats hebben studenten een klikbaar prototype van onze webshop gemaakt. Nu moet een bedrijf de echte webshop bouwen en koppelen.',
      { postcode: '9711', employees: 8 },
    );
    expect(r.understood.rules).toContain('market-work');
    expect(r.recommendations[0]?.kind).not.toBe('werkplaats');
  });

  test('"maken" alone is not market work: a forecast to make is a question for advice', () => {
    const r = route('Kunnen we met onze verkoopcijfers van de afgelopen jaren een voorspelling maken?', {
      postcode: '9711',
      employees: 8,
    });
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.understood.kinds.map((k) => k.kind)).not.toContain('kenniscentrum');
  });

  test('a phrase of stop words only is a fixed expression: "wij zijn een bakkerij met" is not "wij zijn met"', () => {
    const r = route('Wij zijn een bakkerij met 7 man en zoeken een lening', {
      postcode: '9711',
      employees: 7,
    });
    expect(r.understood.kinds.map((k) => k.kind)).not.toContain('mkb-deal');
  });

  test('finding out what is needed before buying is not market work', () => {
    const r = route(
      'Ik zoek een partij die eerst uitzoekt wat we nodig hebben, voordat we iets aanschaffen',
      {
        postcode: '9711',
        employees: 8,
      },
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('a design that is ready is market work, whatever the word "ontwerp" suggests', () => {
    const r = route('Het ontwerp is al klaar. Wie kan onze webshop bouwen?', {
      postcode: '9711',
      employees: 8,
    });
    expect(r.understood.rules).toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
  });

  test('students to build something for a firm of more than 50 staff: that is market work', () => {
    const r = route(
      'Wij hebben 120 medewerkers. Kunnen studenten een koppeling met ons planningssysteem bouwen?',
      {
        postcode: '9711',
        employees: 120,
      },
    );
    expect(r.understood.kinds[0]?.kind).toBe('ict-dienstverlener');
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
  });

  test('asking for professionals after a prototype by students is market work', () => {
    const r = route(
      'Studenten hebben vorig jaar een concept voor onze app gemaakt. Nu zoeken we een professioneel bedrijf dat de app bouwt en onderhoudt.',
      { postcode: '9711', employees: 8 },
    );
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
    expect(r.understood.rules).toContain('market-work');
  });

  test('a firm of more than 50 staff gets no werkplaats, with a notice', () => {
    const r = route('Kunnen studenten ons advies geven over onze webshop?', {
      postcode: '9711',
      employees: 250,
    });
    expect(kinds(r)).not.toContain('werkplaats');
    expect(r.notices.join(' ')).toMatch(/250 medewerkers/);
  });

  test('the first part of a compound is what kind of thing it is: an installatiebedrijf asks for no installation', () => {
    const r = route(
      'Ons installatiebedrijf wil de gegevens uit het onderhoudssysteem gebruiken om klanten op tijd advies te sturen. Hoe pakken we dat aan?',
      { postcode: '9711', employees: 18 },
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('"samen met mij" is together, not a collective of firms', () => {
    const r = route('Kan iemand samen met mij de opties voor online bestellen op een rij zetten?', {
      postcode: '9711',
      employees: 9,
    });
    expect(r.understood.kinds[0]?.kind).toBe('werkplaats');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('"regelen" is arranging something, not rules', () => {
    const r = route(
      'Wat moeten we minimaal regelen aan beveiliging nu we dossiers digitaal delen met klanten?',
      {
        postcode: '9711',
        employees: 18,
      },
    );
    expect(r.understood.kinds[0]?.kind).toBe('cybersecurity');
    expect(r.recommendations[0]?.kind).toBe('cybersecurity');
  });

  test('keeping records ("gegevens bijhouden") is not maintenance of a system', () => {
    const r = route('Welke gegevens over onze gasten moeten we bijhouden om beter te kunnen plannen?', {
      postcode: '9711',
      employees: 8,
    });
    expect(r.understood.kinds.map((k) => k.kind)).not.toContain('ict-dienstverlener');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('a webshop platform by name is a webshop', () => {
    const r = route('Lightspeed of Shopify voor onze fietsenwinkel, wat past beter?', {
      postcode: '9711',
      employees: 5,
    });
    expect(r.understood.topics.map((t) => t.theme)).toContain('e-commerce');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test.each([
    'Moeten we een planningssysteem kopen of laten maken? Wie kan ons onafhankelijk adviseren?',
    'We zoeken een partij die een eerste analyse van onze verkoopcijfers kan doen.',
    'We want more direct bookings on our own website. We are looking for a plan, not an agency.',
  ])('choosing, a first analysis or a plan rather than an agency is not market work yet: %s', (question) => {
    const r = route(question, { postcode: '9711', employees: 8 });
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test("the owner's own quotes are a process to improve, not a quote from a supplier", () => {
    const own = route('Offertes maken kost ons elke week uren. Kan dat slimmer of automatisch?', {
      postcode: '9711',
      employees: 6,
    });
    expect(own.understood.rules).not.toContain('market-work');
    expect(own.recommendations[0]?.kind).toBe('werkplaats');
    const supplier = route('Wie kan ons een offerte geven voor een nieuwe webshop?', {
      postcode: '9711',
      employees: 6,
    });
    expect(supplier.understood.rules).toContain('market-work');
  });

  test.each([
    'Twee jaar geleden heeft een student onze webshop opgezet. Wij zoeken een bedrijf dat de shop host en voortaan onderhoudt.',
    'Students from a werkplaats already made a prototype of our booking app. Now we need a company that builds it and hosts it.',
  ])('students of long ago, or before "now we need", do not make market work a prototype: %s', (question) => {
    const r = route(question, { postcode: '9711', employees: 8 });
    expect(r.understood.rules).toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
  });

  test("the owner's trade sets no rule: a bike repair shop asking students for a prototype is no repair job", () => {
    const r = route(
      'We run a bike repair shop with 4 mechanics. Could students look into a simple way to send status updates and build a small prototype?',
      { postcode: '9711', employees: 4 },
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('ransomware told by what the owner sees is an incident', () => {
    const r = route(
      'Vanochtend konden we niet meer bij onze bestanden en op elk scherm staat een bericht dat we moeten betalen. We durven niets meer aan te raken.',
      { postcode: '9711', employees: 45 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('cybersecurity');
    expect(r.understood.kinds.map((k) => k.kind)).not.toContain('kenniscentrum');
  });

  test('a second opinion on a quote before signing is not market work yet', () => {
    const r = route(
      'Ons webbureau stuurde een offerte van 15.000 euro voor een webshop. Kan iemand eerst meedenken voordat ik teken?',
      { postcode: '9711', employees: 6 },
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('a question that weighs options ("Moeten we ... laten maken of ...?") is not market work yet', () => {
    const r = route(
      'Klanten willen taarten online bestellen. Moeten we een app laten maken of is een bestelpagina op de website genoeg?',
      { postcode: '9711', employees: 6 },
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('after a step plan, building it is market work, even when the same students are asked', () => {
    const r = route(
      'We hebben bij de werkplaats een stappenplan voor onze webshop gekregen. Nu moet de webshop gebouwd worden. Kunnen dezelfde studenten dat ook doen?',
      { postcode: '9711', employees: 12 },
    );
    expect(r.understood.rules).toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
  });

  test('a reported incident never gets a werkplaats first, even when students are asked', () => {
    const r = route(
      'Onze webshop is gehackt en klanten krijgen phishingmails met ons logo. Kunnen studenten van de werkplaats ons helpen?',
      { postcode: '9711', employees: 9 },
    );
    expect(r.recommendations[0]?.kind).toBe('cybersecurity');
  });

  test.each([
    [
      'We willen abonnementen online verkopen. Liefst eerst een plan voordat we iets laten bouwen.',
      'werkplaats',
    ],
    ['Ik wil eindelijk goed leren werken met Excel, liefst online. Tips?', 'opleiding'],
    [
      'Een klant betaalt al drie maanden een factuur niet. Wat kan ik doen voordat ik een advocaat inschakel?',
      'loket',
    ],
    [
      'De voorraad koop ik in september in, maar het geld komt pas in december binnen. Hoe kom ik die maanden door?',
      'financiering',
    ],
    [
      'Vanmiddag belde iemand namens Microsoft en onze medewerker liet hem op de computer meekijken. Wat nu?',
      'cybersecurity',
    ],
    [
      'Een robotarm lijkt ons wat, maar we willen er eerst een met onze producten zien werken voordat we investeren.',
      'smart-industry-hub',
    ],
  ])('everyday words for the kind: %s', (question, kind) => {
    const r = route(question, { postcode: '9711', employees: 9 });
    expect(r.understood.kinds[0]?.kind).toBe(kind);
  });

  test.each([
    ['My bank turned down my loan application. Who else lends to small businesses?', 'financiering'],
    [
      'Ik wil zelf geen cursus volgen; ik zoek iemand die uitzoekt welk boekingssysteem bij onze salon past.',
      'werkplaats',
    ],
    [
      'We hoorden dat er ooit een digitaliseringsvoucher was, maar hoe krijgen we meer klanten via onze website? We zoeken iemand die een stappenplan maakt.',
      'werkplaats',
    ],
    [
      "The link between our webshop and our accounting software stopped working. We need someone who can fix it this week. (Later on I'd like some training for my staff.)",
      'ict-dienstverlener',
    ],
    [
      'A client wants proof that our information security is in order before they sign. Is there a basic security checklist?',
      'cybersecurity',
    ],
    [
      "All the files on our shared drive suddenly have a weird extension and there's a text file asking for bitcoin. Help?",
      'cybersecurity',
    ],
    [
      'De bank wil onze nieuwe machine financieren maar vraagt meer zekerheden. Bestaat er een borgstellingsregeling van de overheid?',
      'financiering',
    ],
    [
      'We willen per machine realtime zien waarom er stilstand is. Wie kan ons helpen dit op de werkvloer in te richten?',
      'smart-industry-hub',
    ],
  ])('what the owner asks, not what the story mentions: %s', (question, kind) => {
    const r = route(question, { postcode: '9711', employees: 9 });
    expect(r.understood.kinds[0]?.kind).toBe(kind);
  });

  test('a phrase does not reach across sentences: "... wat slim is. ... subsidie" is no SLIM-regeling', () => {
    const analysis = index.analyzer.analyze('We weten nog niet wat slim is. Subsidie vragen we later aan.');
    const terms = index.classifier.classify(analysis, {}).hits.flatMap((h) => h.terms);
    expect(terms).toContain('subsidie');
    expect(terms).not.toContain('slim regeling');
  });

  test('a prototype that is done and must now be hosted and linked is market work, whoever is asked', () => {
    const r = route(
      'Studenten hebben een prototype van een klantportaal gemaakt. Nu moet het veilig gehost en gekoppeld worden. Kunnen de studenten dat afmaken?',
      { postcode: '9711', employees: 18 },
    );
    expect(r.understood.rules).toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
  });

  test('keeping a webshop running is market work, even when students are asked to build it', () => {
    const r = route(
      'Kunnen studenten onze nieuwe webshop bouwen en daarna ook het onderhoud en de hosting blijven doen?',
      { postcode: '9711', employees: 7 },
    );
    expect(r.understood.rules).toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
  });

  test('an independent inventory of the possibilities is not market work, whatever "partij" suggests', () => {
    const r = route(
      'De praktijk heeft behoefte aan een onafhankelijke inventarisatie van de mogelijkheden en een stappenplan. Welke partij komt hiervoor in aanmerking?',
      { postcode: '9711', employees: 14 },
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  const hitKinds = (question: string) =>
    index.classifier.classify(index.analyzer.analyze(question), {}).hits.map((h) => h.kind);
  const hitTerms = (question: string) =>
    index.classifier.classify(index.analyzer.analyze(question), {}).hits.flatMap((h) => h.terms);
  const classified = (question: string) => index.classifier.classify(index.analyzer.analyze(question), {});

  test.each([
    'We willen niet blind een pakket kopen. Wie helpt ons eerst de eisen op een rij te zetten?',
    "We'd like help to work out which tasks we could automate, and a simple plan. Not looking for a vendor yet.",
  ])('a purchase denied a few words after the negation is not market work: %s', (question) => {
    const r = route(question, { postcode: '9711', employees: 9 });
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('a negation ends at the next clause: "werkt niet meer en de leverancier ..." still asks a supplier', () => {
    expect(hitTerms('De kassa werkt niet meer en de leverancier neemt niet op.')).toContain('leverancier');
    expect(hitTerms('We willen geen leverancier.')).not.toContain('leverancier');
  });

  test('the stop words of a term are looked for in its own sentence: own colleagues are no peers', () => {
    expect(
      hitKinds('Wij zijn een kantoor met 12 mensen. Collega’s gebruiken al ChatGPT voor mails.'),
    ).not.toContain('mkb-deal');
    expect(hitKinds('We willen dit samen met collega-ondernemers uit de regio aanpakken.')).toContain(
      'mkb-deal',
    );
  });

  test('students asked to build and then also maintain it: that is market work', () => {
    const r = route(
      'Kunnen studenten de koppeling tussen kassa en webshop bouwen en daarna ook onderhouden?',
      {
        postcode: '9711',
        employees: 12,
      },
    );
    expect(r.understood.rules).toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
  });

  test('a mailbox that sends messages with a strange link on its own is an incident, even when the werkplaats is named', () => {
    const r = route(
      'Sinds vanochtend stuurt ons mailadres uit zichzelf berichten met een rare link naar klanten. Kan de werkplaats helpen?',
      { postcode: '9711', employees: 6 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('cybersecurity');
    expect(r.recommendations[0]?.kind).not.toBe('werkplaats');
  });

  test('what the owner sells is their trade, not their need: courses sold are no course wanted', () => {
    const r = route('I sell online cooking courses and my buyers live abroad. Do I charge Dutch VAT?', {
      postcode: '9711',
      employees: 2,
    });
    expect(r.understood.kinds[0]?.kind).toBe('loket');
  });

  test('the Digital Workshop by its English name is the werkplaats, not a course', () => {
    const question = 'Could students of the Digital Workshop help us find out what to automate first?';
    expect(hitKinds(question)).toContain('werkplaats');
    expect(hitKinds(question)).not.toContain('opleiding');
  });

  test('a software package is no packaging line, and peers learning from each other are a group', () => {
    expect(hitKinds('We zoeken een nieuw pakket voor de planning.')).not.toContain('smart-industry-hub');
    const r = route('We are a group of bakeries that want to learn from each other about online orders.', {
      postcode: '9711',
      employees: 8,
    });
    expect(r.understood.kinds[0]?.kind).toBe('mkb-deal');
  });

  test('custom work the owner sells is no custom software ordered', () => {
    expect(hitTerms('Hoe komen we online aan meer aanvragen voor maatwerk?')).not.toContain('maatwerk');
    expect(hitKinds('We zoeken iemand die maatwerk software voor ons bouwt.')).toContain(
      'ict-dienstverlener',
    );
  });

  test('taking over a site and keeping it up is market work, whatever was built before', () => {
    const r = route(
      'De man die ooit onze site bouwde stopt. Zoek iemand die de website overneemt, host en bijhoudt.',
      {
        postcode: '9711',
        employees: 4,
      },
    );
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
  });

  test.each([
    'A client asked why our invoice had a different IBAN on it. We never sent it. Who can help?',
    'Een klant kreeg een factuur van ons met een ander IBAN. Volgens mij leest er iemand mee in onze mail.',
  ])('a changed IBAN or someone reading the mail is an incident: %s', (question) => {
    const r = route(question, { postcode: '9711', employees: 12 });
    expect(r.understood.kinds[0]?.kind).toBe('cybersecurity');
  });

  test('"We\'re a ... agency" is the owner\'s trade: an agency that is hacked asks no supplier', () => {
    const a = index.analyzer.analyze("We're a translation agency, 12 people. Someone is reading our email.");
    expect(a.tokens.find((t) => t.surface === 'agency')?.weight).toBeLessThan(1);
  });

  test('an independent check of the security and advice on it is for the security specialists', () => {
    const r = route(
      'Clients ask how safe their financial data is with us. Where can we get an independent security check and advice on what to improve?',
      { postcode: '9711', employees: 16 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('cybersecurity');
    expect(hitKinds('How safe is the financial data of our clients?')).not.toContain('financiering');
  });

  test('firms that innovate together in a partnership are a group of peers', () => {
    expect(hitKinds('We zijn met zes bedrijven en willen samen innoveren.')).toContain('mkb-deal');
  });

  test('weighing options with "heeft het zin ... of ...?" is not market work yet', () => {
    const r = route(
      'Heeft het zin om fietsen online te verkopen, of moeten we eerst alleen afspraken online laten maken?',
      { postcode: '9711', employees: 8 },
    );
    expect(r.understood.rules).not.toContain('market-work');
  });

  test('machines tied together to see live what happens on the floor is shop-floor work', () => {
    expect(
      hitKinds('We willen de machines aan elkaar knopen en live zien wat er op de vloer gebeurt.'),
    ).toContain('smart-industry-hub');
  });

  test('someone taking a stake in the company is an investor', () => {
    expect(hitKinds('We are open to someone taking a stake in the company.')).toContain('financiering');
  });

  test('an account is no login, and an account manager is a person', () => {
    expect(
      hitKinds('Ik heb een account bij Mailchimp maar weet niet hoe ik een nieuwsbrief maak.'),
    ).not.toContain('cybersecurity');
    const keys = index.analyzer.analyze("I'm an account manager at a bank.").tokens.map((t) => t.key);
    expect(keys).toContain('accountmanager');
  });

  test('"uit te zoeken" is "uitzoeken", and the own small agency is no agency to hire', () => {
    const keys = index.analyzer.analyze('Wie kan ons helpen dat uit te zoeken?').tokens.map((t) => t.key);
    expect(keys).toContain('uitzoeken');
    expect(hitKinds('We weten niet of zoiets haalbaar is voor een klein bureau als het onze.')).not.toContain(
      'ict-dienstverlener',
    );
  });

  test('an independent party to help with a plan is not market work', () => {
    const r = route('Is er een onafhankelijke partij die ons kan helpen met een plan van aanpak?', {
      postcode: '9711',
      employees: 11,
    });
    expect(r.understood.rules).not.toContain('market-work');
  });

  test('the certificates of a product are no course', () => {
    expect(hitKinds('Klanten vragen om productdata, allergenen en certificaten.')).not.toContain('opleiding');
  });

  test.each([
    'Alle bestanden hebben ineens rare namen en er staat een briefje op het scherm dat we moeten betalen om ze terug te krijgen.',
    'Ze kreeg een mail van de bank en heeft daar haar codes ingevuld. Nu is er geld van de rekening af.',
    'We betaalden een factuur op een nieuw rekeningnummer. Achteraf bleek de mail vervalst.',
  ])('an incident told in plain words: %s', (question) => {
    const r = route(question, { postcode: '9711', employees: 8 });
    expect(r.understood.kinds[0]?.kind).toBe('cybersecurity');
  });

  test('a clickable design made by the werkplaats: who builds it for real is market work', () => {
    const r = route(
      'De werkplaats heeft een klikbaar ontwerp gemaakt van ons klantportaal. Wie bouwt het echt, en moeten we offertes vragen?',
      { postcode: '9711', employees: 9 },
    );
    expect(r.understood.rules).toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
  });

  test('cameras above the belt that pick out deviating products are shop-floor work', () => {
    expect(hitKinds('We willen cameras boven de band die afwijkende producten eruit halen.')).toContain(
      'smart-industry-hub',
    );
  });

  test('"ws" is a webshop, and "waar begin ik" asks where to start', () => {
    const r = route('ws opzetten voor onze bakkerij waar begin ik', { postcode: '9711', employees: 5 });
    expect(r.understood.kinds[0]?.kind).toBe('werkplaats');
    expect(hitTerms('ws opzetten voor onze bakkerij waar begin ik')).toContain('waar beginnen');
  });

  test('VAT on what the owner sells is a question about the rules, not a course', () => {
    const r = route('zzp btw over online cursussen ja of nee', { postcode: '9711', employees: 1 });
    expect(r.understood.language).toBe('nl');
    expect(r.understood.kinds[0]?.kind).toBe('loket');
  });

  test('a negation reaches the end of a Dutch clause, but "niet meer" speaks of what came before', () => {
    expect(hitKinds("Ik wil niet meteen duizenden euro's aan een webbouwer kwijt zijn.")).not.toContain(
      'ict-dienstverlener',
    );
    expect(hitKinds('Sinds gisteren werkt de kassa niet meer, klanten krijgen een foutmelding.')).toContain(
      'ict-dienstverlener',
    );
    expect(hitKinds('Bijna niemand vraagt via de site een offerte aan.')).not.toContain('ict-dienstverlener');
  });

  test('set up and moved over from the old system, after advice received: the market comes first', () => {
    const r = route(
      'Via een studentenproject hebben we vorig jaar advies gekregen welk kassasysteem met webshopkoppeling we moeten nemen. Nu moet het echt ingericht worden en moeten 3000 artikelen uit het oude systeem worden overgezet. Wie kan dat?',
      { postcode: '9711', employees: 11 },
    );

    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
  });

  test('a scheme for highly skilled migrants is a question about the rules, not a grant', () => {
    const r = route('Kom ik in aanmerking voor de kennismigrantenregeling en wat moet ik regelen?', {
      postcode: '9711',
      employees: 14,
    });
    expect(r.understood.kinds[0]?.kind).toBe('loket');
  });

  test('money gone after a mail with an urgent payment is an incident; "aangifte doen" is the police', () => {
    const question =
      'Onze boekhouder kreeg een mail van mijn adres om met spoed te betalen. Het geld is weg. Moeten we aangifte doen?';
    expect(route(question, { postcode: '9711', employees: 20 }).understood.kinds[0]?.kind).toBe(
      'cybersecurity',
    );
    const keys = index.analyzer.analyze('Moeten we aangifte doen?').tokens.map((t) => t.key);
    expect(keys).toContain('politie');
  });

  test('a kind clearly asked for comes first, also when its only entry works elsewhere', () => {
    const withDeal = buildDirectoryIndex(
      [
        ...testDirectory(),
        initiative('testdeal-zuid', 'mkb-deal', {
          name: 'Testdeal Zuid',
          summary: 'Ondernemers uit een branche pakken samen digitalisering aan.',
          werkgebied: { landelijk: false, provincies: ['Noord-Brabant'], gemeenten: [] },
          locations: [{ gemeente: 'Breda', lat: 51.589, lon: 4.776, precision: 'gemeente' }],
        }),
      ],
      { postcodes: testPostcodes },
    );
    const place = placeFromPostcode(testPostcodes, '9711');
    if (!place.ok || !place.place) throw new Error('test postcode');
    const r = routeQuestion(withDeal, {
      question: 'Met andere bakkers uit de regio samen digitaliseren, kan dat?',
      place: place.place,
      employees: 8,
      today: WINTER,
    });
    expect(r.understood.kinds[0]?.kind).toBe('mkb-deal');
    expect(r.recommendations[0]?.slug).toBe('testdeal-zuid');
  });

  test('students who are not there are not asked for: building it in time is market work', () => {
    const r = route(
      'In september opent ons restaurant en dan moet er een website met reserveringen live staan. Studenten zijn er nu toch niet. Wie kan dit op tijd bouwen?',
      { postcode: '9711', employees: 7 },
    );
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
  });

  test.each([
    [
      'Geen subsidie of lening nodig hoor, we willen gewoon eerlijk advies over een online condoleanceregister.',
      ['subsidie', 'financiering'],
    ],
    [
      'Een cursus hoeven we niet, we hebben geen tijd om zelf te leren. Wel zoeken we iemand die meekijkt hoe we planning en facturen aan elkaar knopen. Waar beginnen we?',
      [],
    ],
    [
      'We don’t need a course and we are not looking for a developer: who helps us make a plan for our webshop?',
      ['opleiding', 'ict-dienstverlener'],
    ],
    ['Een bureau is niet nodig; we willen eerst advies over onze klantdata.', ['ict-dienstverlener']],
  ])('what the owner says they do not need is not asked for: %s', (question, notAsked) => {
    const denied = hitKinds(question);
    for (const kind of notAsked) expect(denied).not.toContain(kind);
    expect(route(question, { postcode: '9711', employees: 9 }).understood.kinds[0]?.kind).toBe('werkplaats');
  });

  test('"not needed" does not reach past a contrast, and a question about a scheme is still one', () => {
    expect(hitKinds('We hebben geen website nodig maar wel subsidie voor een kassasysteem.')).toContain(
      'subsidie',
    );
    expect(hitKinds('Is er geen subsidie voor scholing van ons personeel?')).toContain('subsidie');
    expect(hitKinds('Geen tijd om zelf te leren, wel subsidie nodig voor een cursus.')).toContain('subsidie');
    // No time to find it out themselves: someone else should, so it is still asked for.
    expect(hitTerms('Wij hebben geen tijd om dit zelf uit te zoeken. Wie kan ons helpen?')).toContain(
      'uitzoeken',
    );
  });

  test('cameras in a shop are a rules question; on a production line they are smart industry', () => {
    const shop = route(
      'Mag ik camera’s ophangen in mijn winkel en moet ik dat ergens melden? Ik wil de beelden in de cloud opslaan.',
      { postcode: '9711', employees: 4 },
    );
    expect(shop.understood.kinds[0]?.kind).toBe('loket');
    expect(shop.recommendations[0]?.kind).toBe('loket');
    expect(hitKinds('Een camera op de productielijn moet afwijkende producten herkennen.')).toContain(
      'smart-industry-hub',
    );
  });

  test('firms that work together in a programme ask for an MKB-deal, also in English', () => {
    const r = route(
      'We are a family business making furniture. Is there a programme where family firms in our region work together on digitalisation and robotics?',
      { postcode: '9711', employees: 28 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('mkb-deal');
  });

  test('a scheme where the state stands surety for a loan is financing, not a subsidy', () => {
    const r = route(
      'Mijn bank wil me geen lening geven omdat ik te weinig onderpand heb. Zijn er regelingen waarbij de overheid borg staat?',
      { postcode: '9711', employees: 11 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('financiering');
    expect(r.recommendations[0]?.kind).toBe('financiering');
  });

  test('students asked to build a website and then host it: that is market work', () => {
    const r = route('kunnen studenten onze nieuwe website bouwen en daarna ook hosten en bijhouden?', {
      postcode: '9711',
      employees: 8,
    });
    expect(r.understood.rules).toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
  });

  test('a large firm that wants a system linked by students asks for market work, not research', () => {
    const r = route(
      'Wij hebben 140 medewerkers en willen ons roostersysteem laten koppelen aan onze salarisadministratie. Kunnen studenten dat voor ons doen?',
      { postcode: '9711', employees: 140 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('ict-dienstverlener');
  });

  test('paid contract research with a research institute is applied research', () => {
    const r = route(
      'We willen samen met een onderzoeksinstituut een digitale tweeling van onze rompen ontwikkelen. Betaald contractonderzoek is geen probleem. Welke partijen zijn daarvoor geschikt?',
      { postcode: '9711', employees: 24 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('kenniscentrum');
    expect(r.recommendations[0]?.kind).toBe('kenniscentrum');
  });

  test('a terse question about till data is a data question for a werkplaats', () => {
    const r = route('veel kassadata van ons cafe wat kun je er mee', { postcode: '9711', employees: 11 });
    expect(r.understood.topics.map((t) => t.theme)).toContain('data');
    expect(r.understood.kinds[0]?.kind).toBe('werkplaats');
  });

  test('a training centre that retrains operators is training, whatever the machines', () => {
    const r = route(
      'Onze operators moeten leren werken met PLC’s en cobots. Is er een opleidingscentrum dat werknemers bijschoolt?',
      { postcode: '9711', employees: 34 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('opleiding');
    // The centre of a training centre is no town centre.
    expect(hitKinds('Is er een opleidingscentrum dat werknemers bijschoolt?')).not.toContain('mkb-deal');
  });

  test('years of research with a hogeschool by a group of growers is applied research', () => {
    expect(
      hitTerms(
        'Samen met vijf andere kwekers willen we met een hogeschool twee jaar onderzoek doen naar het voorspellen van de oogst met AI.',
      ),
    ).toContain('jaar onderzoek');
  });

  test('a stop word of a term stays on its side: "our quotes" is no request for "a quote for ... our shop"', () => {
    expect(hitTerms('Our quotes and project admin are a mess of spreadsheets.')).toContain('our quotes');
    const r = route(
      'need a quote for migrating our magento 1 webshop to shopify, incl product data and customer accounts. who can do this?',
      { postcode: '9711', employees: 6 },
    );
    expect(hitTerms('need a quote for migrating our webshop')).not.toContain('our quotes');
    expect(r.understood.rules).toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
    // Stop words before the key are still looked for before it, with words in between.
    expect(hitTerms('we want advice on selling online, where do we start?')).toContain('where to start');
  });

  test('VAT schemes and heat pump controls are no subsidy, though they are a "regeling"', () => {
    expect(
      hitKinds('Moet ik btw afdragen over bestellingen uit België en hoe werkt die OSS-regeling?'),
    ).not.toContain('subsidie');
    expect(
      route('Moet ik btw afdragen over bestellingen uit België en hoe werkt die OSS-regeling?', {
        postcode: '9711',
        employees: 2,
      }).recommendations[0]?.kind,
    ).toBe('loket');
    expect(hitKinds('We installeren warmtepompen met slimme regelingen.')).not.toContain('subsidie');
    expect(hitKinds('Past de SLIM-regeling bij ons?')).toContain('subsidie');
  });

  test('a course the owner has followed is history: it counts half', () => {
    const weightOf = (question: string) =>
      index.classifier.classify(index.analyzer.analyze(question), {}).hits.find((h) => h.kind === 'opleiding')
        ?.weight ?? 0;
    const followed = weightOf(
      'Ik heb een online cursus Instagram-marketing gevolgd. Hoe krijg ik meer bestellingen?',
    );
    const wanted = weightOf('Ik zoek een online cursus Instagram-marketing. Hoe krijg ik meer bestellingen?');
    expect(followed).toBeGreaterThan(0);
    expect(followed).toBeLessThan(wanted);
    expect(weightOf('I did a course on social media ads last spring. Now what?')).toBeLessThan(
      weightOf('I want a course on social media ads. Now what?'),
    );
  });

  test('a scheme in which a group of peers takes something up together is an MKB-deal', () => {
    const r = route(
      'Met vier collega-installateurs uit de Achterhoek praten we over een gezamenlijk planningsplatform. Is er een regeling of programma waarin we dat als groep kunnen oppakken?',
      { postcode: '9711', employees: 15 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('mkb-deal');
  });

  const firstKind = (question: string, employees = 12) =>
    index.classifier.classify(index.analyzer.analyze(question), { employees }).ranked[0];

  test.each([
    // A clickable design asked of students is a prototype; one already made is not.
    [
      'Kunnen studenten voor ons een klikbaar ontwerp maken van een bestelapp? Het echte bouwen laten we later door een bureau doen.',
      'werkplaats',
    ],
    // Going live after a prototype, a choice already made, a link that has not worked for a
    // week, something set up for the owner: market work, whoever is asked.
    [
      'Studenten hebben een prototype van onze reserveringsmodule gemaakt. Nu moet het echt live en iemand moet het onderhouden. Kunnen zij dat afmaken?',
      'ict-dienstverlener',
    ],
    [
      'Na een lang keuzetraject hebben we voor dit pakket gekozen. Wie kan het voor ons inrichten en de gegevens uit ons oude systeem overzetten?',
      'ict-dienstverlener',
    ],
    [
      'kunnen studenten onze boekhoudsoftware updaten en de koppeling met de bank herstellen? die werkt al een week niet',
      'ict-dienstverlener',
    ],
    [
      'Wij willen dat iemand een dashboard voor ons opzet dat elke nacht de cijfers uit onze webshop ophaalt, en dat daarna ook beheert.',
      'ict-dienstverlener',
    ],
    // A supplier's quote told around the question, finding out asked in it.
    [
      'Onze ICT-leverancier heeft ons een offerte van 18.000 euro gestuurd voor een nieuw kassasysteem met koppeling naar de webshop. Kan iemand onafhankelijk meekijken en ons helpen kiezen?',
      'werkplaats',
    ],
  ])('the wording decides between a werkplaats and the market: %s', (question, kind) => {
    expect(firstKind(question, 9)).toBe(kind);
  });

  test('what the firm makes or sells itself is not asked for: its own quotes, its own workshops', () => {
    expect(hitTerms('Een hovenier wil fotos automatisch aan zijn offertes koppelen.')).not.toContain(
      'offerte',
    );
    expect(hitTerms('Wie kan ons een offerte sturen voor een nieuwe website?')).toContain('offerte');
    // The course signal does not read them; a course to follow it does.
    expect(hitTerms('Is our website right for selling our workshops online?')).not.toContain('cursus');
    expect(hitTerms('Is there a workshop on selling online for our staff?')).toContain('cursus');
  });

  test.each([
    [
      'De kassa-pc doet raar. De muis beweegt af en toe vanzelf en er staat een programma open dat niemand van ons kent. Moet ik de stekker eruit trekken?',
      'cybersecurity',
    ],
    [
      "Iemand belde namens 'de bank' en onze boekhouder heeft een code uit de bankapp voorgelezen. Nu staan er twee overboekingen op de rekening die wij niet hebben gedaan.",
      'cybersecurity',
    ],
    [
      'Ik wil geen lening meer. Bestaat er geld dat je niet terug hoeft te betalen, voor een nieuw kassasysteem?',
      'subsidie',
    ],
    ['Wie betaalt er mee als ik mijn twee verkopers een cursus online verkopen laat volgen?', 'subsidie'],
    ['is there any money available for a small company to get advice on new software?', 'subsidie'],
    [
      'We hebben subsidie toegezegd gekregen voor een nieuwe productielijn, maar die wordt pas achteraf uitbetaald. Hoe overbruggen we die maanden?',
      'financiering',
    ],
    [
      'We hebben een app met veertig betalende klanten. Om te groeien zoeken we iemand die in ons bedrijf wil stappen. Geen bank.',
      'financiering',
    ],
    [
      'Een student die een paar weken meekijkt is niet genoeg, dit wordt maanden echt onderzoek naar onze meetdata. Wie doet zoiets?',
      'kenniscentrum',
    ],
    [
      'Mag ik camera’s ophangen in ons magazijn tegen diefstal, en moet ik dat aan het personeel melden?',
      'loket',
    ],
    [
      'Onze oudere operators zijn bang dat ze de nieuwe software niet snappen. Wie leidt mensen hier in de buurt op?',
      'opleiding',
    ],
    [
      'We are six independent bike shops. Is there support for groups of small businesses like ours?',
      'mkb-deal',
    ],
  ])('a specialist kind in the owner’s own words: %s', (question, kind) => {
    expect(firstKind(question)).toBe(kind);
  });

  test('a regional development agency invests, and raising money is financing, also in English', () => {
    expect(
      firstKind(
        'Startup of 6 people with software for dental practices. We want to raise about 500k. Does the regional development agency invest in companies like ours?',
        6,
      ),
    ).toBe('financiering');
    // "practices" is no practical training.
    expect(hitKinds('We make software for dental practices.')).not.toContain('opleiding');
  });

  test('"welke partij kan adviseren" asks for advice; a hosting party or "een partij die" is the market', () => {
    expect(hitKinds('Welke partij kan haar hierin adviseren?')).not.toContain('ict-dienstverlener');
    expect(hitKinds('We zoeken een partij die onze webshop bouwt.')).toContain('ict-dienstverlener');
    expect(
      firstKind(
        'website ligt er al sinds gisteren uit en de hostingpartij reageert niet. wie kan dit snel fixen??',
        6,
      ),
    ).toBe('ict-dienstverlener');
  });

  test.each([
    [
      'Wij maken sauzen. We willen temperatuur en vulgewicht op de lijn continu meten en een melding krijgen bij afwijkingen. Wie begeleidt mkb-bedrijven bij zoiets?',
      'smart-industry-hub',
    ],
    [
      'someone called saying they were from our IT company and one of our planners let them take over his pc with remote access. what do we do now?',
      'cybersecurity',
    ],
    [
      'Klanten krijgen rare betaalverzoeken van ons mailadres. In Outlook staan doorstuurregels die niemand van ons heeft gemaakt. Wat nu?',
      'cybersecurity',
    ],
    [
      'Moet mijn webshop voldoen aan de toegankelijkheidseisen van de European Accessibility Act, of geldt er een uitzondering voor kleine bedrijven?',
      'loket',
    ],
    [
      'Onze cookiebanner klopt niet. We zoeken iemand die dit deze week op onze webshop goed instelt.',
      'ict-dienstverlener',
    ],
  ])('topics of the day, decided by what is asked: %s', (question, kind) => {
    expect(firstKind(question, 9)).toBe(kind);
  });

  test('working "op de bouw" is a trade, and seeing failures earlier is data work', () => {
    expect(hitKinds('Aannemersbedrijf, 15 man op de bouw.')).not.toContain('ict-dienstverlener');
    expect(hitKinds('Met de data willen we storingen eerder zien.')).not.toContain('ict-dienstverlener');
  });

  test.each([
    // Excise on what one brews and sells: the rules.
    ["ik brouw zelf bier in m'n schuur en wil het gaan verkopen. moet ik dan accijns betalen?", 'loket'],
    // A province that adds money to a purchase already quoted: a grant.
    [
      'Mijn zoon wil een nieuw kassasysteem, hij heeft al offertes. Ik hoorde dat de provincie daar soms geld bij legt. Klopt dat?',
      'subsidie',
    ],
    // Harvest robots and sorting lines in a greenhouse: the shop floor.
    [
      'Paprikakwekerij. Waar kunnen we zien wat er al kan met oogstrobots en automatische sorteerlijnen?',
      'smart-industry-hub',
    ],
    // A joinery workshop is the firm's own shop floor, not a course.
    [
      'I own a joinery workshop with 12 people. My son-in-law says we should buy machines that work from computer drawings and connect the whole workshop. Where can we get help with this?',
      'smart-industry-hub',
    ],
  ])("told in the owner's own words: %s", (question, kind) => {
    expect(firstKind(question, 5)).toBe(kind);
  });

  test('taking over the family business, an owner who does not use a computer and sitting down together are no incident or fault', () => {
    const kindsOf = (q: string) => hitKinds(q);
    expect(kindsOf('Mijn vader is begonnen met deze winkel, ik heb het overgenomen.')).not.toContain(
      'cybersecurity',
    );
    expect(kindsOf('De eigenaar is 70 en werkt niet met een computer.')).not.toContain('ict-dienstverlener');
    expect(kindsOf('Is there someone who can sit down with us and explain the options?')).not.toContain(
      'ict-dienstverlener',
    );
    // A real fault and a real takeover of an account still are.
    expect(kindsOf('De kassa werkt niet meer sinds gisteren.')).toContain('ict-dienstverlener');
    expect(kindsOf('Mijn account is overgenomen door iemand anders.')).toContain('cybersecurity');
  });

  test("the words of the self-description are the firm's own; a course asked for elsewhere still counts", () => {
    const courseSignals = (question: string) =>
      index.classifier
        .classify(index.analyzer.analyze(question), {})
        .hits.filter((h) => h.kind === 'opleiding')
        .map((h) => h.signal);
    expect(courseSignals('We run a pottery workshop. We want to reach more customers online.')).not.toContain(
      'cursus',
    );
    expect(courseSignals('We run a bakery. Is there a workshop for our staff on social media?')).toContain(
      'cursus',
    );
  });

  test('researching with a school in one breath is research, not peers working together', () => {
    const k = hitKinds(
      'We willen de komende jaren samen met een hogeschool onderzoeken of we de drukte kunnen voorspellen.',
    );
    expect(k).toContain('kenniscentrum');
    expect(k).not.toContain('mkb-deal');
  });

  test('someone who keeps the site up to date for the owner is market work', () => {
    expect(hitKinds('Ik wil dat iemand het voor me bijhoudt.')).toContain('ict-dienstverlener');
  });

  test.each([
    // A payment ordered in the boss's name, in scare quotes.
    [
      "Vorige week kreeg onze boekhouder een mail van 'onze directeur' met het verzoek om met spoed 18.000 euro over te maken naar een nieuwe leverancier. Hij heeft het gedaan. De bank probeert het geld terug te halen.",
      'cybersecurity',
    ],
    // A laptop with clients' files stolen.
    [
      'Uit de auto van een van onze logopedisten is een laptop gestolen met verslagen van cliënten erop. Moeten we dit ergens melden?',
      'cybersecurity',
    ],
    // Keeping a shop running is never student work, also when students are asked.
    [
      'kunnen studenten van de werkplaats onze woocommerce shop onderhouden? plugins updaten, backups. onze bouwer is gestopt',
      'ict-dienstverlener',
    ],
    [
      'We already picked our online ordering platform, but orders are typed into the POS by hand. We need someone to connect the two systems and support it afterwards.',
      'ict-dienstverlener',
    ],
    // A group of peer firms asking for a scheme.
    [
      "Met een stuk of zes installatiebedrijven willen we samen optrekken om digitaal te gaan werken. Is er een regeling of programma voor zo'n groep?",
      'mkb-deal',
    ],
    // Learning it oneself instead of paying an agency.
    [
      'Ik betaal nu een bureau om advertenties op Instagram te zetten. Dat wil ik eigenlijk zelf kunnen. Waar leer ik dat goed?',
      'opleiding',
    ],
    // An investor asked for; the software was partly built with WBSO, before.
    [
      'Onze eigen software hebben we deels met WBSO ontwikkeld. Om op te schalen zoeken we een investeerder die ook kan meedenken. Wie kan ik benaderen?',
      'financiering',
    ],
  ])('the need among the story around it: %s', (question, kind) => {
    expect(firstKind(question, 8)).toBe(kind);
  });

  test.each([
    ['De bank probeert het geld terug te halen.', 'smart-industry-hub'],
    ['Ik wil uit onze verkoopcijfers halen wanneer we moeten inkopen.', 'smart-industry-hub'],
    ['We hebben zo’n 900 onderhoudscontracten voor cv-ketels.', 'loket'],
    ['Met de gegevens van storingen en bezoeken willen we slimmer plannen.', 'ict-dienstverlener'],
    ['We runnen twee escape rooms in Nijmegen.', 'financiering'],
    ['Hoe krijgen we meer directe boekingen via onze eigen site?', 'ict-dienstverlener'],
  ])('a word that only looks like a signal: "%s" is no %s', (question, kind) => {
    expect(hitKinds(question)).not.toContain(kind);
  });

  test('a prototype asked for in the passive is not one already made, and a price at once is no hurry', () => {
    const signalsOf = (question: string) =>
      index.classifier.classify(index.analyzer.analyze(question), {}).hits.map((h) => h.signal);
    expect(
      signalsOf('Kan er een prototype-dashboard gemaakt worden om te kijken of dat werkt?'),
    ).not.toContain('klaar');
    expect(signalsOf('We hebben al een prototype gemaakt, nu moet het echt gebouwd worden.')).toContain(
      'klaar',
    );
    expect(signalsOf('Klanten willen online hun maat opgeven en direct een prijs krijgen.')).not.toContain(
      'spoed',
    );
    expect(signalsOf('De kassa ligt eruit, we hebben direct hulp nodig.')).toContain('spoed');
  });

  test.each([
    [
      'Wij verpakken eieren. Het met de hand stapelen van dozen op pallets is zwaar werk. Waar kunnen we zien hoe een palletiseerrobot werkt?',
      'smart-industry-hub',
    ],
    // Schools closed in summer: no training; set up now and supported through the season.
    [
      'Ons strandpaviljoen gaat over drie weken open. De scholen zijn dicht, dus op studenten hoeven we niet te rekenen. Wie kan online reserveren snel voor ons inrichten en ons tijdens het seizoen ondersteunen?',
      'ict-dienstverlener',
    ],
    [
      "The student workshop can't take on new projects until September. We need a new POS with stock management installed and working next month. Who can do that now?",
      'ict-dienstverlener',
    ],
  ])('what is asked now, whatever else is named: %s', (question, kind) => {
    expect(firstKind(question, 12)).toBe(kind);
  });

  test('the courses a firm charges VAT on and its own workshop are its own; how well it is secured is a security check', () => {
    const signalsOf = (question: string) =>
      index.classifier.classify(index.analyzer.analyze(question), {}).hits.map((h) => h.signal);
    expect(signalsOf('btw over online cursussen aan particulieren in belgie, hoe zit dat?')).not.toContain(
      'cursus',
    );
    expect(signalsOf('Do we have to charge VAT on our courses?')).not.toContain('cursus');
    expect(signalsOf('In onze werkplaats zien de monteurs hun werkorders niet meer.')).not.toContain(
      'werkplaats',
    );
    expect(signalsOf('Kan de digitale werkplaats ons helpen?')).toContain('werkplaats');
    expect(signalsOf('We willen weten hoe goed we beveiligd zijn.')).toContain('beveiligingscheck');
  });

  test.each([
    // Work done before by students, to be built on by professionals; the quotes are the owner's.
    [
      'hovenier 6 man. studenten hebben een prototype van onze offerte-app gemaakt, nu moet ie echt live, gehost en onderhouden worden. wie doet dat?',
      'ict-dienstverlener',
    ],
    // Too many offers to choose from: help to choose.
    [
      'We moeten een nieuw kassasysteem. Er zijn zoveel aanbieders dat we door de bomen het bos niet meer zien. We zoeken hulp bij het kiezen.',
      'werkplaats',
    ],
  ])('work done before, and help to choose: %s', (question, kind) => {
    expect(firstKind(question, 6)).toBe(kind);
  });

  test('six people of one firm are no group of firms; a till that no longer starts is a fault', () => {
    expect(hitKinds("we zijn met z'n zessen, hondentrimsalon plus klein webshopje.")).not.toContain(
      'mkb-deal',
    );
    expect(hitKinds('We zijn met een groep ondernemers uit de binnenstad.')).toContain('mkb-deal');
    const signalsOf = (question: string) =>
      index.classifier.classify(index.analyzer.analyze(question), {}).hits.map((h) => h.signal);
    expect(signalsOf('Ons kassasysteem start sinds vanochtend niet meer op.')).toContain('storing');
  });

  test.each([
    [
      "We willen ons magazijn anders inrichten: handscanners en een nieuw voorraadsysteem, zo'n 40.000 euro. Betaalt de provincie of het Rijk daar een stukje van mee?",
      'subsidie',
    ],
    [
      'is er nog ergens een potje voor kleine zaken die willen digitaliseren? ik wil een kassasysteem met webshop',
      'subsidie',
    ],
    [
      'Ik kan de bakkerij overnemen van mijn baas, die met pensioen gaat. Hij vraagt 150.000 euro en ik heb zelf 30.000 gespaard. Hoe kom ik aan de rest?',
      'financiering',
    ],
    [
      'is there anywhere free where i can pick up the basics of instagram and getting found on google?',
      'opleiding',
    ],
    [
      'Mijn secretaresse en ik willen zelf beter overweg kunnen met Excel. Waar kunnen we dat in een paar avonden onder de knie krijgen?',
      'opleiding',
    ],
    [
      'We willen met gegevens uit de stallen voorspellen welk voer het beste werkt. Het mag jaren duren en we willen het samen met een paar andere voerproducenten en wetenschappers uitzoeken.',
      'kenniscentrum',
    ],
    [
      'Ons kassasysteem houdt alles bij, maar we kijken er nooit naar. Welke producten leveren ons eigenlijk wat op, en wanneer kopen we te veel in? Wie kan daar met ons naar kijken?',
      'werkplaats',
    ],
    [
      'Ik heb een manege. Lessen, facturen, wie welke box huurt: alles staat op briefjes en in mijn hoofd. Wie kan met me meedenken?',
      'werkplaats',
    ],
    [
      'Hoe worden we online beter gevonden en wat moet er op onze site staan zodat mensen ook echt een offerte aanvragen?',
      'werkplaats',
    ],
  ])('a specialist need told without its name: %s', (question, kind) => {
    expect(firstKind(question, 6)).toBe(kind);
  });

  test('starting a business on the side and a till that stopped this morning are read as such', () => {
    const signalsOf = (question: string) =>
      index.classifier.classify(index.analyzer.analyze(question), {}).hits.map((h) => h.signal);
    expect(signalsOf('Ik wil een eigen zaakje beginnen. Wat moet ik allemaal regelen?')).toContain(
      'ondernemen',
    );
    expect(signalsOf('kassa en pinautomaat doen het sinds vanochtend niet meer')).toContain('storing');
  });

  test('a large firm that wants sensors studied thoroughly asks for research', () => {
    expect(
      firstKind(
        'Wij zijn een schoonmaakbedrijf. We willen weten of we met sensoren alleen nog schoonmaken waar het nodig is. Wie kan dat grondig met ons uitzoeken?',
        400,
      ),
    ).toBe('kenniscentrum');
  });

  test('an incident comes first although the story names a supplier and a payment today', () => {
    const r = route(
      'Our office assistant got a WhatsApp message from someone pretending to be our managing director, asking her to pay a supplier 18,000 euro today. What should we do now?',
      { postcode: '9711', employees: 15 },
    );
    expect(r.recommendations[0]?.kind).toBe('cybersecurity');
  });

  test('a colleague in finance is no financier; an invoice paid to a new bank account is an incident', () => {
    const q =
      "Our finance person got an email from 'the director' asking her to pay an urgent invoice to a new bank account. She paid it. Who can help us now?";
    const signals = index.classifier.classify(index.analyzer.analyze(q), {}).hits.map((h) => h.signal);
    expect(signals).not.toContain('lenen');
    expect(firstKind(q, 12)).toBe('cybersecurity');
  });

  test('a ransom note on every desktop is an incident; "samen met ons" is help for one firm', () => {
    expect(
      firstKind(
        'Alle bestanden op onze gedeelde schijf hebben opeens de extensie .locked en op elk bureaublad staat een losgeldbrief. Wat moeten we nu doen?',
        12,
      ),
    ).toBe('cybersecurity');
    expect(hitKinds('We hebben jaren aan ritgegevens. Wie kan dat samen met ons uitzoeken?')).not.toContain(
      'mkb-deal',
    );
  });

  test.each([
    [
      'Als accountmanager bij de bank heb ik een klant, een hoveniersbedrijf met 8 medewerkers. De financiering voor twee nieuwe bussen is rond, daar gaat het niet om. Hij plant al het werk nog op een whiteboard en vraagt welke planningssoftware past. Wie kan hem onafhankelijk adviseren?',
      'werkplaats',
    ],
  ])('an adviser writing for a client: %s', (question, kind) => {
    expect(firstKind(question, 8)).toBe(kind);
  });

  test('a password typed on a fake site is an incident', () => {
    const signals = index.classifier
      .classify(index.analyzer.analyze("Een collega vulde bijna zijn wachtwoord in op zo'n nepsite."), {})
      .hits.map((h) => h.signal);
    expect(signals).toContain('incident');
  });

  test('a loyalty scheme is no grant scheme, and "hij plant het werk" is no plant', () => {
    expect(
      hitKinds('We want to start a newsletter and some kind of loyalty scheme for our regulars.'),
    ).not.toContain('subsidie');
    expect(hitKinds('Hij plant al het werk nog op een whiteboard.')).not.toContain('smart-industry-hub');
  });

  test.each([
    [
      'Na een klacht van een gast hebben we intern onderzoek gedaan: ons kassasysteem rekent sinds de laatste update soms het verkeerde btw-tarief. Dit moet nu opgelost worden en we willen dat iemand het systeem voortaan onderhoudt.',
      'ict-dienstverlener',
    ],
    [
      'Via ons netwerk hoorden we dat trillingssensoren op CNC-machines storingen kunnen voorspellen. Wij hebben 12 machines in de hal. Wie kan ons helpen een proef op te zetten?',
      'smart-industry-hub',
    ],
    [
      'Vorige maand kreeg ik een mail dat mijn subsidie van de provincie klaarstond, met een link om mijn bankgegevens te bevestigen. Dat heb ik ingevuld. Wat moet ik doen?',
      'cybersecurity',
    ],
    [
      "Een 'nieuwe klant' appte ons een pdf voor een offerte. Na het openen deed de laptop raar en nu zijn er vanuit ons mailaccount berichten verstuurd die wij niet kennen. Wat moeten we doen?",
      'cybersecurity',
    ],
  ])('a word of another kind in another sense: %s', (question, kind) => {
    expect(firstKind(question, 12)).toBe(kind);
  });

  test('"een simpele manier" asks how to go about it', () => {
    const signals = index.classifier
      .classify(index.analyzer.analyze('Wat is een simpele manier om ze dat zelf te laten zien?'), {})
      .hits.map((h) => h.signal);
    expect(signals).toContain('waar-beginnen');
  });

  test('a handy trick is no hack, and an internal inquiry no intern', () => {
    expect(
      hitKinds('onze beste hack tot nu toe was een gratis bakkie voor elke google review'),
    ).not.toContain('cybersecurity');
    expect(hitKinds('We hebben intern onderzoek gedaan naar de klacht.')).not.toContain('werkplaats');
  });

  test.each([
    [
      'We willen ook weten of we subsidie krijgen voor onze bbl-leerling, maar het belangrijkste is eigenlijk dat onze website bijna geen aanvragen oplevert. Wat moeten we verbeteren zodat mensen online een offerte aanvragen? Graag advies en een plan.',
      'werkplaats',
    ],
    [
      'Op termijn willen we een BIM-cursus voor het team, maar dat is nu niet belangrijk. Het belangrijkste: onze NAS is sinds gisteren onbereikbaar. Wie kan dit snel herstellen?',
      'ict-dienstverlener',
    ],
    [
      'Ik heb ook nog een vraag over het inschrijven van seizoenskrachten, maar die is van later zorg. Mijn echte vraag: we tellen en verpakken bollen met de hand en willen dat automatiseren met een tel- en verpaklijn.',
      'smart-industry-hub',
    ],
    [
      'Misschien hebben we later een lening nodig voor nieuwe vitrines, maar wat ik nu vooral wil weten: hoe beschermen we onze webshop en de klantgegevens tegen hackers?',
      'cybersecurity',
    ],
    [
      'We willen ooit onze productie slimmer maken met sensoren, maar dat is voor later. Nu is vooral de vraag: we zoeken een investeerder of risicokapitaal om onze machine op de markt te brengen.',
      'financiering',
    ],
    [
      'Het belangrijkste: iemand heeft vannacht op afstand de instellingen van onze klimaatcomputer veranderd. Ooit willen we nog meer sensoren in de kas, maar eerst dit.',
      'cybersecurity',
    ],
    [
      'Onze monteurs registreren alle storingen bij klanten in ons CRM. Kunnen studenten laten zien welke apparaten het vaakst kapot gaan?',
      'werkplaats',
    ],
  ])('two needs, and the one that matters now: %s', (question, kind) => {
    expect(firstKind(question, 16)).toBe(kind);
  });

  test.each([
    [
      'Een appbouwer heeft ons een offerte van 18.000 euro gestuurd voor een eigen app. Voordat we tekenen: kan iemand uitzoeken of een app wel de juiste oplossing is, en wat de alternatieven zijn?',
      'werkplaats',
    ],
    [
      'onze leverancier van het praktijkpakket wil dat we een extra module voor online afspraken kopen. is dat slim of kan het ook anders?? wie kan ff meedenken',
      'werkplaats',
    ],
    [
      'Onze ERP-leverancier stopt met de ondersteuning van onze versie. Kan iemand met ons op een rij zetten welke eisen we hebben, zodat we daarna zelf leveranciers kunnen vergelijken?',
      'werkplaats',
    ],
    [
      'We willen onze projectadministratie en urenregistratie koppelen en kijken of AI kan helpen bij het schrijven van offertes. Waar beginnen we?',
      'werkplaats',
    ],
    [
      'De Digitale Werkplaats heeft ons geholpen met de keuze voor Exact Online en een stappenplan gemaakt. Nu moet iemand de overstap echt uitvoeren: oude administratie overzetten en koppelingen inrichten.',
      'ict-dienstverlener',
    ],
  ])('a werkplaats, a supplier or a grant named, and the need behind it: %s', (question, kind) => {
    expect(firstKind(question, 9)).toBe(kind);
  });

  test('a packed office network, a calculation, an example and a route map are read as such', () => {
    const signalsOf = (question: string) =>
      index.classifier.classify(index.analyzer.analyze(question), {}).hits.map((h) => h.signal);
    expect(signalsOf('We hebben wifi en netwerkbekabeling nodig in het nieuwe pand.')).toContain(
      'implementeren',
    );
    expect(signalsOf('Kan iemand een kleine doorrekening maken?')).toContain('klein-onderzoek');
    expect(signalsOf('Kan iemand uitzoeken hoe dat kan en een voorbeeld maken?')).toContain('prototype');
    expect(signalsOf("Wie kan met ons zo'n routekaart maken?")).toContain('stappenplan');
    expect(signalsOf('Een nieuw algoritme dat ziektes herkent, dit is nog nergens gedaan.')).toContain(
      'onderzoeksgroep',
    );
  });

  test.each([
    [
      'Our design studio (16 people) got a clear advice report from a student team last spring. We now need someone to actually set up the shared file server and the backup routine they recommended. Who does that kind of work?',
      16,
    ],
    [
      'Ons administratiekantoor wil van de eigen server in de meterkast af en alles naar de cloud. Een stagiair van het ROC heeft al een plan geschreven. Wie kan de overstap uitvoeren zonder dat we een week platliggen?',
      9,
    ],
    [
      'Het MKB Datalab heeft een mooi dashboard-prototype in Power BI voor ons gemaakt. We willen dat het nu elke nacht automatisch ververst vanuit onze boekhouding en dat iemand het beheert. Bij wie moeten we zijn?',
      18,
    ],
    [
      'Facilitair bedrijf, 45 medewerkers. De Werkplaats Online Ondernemen heeft ons geholpen met een plan voor een nieuwe website. Nu moet iemand hem bouwen, onderhouden en de hosting regelen. Mogen de studenten dat ook doen of moeten we naar een bureau?',
      45,
    ],
  ])('advice or a plan had before, and now the work itself: %s', (question, employees) => {
    expect(firstKind(question, employees)).toBe('ict-dienstverlener');
  });

  test('a supplier taken over is no hack; a system that "ligt er uit" is down; members about to leave is data', () => {
    const signalsOf = (question: string) =>
      index.classifier.classify(index.analyzer.analyze(question), {}).hits.map((h) => h.signal);
    const down = signalsOf('ons reserveringssyteem ligt er uit sinds de hostingpartij is overgenomen');
    expect(down).toContain('storing');
    expect(down).not.toContain('incident');
    expect(signalsOf('kunnen we met de incheckdata zien wie dreigt te stoppen?')).toContain('inzicht');
  });

  test('a camera that takes products off the belt is the shop floor', () => {
    expect(hitKinds('We willen een camerasysteem dat afwijkende koekjes van de band haalt.')).toContain(
      'smart-industry-hub',
    );
  });

  test('having a quote made is no building, and the quotes a firm makes itself are its own', () => {
    const signalsOf = (question: string) =>
      index.classifier.classify(index.analyzer.analyze(question), {}).hits.map((h) => h.signal);
    expect(
      signalsOf('Voordat we een webbureau een offerte laten maken, willen we eerst weten wat past.'),
    ).not.toContain('bouwen');
    expect(signalsOf('Offertes maken we nog in Word en we rekenen alles met de hand uit.')).not.toContain(
      'offerte',
    );
    expect(signalsOf('Dan vraag ik bij alle drie een offerte op.')).toContain('offerte');
  });

  test('pupils who sign up online are no KVK registration', () => {
    expect(hitKinds('Hoe regelen we online inschrijven en betalen voor onze danslessen?')).not.toContain(
      'loket',
    );
    expect(hitKinds('Hoe moet ik mijn bedrijf inschrijven bij de KVK?')).toContain('loket');
  });

  test('students asked by a firm of 180 to select a package and put it in: the market', () => {
    expect(
      firstKind(
        'Wij zijn een transportbedrijf met 180 medewerkers en willen onze planningssoftware vervangen. Kan de Digitale Werkplaats met studenten een pakket voor ons selecteren en het nieuwe systeem ook invoeren?',
        180,
      ),
    ).toBe('ict-dienstverlener');
  });

  test('people after a possessive are who a course is for: "zijn eigen mensen bijscholen"', () => {
    expect(hitTerms('Hij wil daarom zijn eigen mensen bijscholen.')).toContain('cursus');
  });

  test('a firm too large for a werkplaats that asks students about its shop floor goes to a hub', () => {
    expect(
      firstKind(
        'Metaalbewerker met 120 medewerkers. We willen de data van ons machinepark realtime uitlezen om stilstand te verminderen. Kunnen studenten dat oppakken?',
        120,
      ),
    ).toBe('smart-industry-hub');
    expect(
      firstKind(
        'We have 140 employees and want to look into whether AI can improve our warehouse. Could students do this, over a year or two?',
        140,
      ),
    ).toBe('kenniscentrum');
  });

  test('payment diverted by an e-mail that seemed to come from a supplier is an incident, also in English', () => {
    const cls = index.classifier.classify(
      index.analyzer.analyze(
        'Our bookkeeper got an email that looked like it came from a regular supplier asking us to update their bank details, and we paid to the new account. What should we do now?',
      ),
      {},
    );
    expect(cls.incident).toBe(true);
  });

  test('a large firm that wants students to build and run its app asks for market work', () => {
    const r = route(
      'We are a logistics company with 120 employees and want students from a digital workplace to build and run our new driver app.',
      { postcode: '9711', employees: 120 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('ict-dienstverlener');
    expect(r.understood.rules).toContain('market-work');
  });

  test('years of research with a hogeschool by a group of firms is applied research; an MKB-deal by name stays one', () => {
    const research = route(
      'Samen met een paar andere maritieme bedrijven willen we twee jaar met een hogeschool onderzoek doen naar het voorspellen van onderhoud met sensordata. Hoe pakken we zoiets aan?',
      { postcode: '9711', employees: 28 },
    );
    expect(research.understood.kinds[0]?.kind).toBe('kenniscentrum');
    const deal = route(
      'Wij zitten met een groep ondernemers op een bedrijventerrein en willen samen met de gemeente en een hogeschool een innovatietraject opzetten. Bestaat daar een MKB-deal voor?',
      { postcode: '9711', employees: 12 },
    );
    expect(deal.understood.kinds[0]?.kind).toBe('mkb-deal');
  });

  test('a vendor’s offer the owner wants an independent view on is orientation, not market work', () => {
    const r = route(
      'Een softwarebedrijf wil voor 40.000 euro een configurator op onze site bouwen. Klinkt mooi, maar is dat wel wat we nodig hebben? We willen eerst een onafhankelijke blik.',
      { postcode: '9711', employees: 16 },
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.understood.kinds[0]?.kind).toBe('werkplaats');
  });

  test('a quoting tool for the owner’s own quotes is their work to make easier, not a quote asked for', () => {
    const r = route(
      'offertes maken we in Word en dan klopt de factuur niet meer. is een offertetool iets voor ons en hoe begin je daaraan',
      { postcode: '9711', employees: 7 },
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.understood.kinds[0]?.kind).toBe('werkplaats');
  });

  test('someone who logged in from outside and changed settings is an incident', () => {
    const cls = index.classifier.classify(
      index.analyzer.analyze(
        'De instellingen van de klimaatcomputer stonden ineens anders. De leverancier zegt dat er van buitenaf is ingelogd. Wat moeten we doen?',
      ),
      {},
    );
    expect(cls.incident).toBe(true);
    expect(cls.ranked[0]).toBe('cybersecurity');
  });

  test('other firms in a programme are peers, in English too', () => {
    expect(hitKinds('We would like to join a programme with other firms in our region.')).toContain(
      'mkb-deal',
    );
  });

  test('an adviser saying where they work is not the question: the KVK named there is no rules question', () => {
    const r = route(
      'Ik ben adviseur bij de KVK. Een klant van mij wil uit de ritgegevens halen welke routes verlies opleveren. Ze hebben geen data-analist in huis. Waar kan ik hem naartoe sturen?',
      { postcode: '9711', employees: 24 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('werkplaats');
  });

  test('"ik raak het overzicht kwijt" is losing track, not the RAAK scheme', () => {
    expect(
      hitKinds('afspraken komen binnen via whatsapp en telefoon en ik raak het overzicht kwijt'),
    ).not.toContain('kenniscentrum');
    expect(hitKinds('Kunnen we met een hogeschool een RAAK-mkb project doen?')).toContain('kenniscentrum');
  });

  test('a stolen-data offer on the dark web is an incident', () => {
    const cls = index.classifier.classify(
      index.analyzer.analyze(
        'Mijn klant kreeg een mail dat zijn klantgegevens op het dark web te koop worden aangeboden.',
      ),
      {},
    );
    expect(cls.incident).toBe(true);
  });

  test('a research partner and a long track with a hogeschool is applied research, also with sensors', () => {
    expect(
      route(
        'onderzoek samen met hogeschool naar slimme sensoren bij onze koeien? mag lang traject zijn, 3 jaar',
        {
          postcode: '9711',
          employees: 4,
        },
      ).understood.kinds[0]?.kind,
    ).toBe('kenniscentrum');
    const large = route('Wij zoeken een onderzoekspartner voor AI-toepassingen in ons laboratorium.', {
      postcode: '9711',
      employees: 180,
    });
    expect(large.understood.kinds[0]?.kind).toBe('kenniscentrum');
  });

  test('a denied hack is a security question, not an incident; a doubt about one is still an incident', () => {
    const denied = index.classifier.classify(
      index.analyzer.analyze('Hoe zorgen we dat onze kasautomatisering niet gehackt kan worden?'),
      {},
    );
    expect(denied.incident).toBe(false);
    expect(denied.scores.cybersecurity).toBeGreaterThan(0);
    const doubt = index.classifier.classify(index.analyzer.analyze('Ik weet niet of we gehackt zijn.'), {});
    expect(doubt.incident).toBe(true);
  });

  test('a group of firms asking for a scheme asks for an MKB-deal; two firms on a project ask for a subsidy', () => {
    const group = route(
      'Met zes horecazaken willen we samen digitaliseren. Bestaat er een regeling waarmee je als groep ondernemers aan de slag kan?',
      { postcode: '9711', employees: 9 },
    );
    expect(group.understood.kinds[0]?.kind).toBe('mkb-deal');
    const pair = route(
      'Wij willen samen met een ander mkb-bedrijf een haalbaarheidsstudie doen. Bestaat daar subsidie voor?',
      { postcode: '9711', employees: 20 },
    );
    expect(pair.understood.kinds[0]?.kind).toBe('subsidie');
  });

  test('a prototype to test the idea before paying a developer is not market work yet', () => {
    const r = route(
      'Quoting takes forever, all worked out by hand in Excel. Could someone build a simple prototype of a quote calculator? We would like to test the idea before paying a developer.',
      { postcode: '9711', employees: 7 },
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('"met ons kijken" is thinking along', () => {
    const keys = index.analyzer
      .analyze('Kan iemand met ons kijken wat er met die data kan?')
      .tokens.map((t) => t.key);
    expect(keys).toContain('meedenken');
  });

  test('a customer\'s "is mijn fiets al klaar?" is no design that is ready', () => {
    const r = route(
      "Klanten bellen de hele dag 'is mijn fiets al klaar?'. Kunnen studenten een eenvoudig prototype maken waarin klanten de status zien?",
      { postcode: '9711', employees: 12 },
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('the owner\'s own quotes are their work: "voor elke offerte ..." asks no supplier', () => {
    const r = route(
      "Voor elke offerte klimmen we eerst het dak op. Kan dat met foto's of een drone? Ik zou willen dat iemand uitzoekt of dat kan.",
      { postcode: '9711', employees: 7 },
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).not.toBe('ict-dienstverlener');
  });

  test('asking whether a project "komt in aanmerking" asks for a scheme', () => {
    const r = classified('Komt ons project daarvoor in aanmerking?');
    expect(r.hits.find((h) => h.kind === 'subsidie')?.terms).toContain('in aanmerking');
  });

  test('what the European AI rules ask of a firm is a question about the rules', () => {
    expect(hitKinds('Moeten we door de Europese AI-verordening iets regelen of melden?')).toContain('loket');
    expect(hitKinds('Does the AI Act apply to the chatbot on our website?')).toContain('loket');
  });

  test('government funding is a grant, not a loan', () => {
    const keysOf = (text: string) => index.analyzer.analyze(text, { lang: 'en' }).tokens.map((t) => t.key);
    expect(keysOf('government funding for training')).toContain('subsidie');
    expect(keysOf('government funding for training')).not.toContain(keysOf('funding')[0]);
  });

  test('students asked only to put in and set up are asked for market work', () => {
    const rules = (q: string) => route(q, { postcode: '9711', employees: 9 }).understood.rules;
    expect(rules('Kan een mbo-student bij ons 8 laptops opnieuw installeren en alles instellen?')).toContain(
      'market-work',
    );
    // With a plan or a study to make as well, the students' work is the werkplaats's.
    expect(
      rules('Could students help us set up an online marketing plan that fits a small shop?'),
    ).not.toContain('market-work');
  });

  test('a quote received is context when the owner wants a step plan before saying yes', () => {
    const r = route(
      'Ik heb een prijsopgave van een bureau voor een nieuwe website. Voordat ik ja zeg wil ik een stappenplan: wat moet de site kunnen?',
      { postcode: '9711', employees: 4 },
    );
    expect(r.understood.rules).not.toContain('market-work');
    const s = route(
      'Een bureau heeft ons een offerte gestuurd. Wie kan ons onafhankelijk helpen met een eerste stappenplan?',
      { postcode: '9711', employees: 4 },
    );
    expect(s.understood.rules).not.toContain('market-work');
  });

  test('a supplier mail that turns out to be false is an incident', () => {
    const r = route(
      'Onze boekhouder heeft gisteren geld overgemaakt na een mail van een leverancier. Nu blijkt die mail vals te zijn. Wat moeten we doen?',
      { postcode: '9711', employees: 6 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('cybersecurity');
  });

  test('someone who left and can still get in is an incident', () => {
    const r = route(
      'Een oud-medewerker kan nog steeds in ons Instagram-account en er verschijnen rare berichten. Hoe krijgen we dit dicht?',
      { postcode: '9711', employees: 7 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('cybersecurity');
  });

  test('what a firm must state, and where, is a question about the rules', () => {
    expect(
      route(
        'Moet ik de allergenen ook op mijn website en in de bezorgapp vermelden, of alleen in het restaurant?',
        {
          postcode: '9711',
          employees: 5,
        },
      ).understood.kinds[0]?.kind,
    ).toBe('loket');
  });

  test('locked out of an account that someone else runs, for a ransom, is an incident', () => {
    const terms = hitTerms(
      'Het e-mailadres van ons Instagram-account is gewijzigd en nu kan ik niet meer inloggen. Ik krijg het account terug als ik 500 euro betaal.',
    );
    expect(terms).toContain('niet meer inloggen');
    expect(terms).toContain('account terug als');
  });

  test('payment diversion told in English is an incident', () => {
    const r = route(
      'Our bookkeeper paid an invoice after an email from our supplier saying their bank account had changed. Who can check whether someone is still inside our email?',
      { postcode: '9711', employees: 11 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('cybersecurity');
  });

  test('a plan to hand to a supplier later is finding out first', () => {
    const r = route(
      'I do not want to hire the next person without understanding what we need. Could someone advise what setup suits a studio our size, and give us a step-by-step plan we can then hand to a supplier?',
      { postcode: '9711', employees: 8 },
    );
    expect(r.understood.rules).not.toContain('market-work');
  });

  test('how to go about it "op een slimme manier" is finding out first', () => {
    expect(hitTerms('Hoe koppel je winkelvoorraad en online verkoop op een slimme manier?')).toContain(
      'slimme manier',
    );
  });

  test('settings changed from a distance, by nobody of the firm, are an incident', () => {
    expect(
      hitTerms('Afgelopen nacht zijn er instellingen gewijzigd die niemand van ons heeft aangepast.'),
    ).toContain('instellingen gewijzigd');
  });

  test('what a step plan is for ("een stappenplan voor de invoering") is no market work asked for', () => {
    const r = index.classifier.classify(
      index.analyzer.analyze(
        'Nu willen we een onafhankelijke vergelijking en een stappenplan voor de invoering.',
      ),
      {},
    );
    expect(r.hits.some((h) => h.signal === 'implementeren')).toBe(false);
    expect(r.hits.find((h) => h.signal === 'orientatie')?.terms).toContain('onafhankelijke vergelijking');
  });

  test('finding out first: "what we actually need", "iemand die met ons bekijkt"', () => {
    expect(hitTerms('First we want to know what we actually need.')).toContain('what we actually need');
    expect(
      hitTerms('We zoeken iemand die rustig met ons bekijkt wat een eenvoudige oplossing is.'),
    ).toContain('met ons bekijkt');
  });

  test('tills that do not start after a power cut are a fault to repair', () => {
    const terms = hitTerms("Na een stroomstoring starten de kassa's niet meer op en pinnen lukt niet.");
    expect(terms).toContain('stroomstoring');
    expect(terms).toContain('pinnen lukt niet');
  });

  test('"we zijn met 6 man" is the size of the firm, not a group of firms', () => {
    const r = classified('We zijn met 6 man en iedereen heeft een eigen lijst.');
    expect(r.hits.some((h) => h.kind === 'mkb-deal')).toBe(false);
    // A group of firms still is one.
    const g = classified('We zijn met zes installatiebedrijven uit de regio.');
    expect(g.hits.some((h) => h.kind === 'mkb-deal')).toBe(true);
  });

  test('getting a grip on loose Excel lists is improving how the firm works', () => {
    expect(hitTerms('Hoe krijgen we grip op al die losse excellijstjes?')).toEqual(
      expect.arrayContaining(['grip op', 'excel']),
    );
  });

  test('a cookie banner is a question about the rules; a trainer is training', () => {
    expect(
      route('moet ik een cookiebanner op mijn site als ik alleen google analytics gebruik?', {
        postcode: '9711',
        employees: 3,
      }).understood.kinds[0]?.kind,
    ).toBe('loket');
    expect(hitTerms('Is er een opleider die dat op maat kan verzorgen?')).toContain('opleider');
  });

  test('what is to be predicted ("voorspellen welke ketels storing krijgen") is no fault to repair', () => {
    const r = classified('Kunnen we voorspellen welke ketels binnenkort storing krijgen?');
    expect(r.hits.some((h) => h.signal === 'storing')).toBe(false);
  });

  test('the work named where the owner asks to find out first ("voordat we iets laten bouwen") comes later', () => {
    const r = classified('Welke opties zijn er? Eerst advies graag, voordat we iets laten bouwen.');
    expect(r.hits.some((h) => h.signal === 'bouwen')).toBe(false);
    // A loose match of "nog geen leverancier" in "nog een paar bureaus" puts nothing later.
    const more = classified('Kunnen jullie nog een paar bureaus noemen die ons een offerte geven?');
    expect(more.hits.some((h) => h.kind === 'ict-dienstverlener' && h.signal === 'bureau')).toBe(true);
  });

  test('market, rules, incidents and insight said in other words (round 42)', () => {
    expect(hitTerms('wil een simpele website. wie maakt zoiets voor een normale prijs?')).toContain(
      'wie maakt',
    );
    expect(hitTerms('Het advies en het stappenplan van de studenten hebben we binnen.')).toContain(
      'hebben we binnen',
    );
    expect(hitTerms('Before we sign anything, we would like someone neutral to look at it.')).toEqual(
      expect.arrayContaining(['before we sign', 'someone neutral']),
    );
    expect(hitTerms('Moet dat op papier of mag het ook via de mail?')).toContain('mag het ook');
    expect(hitTerms('wat moet er eigenlijk allemaal op een factuur staan?')).toContain(
      'op een factuur staan',
    );
    expect(
      hitTerms('someone registered a domain that looks almost exactly like ours and sends fake invoices'),
    ).toContain('looks almost exactly like');
    expect(hitTerms('Kan iemand kijken of we daaruit zien wie gaat stoppen?')).toEqual(
      expect.arrayContaining(['daaruit zien', 'wie gaat stoppen']),
    );
  });

  test('how other firms do it asks for examples, not to act together with them', () => {
    const r = classified(
      'alle klussen staan op een whiteboard. hoe doen andere bedrijven dat, is er iets simpels?',
    );
    expect(r.hits.some((h) => h.kind === 'mkb-deal')).toBe(false);
    expect(r.hits.some((h) => h.kind === 'werkplaats' && h.signal === 'advies')).toBe(true);
  });

  test('tills and card terminals that fail, gift cards bought on a forged request, VAT on workshops one gives (round 43)', () => {
    expect(hitTerms('De pinautomaten doen het niet en we kunnen nauwelijks afrekenen.')).toEqual(
      expect.arrayContaining(['pinautomaten doen het niet', 'nauwelijks afrekenen']),
    );
    expect(hitTerms("A message from 'our director' asked her to buy gift cards for a client.")).toContain(
      'gift cards',
    );
    const vat = classified('moet ik btw rekenen over de workshops die ik naast mijn winkel geef?');
    expect(vat.hits.some((h) => h.kind === 'opleiding' && h.signal === 'cursus')).toBe(false);
  });

  test('finding out what is needed before buying software is orientation', () => {
    expect(
      hitTerms(
        'Kan iemand in kaart brengen wat we eigenlijk nodig hebben, voordat we nieuwe software kopen?',
      ),
    ).toEqual(expect.arrayContaining(['voordat we kopen', 'wat we eigenlijk nodig hebben']));
  });

  test('guests who book "direct bij ons" are direct bookings, no hurry; "before we talk to any vendor" is finding out first', () => {
    const booking = classified('Hoe krijgen we meer mensen die direct bij ons boeken? Graag een plan.');
    expect(booking.hits.some((h) => h.signal === 'spoed')).toBe(false);
    const vendor = classified(
      'We would like to understand whether a CRM makes sense and what the first steps would be, before we talk to any vendor.',
    );
    expect(vendor.hits.find((h) => h.signal === 'orientatie')?.terms).toContain('before we talk to');
    expect(vendor.rules).not.toContain('market-work');
  });

  test('market work done before is context, not market work asked: "vorig jaar hebben we een website laten bouwen"', () => {
    const told = classified(
      'Schildersbedrijf met 11 man. Vorig jaar hebben we een nieuwe website laten bouwen, die ziet er mooi uit, maar er komen bijna geen offerteaanvragen binnen en de bouwer zegt dat het aan ons ligt. We willen laten uitzoeken waarom dat zo is en een plan krijgen om online meer aanvragen te krijgen.',
    );
    expect(told.rules).not.toContain('market-work');
    expect(told.ranked[0]).toBe('werkplaats');
    // Asked now, the same words are market work.
    expect(classified('Wie kan een nieuwe website voor ons bouwen en de oude laten hosten?').rules).toContain(
      'market-work',
    );
  });

  test('a market word inside a longer phrase of finding out belongs to it: "leveranciers eerlijk vergelijken"', () => {
    const c = classified(
      'We plannen onze 15 vrachtwagens nog in Excel. Wie kan ons helpen een programma van eisen op te stellen zodat we leveranciers eerlijk kunnen vergelijken?',
    );
    expect(c.hits.some((h) => h.signal === 'bureau')).toBe(false);
    expect(c.rules).not.toContain('market-work');
  });

  test('building put off ("bouwen komt later") and quotes the firm makes ("we maken offertes") are no market work asked', () => {
    const later = classified(
      'Ze willen een bestelportaal of app, maar weten niet wat er nodig is en wat het mag kosten. Eerst een advies en misschien een klikbaar ontwerp graag, bouwen komt later.',
    );
    expect(later.rules).not.toContain('market-work');
    const quotes = classified(
      'klein schildersbedrijf hier, 6 man. we maken offertes nog met de hand en de helft hoor je nooit meer wat van. is er een makkelijke manier om dat bij te houden',
    );
    expect(quotes.rules).not.toContain('market-work');
  });

  test('research that takes years: "een onderzoekstraject van jaren", "een onderzoek van twee jaar"', () => {
    for (const question of [
      'We willen een sensor in de verpakking die laat zien of de vis nog vers is. Het wordt een onderzoekstraject van jaren.',
      'Samen met een hogeschool willen we een onderzoek van twee jaar opzetten naar digital twins van onze producten.',
    ])
      expect(classified(question).hits.map((h) => h.signal)).toContain('lang');
  });

  test('an independent look before buying anything is finding out first', () => {
    const c = classified(
      "Small translation agency, 8 people. We'd like an independent look at which tools could fit our workflow and a plan to test them. Not looking to buy anything yet.",
    );
    expect(c.hits.find((h) => h.signal === 'orientatie')?.terms).toContain('independent look');
    expect(c.rules).not.toContain('market-work');
  });

  test('settings changed from outside, a log-in after a link clicked: incidents; a newsletter never sent is none', () => {
    for (const question of [
      'Vannacht zijn de instellingen van onze klimaatcomputer in de kas van buitenaf veranderd. Wie kan ons helpen uitzoeken wat er is gebeurd?',
      'Last night someone logged into our greenhouse climate computer from outside and changed the heating settings. Who do we contact?',
      "Vanochtend heeft een collega op een link in een mail 'van de bank' geklikt en daar ingelogd met onze zakelijke gegevens. Wat moeten we nu doen?",
      'Klanten krijgen berichtjes die van ons lijken te komen, met een betaalverzoek. Wij hebben dat nooit gestuurd. Wat moeten we doen?',
    ])
      expect(classified(question).incident, question).toBe(true);
    expect(
      classified(
        'Ik heb een account en 1200 adressen maar heb nog nooit een nieuwsbrief verstuurd want ik durf het niet. Wie leert me dat?',
      ).incident,
    ).toBe(false);
  });

  test('"we hoeven geen subsidie en ook geen lening", "ik hoef geen cursus of training": not asked for', () => {
    const money = classified(
      'We hoeven geen subsidie en ook geen lening. Welke stappen moeten we zetten om de roosters van onze schoonmakers digitaal goed te regelen?',
    );
    expect(money.hits.some((h) => h.kind === 'subsidie' || h.signal === 'lenen')).toBe(false);
    const course = classified(
      'Ik hoef geen cursus of training, daar heb ik echt geen tijd voor. Ik wil alleen weten of ons netwerk en onze laptops goed beveiligd zijn.',
    );
    expect(course.hits.some((h) => h.signal === 'cursus')).toBe(false);
  });

  test('setting up after the werkplaats advised is market work; a builder sought after advice is not (yet)', () => {
    expect(
      classified(
        'Na het advies van de werkplaats weten we dat we over moeten op online boekhouden en een CRM. Wie kan dat voor ons inrichten en al onze oude klantgegevens overzetten?',
      ).rules,
    ).toContain('market-work');
    expect(
      classified(
        'drukkerij, 29 werknemers. we willen een webshop. is er een digitale werkplaats waar we eerst advies kunnen krijgen voordat we een bouwer zoeken?',
      ).rules,
    ).not.toContain('market-work');
  });

  test('research they have no time for is not asked for', () => {
    const c = classified(
      'Vóór 1 juli willen we dat gasten via een QR-code op tafel kunnen bestellen, gekoppeld aan onze kassa. We hebben geen tijd voor onderzoek, het moet gewoon werken. Wie kan dit leveren en installeren?',
    );
    expect(c.hits.some((h) => h.kind === 'kenniscentrum')).toBe(false);
  });

  test('pupils who sign up are no KVK registration; data rescued is repair; the SNN gives grants', () => {
    expect(
      classified(
        'Manege met 6 instructeurs. Inschrijven, afzeggen en inhalen loopt via drie appgroepen. Welke oplossingen zijn er en hoe pakken we de overstap aan?',
      ).hits.some((h) => h.kind === 'loket'),
    ).toBe(false);
    expect(
      classified(
        'De NAS is vanochtend overleden. We hebben iemand nodig die vandaag nog de data probeert te redden.',
      ).hits.map((h) => h.signal),
    ).toContain('repareren');
    expect(
      classified('Kunnen we vanuit het SNN een deel van de webshop vergoed krijgen?').hits.map(
        (h) => h.signal,
      ),
    ).toContain('subsidie');
  });

  test('how to organise the work around a tool is finding out, not market work: "ons werkproces daarop inrichten"', () => {
    const c = classified(
      "Hoveniersbedrijf, 9 medewerkers. We willen klanten vooraf in 3D laten zien hoe hun tuin wordt en de offerte daar direct aan koppelen. Welke programma's zijn er, en hoe moeten we ons werkproces daarop inrichten? Kunnen studenten dat voor ons uitzoeken?",
    );
    expect(c.hits.find((h) => h.signal === 'orientatie')?.terms).toContain('werkproces inrichten');
    expect(c.rules).not.toContain('market-work');
  });

  test('a business the owner took over is succession, an account taken over a hack', () => {
    for (const question of [
      'Ik heb de drukkerij van mijn vader overgenomen, we zijn met 10 mensen. Hoe kunnen we bestellen online stroomlijnen?',
      'ik ben 24 en heb afgelopen jaar de sportschool van mijn oom overgenomen. wie kan helpen met een ledensysteem?',
    ])
      expect(classified(question).incident, question).toBe(false);
    expect(
      classified('Ons Instagram-account is overgenomen en er worden rare berichten geplaatst.').incident,
    ).toBe(true);
    expect(classified('Hackers hebben de controle over onze server overgenomen. Wat nu?').incident).toBe(
      true,
    );
  });

  test('mail "from one old email inbox" is no mail sent by someone else; a customer list for sale and a user nobody knows are', () => {
    expect(
      classified(
        'The previous owners ran everything from one old email inbox and a paper calendar. We would like help to map out which tools we need.',
      ).incident,
    ).toBe(false);
    for (const question of [
      'Een klant stuurde een screenshot: onze klantenlijst wordt op een forum te koop aangeboden. Wat moet ik nu doen?',
      'De klimaatcomputer deed vannacht rare dingen en er staat ineens een gebruiker in die niemand van ons kent. Bij wie kan ik terecht?',
    ])
      expect(classified(question).incident, question).toBe(true);
  });

  test('a till that keeps all sales is no rule on keeping records; running the firm with a sister is no group of firms', () => {
    const c = classified(
      'Tuincentrum, ik run het samen met mijn zus. Ons kassasysteem bewaart alle verkopen al jaren. Kunnen studenten daar iets mee?',
    );
    expect(c.hits.some((h) => h.kind === 'loket' || h.kind === 'mkb-deal')).toBe(false);
    expect(classified('Hoe lang moet ik mijn facturen bewaren?').hits.map((h) => h.kind)).toContain('loket');
  });

  test('"insta" is social media, "wie helpt ons op weg" asks for a first step, someone who "doet zich voor als" the shop is an incident', () => {
    expect(classified('kapsalon 4 man, insta doet niks voor ons. hulp?').topics).toContain(
      'online-sales-marketing',
    );
    expect(
      classified(
        'Klanten vragen of ze online kunnen bestellen. Kan dat met een simpele oplossing? Wie helpt ons op weg?',
      ).hits.find((h) => h.signal === 'waar-beginnen')?.terms,
    ).toContain('helpt ons op weg');
    expect(
      classified(
        "Een klant kreeg een WhatsApp van 'ons' met een betaalverzoek. Iemand doet zich voor als onze winkel. Wat moeten we doen?",
      ).incident,
    ).toBe(true);
  });

  test('tourists who "lopen de deur plat" make a shop busy, not a system down', () => {
    expect(
      classified(
        'In de zomer lopen de toeristen de deur plat, maar in de winter is het stil. Hoe blijven ze online kopen?',
      ).hits.map((h) => h.signal),
    ).not.toContain('storing');
    expect(classified('Onze kassa ligt plat sinds vanochtend.').hits.map((h) => h.signal)).toContain(
      'storing',
    );
  });

  test('a starter the bank turns down is no computer that does not start', () => {
    expect(
      classified('Ik heb 25.000 euro nodig, maar bij de bank kom ik als starter niet binnen.').hits.map(
        (h) => h.signal,
      ),
    ).not.toContain('storing');
    expect(classified('Onze kassa start niet meer op sinds vanochtend.').hits.map((h) => h.signal)).toContain(
      'storing',
    );
  });

  test('drawings that go to the machines by themselves are shop-floor automation', () => {
    for (const question of [
      'De maten uit de tekeningen worden nu met de hand in de zaag- en ponsmachines ingevoerd. Kan dat automatisch vanuit het tekenpakket?',
      'meubelmakerij 12 man: cnc direct aansturen vanuit tekenpakket. wie kan hier onafhankelijk naar kijken?',
    ])
      expect(
        classified(question).hits.map((h) => h.kind),
        question,
      ).toContain('smart-industry-hub');
  });

  test('a firm over 50 that asks students for a marketing strategy asks for an agency, not research', () => {
    const c = index.classifier.classify(
      index.analyzer.analyze(
        'Wij zijn een technische groothandel met 120 medewerkers. Onze online marketing is versnipperd over allerlei kanalen en we willen een nieuwe strategie. Kunnen studenten van de Digitale Werkplaats die voor ons uitwerken?',
      ),
      { employees: 120 },
    );
    expect(c.ranked[0]).toBe('ict-dienstverlener');
  });

  test('independent advice on a robot cell for a firm of 70 goes to a smart industry hub', () => {
    const c = index.classifier.classify(
      index.analyzer.analyze(
        "We manufacture coffins and urns, 70 employees. Sanding and lacquering is heavy manual work and we struggle to find staff. We're thinking about a robot cell. Where can we get independent advice or see a demo?",
      ),
      { employees: 70 },
    );
    expect(c.ranked[0]).toBe('smart-industry-hub');
  });

  test('a log-in from an unknown address is an incident; everyone trained is training; every quote is their own', () => {
    expect(
      classified(
        'Afgelopen nacht stonden ineens alle ramen open, en in het logboek zie ik een inlog vanaf een onbekend IP-adres. Waar kan ik terecht?',
      ).incident,
    ).toBe(true);
    const trained = classified(
      'We hebben net een nieuw CRM laten installeren, maar de helft van het team gebruikt het niet. Hoe krijgen we iedereen getraind?',
    );
    expect(trained.hits.find((h) => h.signal === 'cursus')?.terms).toContain('iedereen trainen');
    expect(trained.rules).not.toContain('market-work');
    const quotes = classified(
      'We rent out marquees for weddings, 12 people. Every quote is put together by hand. We would like advice on a sensible first step.',
    );
    expect(quotes.rules).not.toContain('market-work');
    expect(quotes.hits.some((h) => h.kind === 'mkb-deal')).toBe(false);
  });

  test('the pupils of a driving school are its customers, not apprentices', () => {
    const c = classified('rijschool met 4 man, hoe krijg ik meer leerlingen via internet??');
    expect(c.hits.some((h) => h.signal === 'leerbaan' || h.kind === 'opleiding')).toBe(false);
    expect(c.topics).toContain('online-sales-marketing');
    expect(
      classified('Krijg ik subsidie als ik een leerling aanneem in mijn garage?').hits.map((h) => h.signal),
    ).toContain('leerbaan');
  });

  test('the R&D tax credit is the WBSO, not a tax question', () => {
    const keysOf = (text: string) => index.analyzer.analyze(text, { lang: 'en' }).tokens.map((t) => t.key);
    expect(keysOf('the R&D tax credit')).toContain('wbso');
    expect(keysOf('the R&D tax credit')).not.toContain(keysOf('tax')[0]);
  });

  test('quotes the owner writes, told after a fronted phrase ("Al jaren maak ik offertes in Word"), are their own', () => {
    const r = classified('Al twintig jaar maak ik offertes in Word. Wie helpt mij op weg?');
    expect(r.hits.some((h) => h.signal === 'offerte')).toBe(false);
  });

  test('what data is about ("gegevens over storingen") is no market work asked for', () => {
    const r = route('Kunnen studenten met onze gegevens over storingen een dashboard als prototype maken?', {
      postcode: '9711',
      employees: 22,
    });
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('predicting maintenance from machine data is shop-floor work, not maintenance to buy', () => {
    const r = classified('We willen met sensordata van onze machines onderhoud voorspellen.');
    expect(r.hits.some((h) => h.kind === 'smart-industry-hub')).toBe(true);
    expect(r.hits.some((h) => h.signal === 'hosting')).toBe(false);
  });

  test('seeing a robot work before investing is what a fieldlab offers, also with advice asked', () => {
    const r = route(
      'Metaalbedrijf. De leverancier biedt ons een cobot aan. Waar kunnen we zoiets eerst zien draaien en onafhankelijk advies krijgen?',
      { postcode: '9711', employees: 38 },
    );
    expect(r.understood.kinds[0]?.kind).toBe('smart-industry-hub');
    // Trying out a booking system is no fieldlab's work.
    const booking = classified(
      'Kunnen studenten een reserveringssysteem bedenken dat we eerst kunnen uitproberen?',
    );
    expect(booking.ranked[0]).toBe('werkplaats');
  });

  test('building once the prototype is approved is not asked now', () => {
    const r = route(
      'Kan er een simpel prototype komen voor abonnementen? En wat kost zoiets straks als het echt gebouwd moet worden',
      { postcode: '9711', employees: 3 },
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('students in the next school year are students asked for', () => {
    expect(
      classified(
        'Kan ik me al aanmelden zodat er in het nieuwe schooljaar iemand mee aan de slag gaat?',
      ).hits.some((h) => h.signal === 'studenten'),
    ).toBe(true);
  });

  test('a package already chosen, a design that is there, a site kept in the air: work for professionals', () => {
    const at = { postcode: '9711', employees: 14 };
    expect(
      route(
        "We've chosen Exact Online and need someone to set it up, migrate our data and show our staff how it works. Who can do that?",
        at,
      ).recommendations[0]?.kind,
    ).toBe('ict-dienstverlener');
    expect(
      route(
        'De studenten zijn weg, maar onze app moet voor september live. Het ontwerp ligt er al. Wie kan hem bouwen en daarna in de lucht houden?',
        at,
      ).recommendations[0]?.kind,
    ).toBe('ict-dienstverlener');
    expect(
      route(
        'Via een studentenproject hebben we vorig jaar een advies gekregen. Nu moet het kassasysteem echt ingericht worden. Wie kan dat doen?',
        at,
      ).recommendations[0]?.kind,
    ).toBe('ict-dienstverlener');
  });

  test('a student project asked for is students asked for, in one word too', () => {
    const hit = classified('Een studentenproject lijkt ons leuk.').hits.find((h) => h.signal === 'studenten');
    expect(hit?.weight).toBe(3);
  });

  test('whether the firm is well protected is a question for cyber help', () => {
    expect(hitKinds('Waar kan ik terecht om te weten of we goed beschermd zijn?')).toContain('cybersecurity');
  });

  test('a course the owner sells is their own, not a course asked for', () => {
    const r = classified(
      'Welk btw-tarief reken ik op een online cursus die ik verkoop aan klanten in België?',
    );
    expect(r.hits.some((h) => h.signal === 'cursus')).toBe(false);
  });

  test('incidents in English: a server locked for bitcoin, a login typed into a fake bank page', () => {
    const first = (q: string) => route(q, { postcode: '9711', employees: 12 }).recommendations[0]?.kind;
    expect(
      first(
        "Our server is locked. All files have a .locked extension and there's a text file demanding bitcoin. Who do we call first?",
      ),
    ).toBe('cybersecurity');
    expect(
      first(
        'This morning our office manager typed her login details into a fake bank page. What else should we check?',
      ),
    ).toBe('cybersecurity');
  });

  test('students asked to build a shop that someone then keeps up is market work', () => {
    const r = route(
      'Kunnen studenten van de werkplaats gratis onze webshop bouwen? We weten precies wat we willen, er moet alleen iemand zijn die het maakt en daarna bijhoudt.',
      { postcode: '9711', employees: 4 },
    );
    expect(r.understood.rules).toContain('market-work');
  });

  test('setting up two-step verification is protection asked for, no password typed on a fake site', () => {
    const r = classified(
      'We zoeken een bedrijf dat tweestapsverificatie op alle accounts instelt en een firewall plaatst.',
    );
    expect(r.incident).toBe(false);
  });

  test('who owns the code, a duty to report a leak, an investor, reviews: each read as its kind', () => {
    expect(hitKinds('Van wie is die code nu eigenlijk?')).toContain('loket');
    expect(
      hitKinds(
        'Een medewerker heeft per ongeluk een Excel met BSN-nummers naar een verkeerd e-mailadres gestuurd. Binnen welke termijn moeten we dat melden?',
      ),
    ).toEqual(expect.arrayContaining(['cybersecurity', 'loket']));
    expect(hitKinds('We hebben 200.000 euro nodig. Wie investeert in zoiets?')).toContain('financiering');
    expect(hitKinds('hoe krijgen we meer google reviews?')).toContain('werkplaats');
  });

  test('courses the owner sells, said with the verb right after them, are their own', () => {
    const r = classified('moet ik btw rekenen als ik online cursussen verkoop aan particulieren in belgie');
    expect(r.hits.some((h) => h.signal === 'cursus')).toBe(false);
  });

  test('nobody who can work is an outage; nobody who makes sense of the figures is not', () => {
    const signals = (q: string) => classified(q).hits.map((h) => h.signal);
    expect(signals('Onze server is gecrasht en niemand kan meer bij de bestanden.')).toContain('storing');
    expect(signals('Er zijn versleutelde bestanden. Niemand kan werken.')).toContain('storing');
    expect(
      signals('Ik voel dat daar geld ligt, maar niemand op kantoor kan er chocola van maken.'),
    ).not.toContain('storing');
    expect(signals('De wifi in ons hotel valt steeds weg. Wie kan dit snel komen oplossen?')).toContain(
      'storing',
    );
  });

  test('"niemand die het kan bouwen" lacks a builder: building is asked for, not denied', () => {
    const r = classified('We hebben een mooi ontwerp voor onze webshop, maar niemand die het kan bouwen.');
    expect(r.hits.some((h) => h.signal === 'bouwen')).toBe(true);
  });

  test('a voice message never spoken and an invoice with a new IBAN are incidents', () => {
    const first = (q: string) => route(q, { postcode: '9711', employees: 12 }).recommendations[0]?.kind;
    expect(
      first(
        "Mijn boekhouder kreeg een spraakbericht van 'mij' om 8.000 euro over te maken. Dat heb ik nooit ingesproken. Wat nu?",
      ),
    ).toBe('cybersecurity');
    expect(
      first(
        'We kregen een factuur van onze leverancier met een nieuw IBAN-nummer en ik heb al 14.000 euro overgemaakt. Wat moet ik doen?',
      ),
    ).toBe('cybersecurity');
  });

  test('safety plans and the Arbeidsinspectie are questions about the rules', () => {
    expect(hitKinds('Moet ik voor elke klus een V&G-plan hebben? Wat eist de Arbeidsinspectie?')).toContain(
      'loket',
    );
  });

  test("the owner who wants to make quotes faster makes them; quotes made by others are a supplier's", () => {
    const signals = (q: string) => classified(q).hits.map((h) => h.signal);
    expect(
      signals('Schildersbedrijf, 4 man, en we willen offertes sneller maken. Hoe pakken anderen dat aan?'),
    ).not.toContain('offerte');
    expect(signals('We willen een offerte laten maken voor een nieuwe webshop.')).toContain('offerte');
  });

  test('files on the server are where they are kept, not hosting asked for; a RAAK project is research', () => {
    expect(
      classified("Tekeningen en foto's staan overal: in mails, op telefoons, op de server.").hits.map(
        (h) => h.signal,
      ),
    ).not.toContain('hosting');
    expect(hitKinds('We willen met vijf installateurs en een hogeschool een RAAK-project doen.')).toContain(
      'kenniscentrum',
    );
  });

  test('texts and design lying ready, advice worked out, a dashboard to keep running: work for professionals', () => {
    const rules = (q: string) => route(q, { postcode: '9711', employees: 9 }).understood.rules;
    expect(
      rules(
        'kan de digitale werkplaats deze zomer onze nieuwe website bouwen? hij moet 1 september live, teksten en ontwerp hebben we al klaarliggen',
      ),
    ).toContain('market-work');
    expect(
      rules(
        'Na een traject met studenten hebben we een goed uitgewerkt advies voor een koppeling. Wie kan dit nu voor ons bouwen?',
      ),
    ).toContain('market-work');
    expect(
      classified('Nu willen we dat iemand het dashboard draaiend houdt.').hits.map((h) => h.signal),
    ).toContain('klaar');
  });

  test('a NAS that died, a caller let in on the till computer, a payment plan: each read as its kind', () => {
    const signals = (q: string) => classified(q).hits.map((h) => h.signal);
    expect(signals('our NAS died this morning and we need someone today to recover the files')).toContain(
      'storing',
    );
    expect(
      route(
        "Vanmiddag belde iemand 'van Microsoft' en ik heb hem laten meekijken op de kassacomputer. Moet ik nu iets doen?",
        { postcode: '9711', employees: 5 },
      ).recommendations[0]?.kind,
    ).toBe('cybersecurity');
    expect(hitKinds('Kan ik een betalingsregeling krijgen voor de naheffing?')).not.toContain('subsidie');
    expect(hitKinds('Ik wil overstappen van een eenmanszaak naar een bv. Wat moet ik regelen?')).toContain(
      'loket',
    );
  });

  test('surety the bank asks of the owner is a guarantee scheme; a security audit asked is cyber help', () => {
    const signals = (q: string) => classified(q).hits.map((h) => h.signal);
    expect(signals('De bank wil alleen lenen als ik privé borg sta. Is daar een regeling voor?')).toContain(
      'borg',
    );
    expect(signals('Kunnen studenten onze beveiliging eens doorlichten?')).toContain('beveiligingscheck');
  });

  test('a greenhouse computer changed by nobody of the firm is an incident; a shop kept running is market work', () => {
    expect(
      route(
        'Er is vannacht iemand ingelogd op onze klimaatcomputer die de temperatuur heeft aangepast. Wie kan ons helpen?',
        { postcode: '9711', employees: 45 },
      ).recommendations[0]?.kind,
    ).toBe('cybersecurity');
    expect(
      route(
        'Can students from the digital workspace build our webshop and then keep it running for us afterwards?',
        { postcode: '9711', employees: 6 },
      ).understood.rules,
    ).toContain('market-work');
    expect(
      classified('Heeft het zin om klanten online een afspraak te laten maken?').hits.map((h) => h.signal),
    ).not.toContain('bouwen');
  });

  test('the laptops where files are kept are no market work asked for', () => {
    const r = classified(
      'Onze bestanden staan verspreid over laptops en een oude NAS. We zoeken advies over hoe je dit organiseert.',
    );
    expect(r.hits.some((h) => h.signal === 'hosting')).toBe(false);
    expect(r.rules).not.toContain('market-work');
  });

  test('what to get out of data that lies unused is a question for insight', () => {
    const terms = hitTerms(
      'We hebben jaren aan gegevens en doen er niks mee. Wat zouden we eruit kunnen halen?',
    );
    expect(terms).toContain('eruit halen');
    expect(terms).toContain('doen er niks mee');
    expect(
      hitTerms('Met die gegevens doen we niets. Kunnen we daaruit halen wat samen verkocht wordt?'),
    ).toContain('daaruit halen');
  });

  test('practice-based research with a hogeschool is research', () => {
    expect(hitKinds('We willen met een hogeschool twee jaar praktijkonderzoek doen.')).toContain(
      'kenniscentrum',
    );
    const r = classified('We willen met een hogeschool twee jaar praktijkonderzoek doen.');
    expect(r.hits.some((h) => h.signal === 'onderzoeksgroep')).toBe(true);
  });

  test('a design that is fully worked out is followed by building it, whoever is asked', () => {
    const r = route(
      'We hebben al een uitgewerkt ontwerp voor een nieuwe webshop. Nu moet hij gebouwd en gehost worden. Kunnen studenten dat doen?',
      { postcode: '9711', employees: 7 },
    );
    expect(r.understood.rules).toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('ict-dienstverlener');
  });

  test('paying a sick employee is a question about the rules', () => {
    const r = route('Eén medewerker is langdurig ziek. Hoe lang moet ik doorbetalen?', {
      postcode: '9711',
      employees: 4,
    });
    expect(r.understood.kinds[0]?.kind).toBe('loket');
  });

  test('a shortfall in euros is a financing question', () => {
    const r = route('Voor de overname van een kapsalon kom ik 40.000 euro tekort. Wie helpt?', {
      postcode: '9711',
      employees: 3,
    });
    expect(r.recommendations[0]?.kind).toBe('financiering');
  });
});

// The real directory, with the spelling dictionaries: for what depends on the real entries or on
// knowing the words of a language.
describe('with the real directory', () => {
  const postcodes = loadPostcodes();
  const real = buildDirectoryIndex(realDirectory(), { postcodes, words: loadDictionaries() });
  const routeReal = (question: string, postcode: string, employees: number) => {
    const place = placeFromPostcode(postcodes, postcode);
    return routeQuestion(real, {
      question,
      today: WINTER,
      employees,
      ...(place.ok && place.place ? { place: place.place } : {}),
    });
  };
  /** The signals the classifier finds in a question. */
  const signalsOf = (question: string) =>
    real.classifier.classify(real.analyzer.analyze(question), {}).hits.map((h) => h.signal);

  test('an incident reported puts the cyber help first, also when the rest of the story names a supplier', () => {
    const r = routeReal(
      'Onze boekhouder kreeg gisteren een mail die van mij leek te komen, met het verzoek om dringend 8.400 euro over te maken naar een nieuwe leverancier. Ze had het bijna gedaan. Hoe beschermen we ons hiertegen?',
      '4333',
      6,
    );
    expect(r.recommendations[0]?.kind).toBe('cybersecurity');
  });

  test('an English word that is also a Dutch one is read in English: "storing documents" is no outage', () => {
    expect(
      signalsOf(
        'Could a student team help us design a better way of storing and finding documents? Just advice and a plan.',
      ),
    ).not.toContain('storing');
    expect(signalsOf('Our booking system is down since this morning, nothing works.')).toContain('storing');
  });

  test('what is needed before asking for quotes is finding out, also when the builder quit', () => {
    const r = routeReal(
      'Fietsenwinkel, 6 medewerkers. Onze website is oud en de webbouwer is ermee gestopt. Voordat ik offertes ga opvragen wil ik weten wat ik nodig heb: een webshop, of alleen reparaties online laten inplannen? Kan iemand met me meedenken en een lijstje eisen maken?',
      '7570',
      6,
    );
    expect(r.understood.rules).not.toContain('market-work');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('a group of firms doing research with a hogeschool under a scheme asks for applied research', () => {
    const r = routeReal(
      "We zijn zeven fruittelers in de Betuwe en willen samen met een hogeschool onderzoeken hoe drones en beeldanalyse helpen bij het inschatten van de vruchtzetting. Er schijnt een regeling te zijn waarbij een hogeschool zo'n onderzoek met een groep mkb'ers doet?",
      '4001',
      8,
    );
    expect(r.recommendations[0]?.kind).toBe('kenniscentrum');
  });

  test("training that a grant is asked for is the grant's subject", () => {
    const question =
      'Ons kantoor wil de medewerkers laten bijscholen in het werken met een nieuw pakket. Is er subsidie voor een opleidingsplan of voor scholing van personeel?';
    expect(routeReal(question, '9711', 13).recommendations[0]?.kind).toBe('subsidie');
  });

  test("a payment ordered in the boss's name by WhatsApp is an incident, told with the boss in quotes", () => {
    const question =
      "Onze administratief medewerker kreeg een appje van 'de directeur' met een nieuw nummer of hij even 2.950 euro naar een leverancier wilde overmaken. Dat is gebeurd. Wat nu?";
    expect(real.classifier.classify(real.analyzer.analyze(question), { employees: 7 }).incident).toBe(true);
    const r = routeReal(question, '3811', 7);
    expect(r.recommendations[0]?.kind).toBe('cybersecurity');
  });

  test('a story told before the question counts less than the question after "Waar we nu mee zitten:"', () => {
    const r = routeReal(
      'We hebben een slagerij met 8 mensen. Een kennis heeft in 2020 een website voor ons gemaakt en vorige maand kwam een leverancier langs die ons een nieuw kassasysteem wilde verkopen. Waar we nu mee zitten: klanten bellen de hele dag om vleesschotels te bestellen. Wat zijn de mogelijkheden om dat online te laten doen en kunnen studenten ons helpen met een plan?',
      '8232',
      8,
    );
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('what the owner says they lack is the need; a supplier who called by is history', () => {
    const english = routeReal(
      'We have a small hotel with 12 staff. Last summer our reservation system crashed twice; the supplier repaired it and it works now. What we really lack is insight: which rooms and channels earn most? Could students help us analyse our data and advise on a simple dashboard?',
      '6811',
      12,
    );
    expect(english.understood.rules).not.toContain('market-work');
    expect(english.recommendations[0]?.kind).toBe('werkplaats');
    const dutch = routeReal(
      'we zijn een installatiebedrijf met 14 man. een leverancier van planningssoftware kwam langs maar wilde meteen een contract voor 5 jaar. wat zijn de opties om onze planning slimmer te doen en kan iemand een stappenplan voor ons maken',
      '7411',
      14,
    );
    expect(dutch.recommendations[0]?.kind).toBe('werkplaats');
  });

  test('personal data mailed to the wrong person is a data breach; our own mail address in a list is not', () => {
    expect(
      signalsOf(
        'Onze administratie heeft per ongeluk een lijst met klantgegevens naar de verkeerde klant gemaild. Moeten we dat melden?',
      ),
    ).toContain('incident');
    expect(
      signalsOf(
        'Our assistant sent a file with patient details to the wrong person. Do we have to report this?',
      ),
    ).toContain('incident');
    expect(
      signalsOf(
        'Aanvragen komen binnen via twee websites en ons eigen mailadres, en we raken het overzicht kwijt. Hoe kunnen we dat beter regelen?',
      ),
    ).not.toContain('incident');
  });

  test('a contractor alone is no IT supplier, a basic scan is a security scan, glasses that show the work are for a hub', () => {
    expect(
      signalsOf(
        'Our drawings go back and forth between client and contractor by email. Can someone advise us on a plan?',
      ),
    ).not.toContain('bureau');
    expect(signalsOf('Where can we get a basic scan of our IT?')).toContain('beveiligen');
    expect(signalsOf('Is onze basisbeveiliging op orde?')).toContain('beveiligen');
    expect(signalsOf('Kunnen onze monteurs met een AR-bril hulp krijgen van kantoor?')).toContain(
      'industrie',
    );
    expect(signalsOf('We want to sell our cheese online. Where should we begin?')).toContain('waar-beginnen');
  });

  test("the firm's own workshop is no werkplaats asked for, and connecting a machine to the drawings is for a hub", () => {
    expect(
      signalsOf('Wij zagen onze kozijnen zelf in de eigen werkplaats. Hoe plannen we de productie beter?'),
    ).not.toContain('werkplaats');
    const r = routeReal(
      'Wij maken als metaalbedrijf onze trapleuningen zelf in de eigen werkplaats, 42 man. We willen de plasmasnijder rechtstreeks aan de tekeningen koppelen en de productie digitaal volgen. Wie kan ons daarbij begeleiden, liefst met voorbeelden van andere maakbedrijven?',
      '8801',
      42,
    );
    expect(r.recommendations[0]?.kind).toBe('smart-industry-hub');
  });

  test('a scheme named with "mijn" is asked for, a law and its fine are rules, forms that stopped working are an outage', () => {
    expect(signalsOf('Kan ik Mijn Digitale Zaak nog aanvragen voor onze kapperszaak?')).toContain('subsidie');
    expect(signalsOf('Geldt de toegankelijkheidswet ook voor onze kleine webwinkel?')).toContain('regels');
    expect(signalsOf('Krijg ik een boete als mijn privacyverklaring niet klopt?')).toContain('regels');
    expect(signalsOf('De bestelformulieren op onze site werken niet meer. Wie lost dat op?')).toContain(
      'storing',
    );
  });

  test('a tax deduction, protection and a prediction are read', () => {
    expect(signalsOf('Ik heb een nieuwe bestelbus gekocht, kan ik die aftrekken, kia of zo?')).toContain(
      'regels',
    );
    expect(signalsOf('Onze kassa hangt aan het internet. Hoe beschermen we ons tegen inbrekers?')).toContain(
      'beveiligen',
    );
    expect(
      signalsOf('Kunnen we met de kassabonnen beter voorspellen hoeveel brood we moeten bakken?'),
    ).toContain('inzicht');
    expect(signalsOf('Eerst wil ik weten of het überhaupt kan.')).toContain('klein-onderzoek');
  });

  test("an employer's duties are rules, a workshop of the firm's own is no werkplaats, scanning and milling made digital is for a hub", () => {
    expect(
      signalsOf('Ik heb sinds kort 2 mensen in dienst. Moet ik loonaangifte doen, en wat is een RI&E?'),
    ).toContain('ondernemen');
    expect(signalsOf('Hoe plannen we de reparaties in de werkplaats beter?')).not.toContain('werkplaats');
    expect(signalsOf('We willen klantmodellen 3D scannen en daarna automatisch frezen.')).toContain(
      'industrie',
    );
  });

  test('depreciation is a tax rule, a ledger in a binder is work to improve, the KOR is no grant', () => {
    expect(signalsOf('Moet ik de nieuwe bestelbus afschrijven?')).toContain('regels');
    expect(signalsOf('Wat moeten we eerst doen, en in welke volgorde?')).toContain('stappenplan');
    expect(signalsOf("Wie 'kapper Zwolle' googelt, vindt ons niet.")).toContain('online-aanwezigheid');
    expect(signalsOf('Alle keuringsdatums zitten nog in een ordner.')).toContain('verbeteren');
    expect(signalsOf('Can I use the small business scheme as a freelancer?')).not.toContain('subsidie');
  });

  test('what a client will buy later, told by an adviser ("voordat ze bij een webbureau aanklopt"), is no market work asked now', () => {
    const r = routeReal(
      'Accountmanager gemeente Tilburg. Een lunchroom met 9 medewerkers wil online bestellingen aannemen maar weet niet waar te beginnen. Kunnen jullie helpen voordat ze bij een webbureau aanklopt?',
      '5038',
      9,
    );
    expect(r.understood.rules).not.toContain('market-work');
  });

  test('payroll tax is a rule, investment funds and guarantee schemes are financing, a plan set up is no software set up, a till that keeps failing is an outage', () => {
    expect(signalsOf('Hoe regel ik de loonheffing nu ik twee parttimers heb?')).toContain('ondernemen');
    expect(signalsOf('Zijn er investeringsfondsen voor een nieuw hotelsysteem?')).toContain('lenen');
    expect(signalsOf('Bestaan er garantieregelingen voor zo’n investering?')).toContain('borg');
    expect(signalsOf('Can someone help us set up a plan to move our bookings online?')).not.toContain(
      'implementeren',
    );
    expect(signalsOf('Onze pinautomaat valt steeds uit. Wie lost dat op?')).toContain('storing');
  });

  test('a small study asked of someone is no research group asked for', () => {
    expect(signalsOf('Could someone do a small study on QR ordering for our beach bar?')).not.toContain(
      'onderzoeksgroep',
    );
  });

  test('missed appointments and text reminders are about automating the work', () => {
    const topicsOf = (question: string) =>
      real.classifier.classify(real.analyzer.analyze(question), {}).topics;
    expect(topicsOf('Te veel no-shows bij onze pedicurepraktijk. Wat kunnen we daaraan doen?')).toContain(
      'automatisering',
    );
    expect(topicsOf('Would an SMS reminder cut the no shows at our dental practice?')).toContain(
      'automatisering',
    );
  });

  test('being found on Google is a question of findability, not one for the training named after Google', () => {
    const r = routeReal(
      'hoe kom ik met mijn camping beter op google? nu vinden gasten ons alleen via booking',
      '6211',
      2,
    );
    expect(r.understood.kinds[0]?.kind).toBe('werkplaats');
    expect(r.recommendations[0]?.kind).toBe('werkplaats');
  });
});

describe('werkgebied and availability', () => {
  test('the werkplaats of the region comes first, with the gemeente in its reasons', () => {
    const r = route('Hoe maken we een dashboard van onze verkoopcijfers? Graag advies.', {
      postcode: '7511',
      employees: 10,
    });
    expect(r.recommendations[0]?.slug).toBe('testwerkplaats-oost');
    expect(r.recommendations[0]?.reasons).toContain('jouw gemeente Enschede valt in het werkgebied');
    expect(r.place).toEqual({ pc4: '7511', gemeente: 'Enschede', provincie: 'Overijssel' });
  });

  test('a werkplaats in its summer break is shown with its next intake, followed by an alternative for now', () => {
    const r = route('Hoe maken we een dashboard van onze verkoopcijfers? Graag advies.', {
      postcode: '7511',
      employees: 10,
      today: SUMMER,
    });
    const first = r.recommendations[0]!;
    expect(first.slug).toBe('testwerkplaats-oost');
    expect(first.availability).toBe('closed');
    expect(first.next_intake).toBe('2026-09-01');
    expect(first.reasons.join(' ')).toMatch(/zomervakantie.*volgende intake 1 september 2026/);
    expect(r.recommendations[1]?.role).toBe('alternative');
    expect(r.notices.join(' ')).toMatch(/Testwerkplaats Oost neemt nu geen nieuwe vragen aan/);
  });

  test('an ended werkplaats is never recommended', () => {
    const r = route('Hoe beginnen we met online verkopen? Graag advies.', { postcode: '8011', employees: 5 });
    expect(slugs(r)).not.toContain('testwerkplaats-gestopt');
  });

  test('without a werkplaats in the region: the nearest one, said in a notice', () => {
    const r = route('Hoe beginnen we met online verkopen? Graag advies.', { postcode: '4811', employees: 5 });
    const wp = r.recommendations.find((x) => x.kind === 'werkplaats');
    expect(wp?.role).toBe('nearest');
    expect(wp?.slug).toBe('testwerkplaats-oost');
    expect(wp?.distance_km).toBeGreaterThan(100);
    expect(r.notices[0]).toMatch(/geen digitale werkplaats voor Breda/);
  });

  test('without a postcode: a notice asks for it', () => {
    const r = route('Hoe beginnen we met online verkopen? Graag advies.', { employees: 5 });
    expect(r.notices.join(' ')).toMatch(/geen postcode/);
  });

  test('a sector-bound entry only answers that sector', () => {
    const idx = buildDirectoryIndex(
      [
        ...testDirectory(),
        initiative('testcentrum-kas', 'cybersecurity', {
          name: 'Testcentrum Kassen',
          sectors: ['tuinbouw'],
          themes: ['cybersecurity'],
        }),
      ],
      { postcodes: testPostcodes },
    );
    const ask = (sector: string) =>
      routeQuestion(idx, {
        question: 'Hoe beveiligen we onze systemen tegen hackers?',
        sector,
        today: WINTER,
      }).recommendations.map((x) => x.slug);
    expect(ask('tuinbouw')).toContain('testcentrum-kas');
    expect(ask('bakkerij')).not.toContain('testcentrum-kas');
  });
});

describe('the answer', () => {
  test('at most 5 recommendations, best first, scores relative to the best', () => {
    const r = route('ik wil online gaan verkopen maar weet niet waar te beginnen', {
      postcode: '9711',
      employees: 4,
    });
    expect(r.recommendations.length).toBeLessThanOrEqual(5);
    expect(r.recommendations[0]?.score).toBe(1);
    const scores = r.recommendations.map((x) => x.score);
    expect(new Set(slugs(r)).size).toBe(slugs(r).length);
    expect(scores.every((s) => s <= 1)).toBe(true);
  });

  test('reasons name the topic, the area and the size and cost', () => {
    const r = route('ik wil online gaan verkopen maar weet niet waar te beginnen', {
      postcode: '9711',
      employees: 4,
    });
    expect(r.recommendations[0]?.reasons).toEqual([
      'advies over online verkoop en marketing is hun specialiteit',
      'ze werken in heel Groningen',
      'gratis voor bedrijven van 2–50 medewerkers',
    ]);
  });

  test('a reason claims something about the question only when the question asked for that kind', () => {
    const reasonOf = (r: ReturnType<typeof route>, kind: string) =>
      r.recommendations.find((x) => x.kind === kind)?.reasons[0];
    // A digital question: the loket is listed by its standing place, not as the answer to it.
    const digital = route('ik wil online gaan verkopen maar weet niet waar te beginnen', {
      postcode: '9711',
    });
    expect(kinds(digital)).toContain('loket');
    expect(reasonOf(digital, 'loket')).toBe(
      'voor algemene ondernemersvragen, zoals regels, belasting en inschrijving',
    );
    // A registration question is the loket's, and its reason says so.
    const registration = route('Hoe schrijf ik me in bij de KVK en moet ik btw rekenen?');
    expect(reasonOf(registration, 'loket')).toBe(
      'dit is een algemene ondernemersvraag (regels, belasting, inschrijving); daarvoor is dit loket',
    );
    // A grant question gets the grant's own reason.
    expect(reasonOf(route('Is er subsidie of een voucher voor digitalisering?'), 'subsidie')).toBe(
      'je vraagt om een bijdrage in de kosten; dit is een subsidie of voucher',
    );
  });

  test('what a kind offers is said in full: no kind falls back on a reason with a placeholder', () => {
    for (const meaning of KINDS_MEANING) {
      for (const lang of ['nl', 'en'] as const) expect(offerOf(meaning)[lang]).not.toMatch(/[{}]/);
    }
  });

  test('reasons are in English for an English request', () => {
    const r = route('ik wil online gaan verkopen maar weet niet waar te beginnen', {
      postcode: '9711',
      employees: 4,
      lang: 'en',
    });
    expect(r.lang).toBe('en');
    expect(r.recommendations[0]?.reasons[0]).toBe('advice on online sales and marketing is their speciality');
    expect(r.recommendations[0]?.url).toBe('/en/initiatieven/testwerkplaats-noord');
  });

  test('an English question is answered in English by default', () => {
    expect(route('we got hacked, what now?').lang).toBe('en');
  });

  test('an unknown postcode shows national help only, with a notice', () => {
    const r = route('we zijn gehackt', { postcode: '1234' });
    expect(r.place).toBeNull();
    expect(r.notices.join(' ')).toMatch(/Postcode 1234 kennen we niet/);
    expect(r.recommendations.length).toBeGreaterThan(0);
    const national = new Set(testDirectory().flatMap((i) => (i.werkgebied.landelijk ? [i.slug] : [])));
    for (const slug of slugs(r)) expect(national).toContain(slug);
    // The question's own kind is there, read among the national entries.
    expect(kinds(r)).toContain('cybersecurity');
  });

  test('a typo is reported as read', () => {
    const r = route('subsidei voor onze webwinkel?');
    expect(r.understood.corrections).toContainEqual({ from: 'subsidei', to: 'subsidie' });
  });
});

describe('availabilityOn', () => {
  const base = {
    status: 'open' as const,
    closed_periods: [{ from: '2026-07-11', to: '2026-08-23', reason: 'zomervakantie' }],
  };
  test.each([
    ['open outside the closed period', base, '2026-06-01', { state: 'open' }],
    [
      'closed in it, reopening the day after',
      base,
      '2026-07-20',
      { state: 'closed', reason: 'zomervakantie', until: '2026-08-23', nextIntake: '2026-08-24' },
    ],
    [
      'full, with the next intake',
      { status: 'vol' as const, closed_periods: [], next_intake: '2027-02-01' },
      '2026-11-27',
      { state: 'full', nextIntake: '2027-02-01' },
    ],
    ['ended', { status: 'beeindigd' as const, closed_periods: [] }, '2026-11-27', { state: 'ended' }],
    [
      'a past intake date is not shown',
      { status: 'gesloten' as const, closed_periods: [], next_intake: '2025-01-01' },
      '2026-11-27',
      { state: 'closed' },
    ],
  ])('%s', (_name, availability, today, expected) => {
    expect(availabilityOn({ availability }, today)).toEqual(expected);
  });
});
