import { describe, expect, test } from 'vitest';
import { createAnalyzer, isDictionaryWord } from '../../functions/core/analyzer.ts';
import { stem } from '../../functions/core/stem.ts';
import { editDistance } from '../../functions/core/typos.ts';
import { CHOICE_WORD, QUOTED_WEIGHT, fold, guessLanguage, sentences } from '../../functions/core/text.ts';

const analyzer = createAnalyzer({
  vocabulary: ['webwinkel', 'software', 'storing', 'melding', 'klant', 'gegevens', 'subsidie'],
});
const keys = (text: string) =>
  analyzer
    .analyze(text)
    .tokens.filter((t) => !t.stop)
    .map((t) => t.key);

describe('text', () => {
  test.each([
    ['Fryslân', 'fryslan'],
    ['Hengelo (O.)', 'hengelo (o.)'],
    ['’s-Hertogenbosch', "'s-hertogenbosch"],
  ])('fold(%s) is %s', (input, expected) => expect(fold(input)).toBe(expected));

  test.each(['Daarnaast', 'Trouwens', 'Overigens'])('a clause that opens with "%s" counts half', (opener) => {
    const s = sentences(`Ik zoek financiering. ${opener} wil ik iets weten over huur.`);
    expect(s.map((x) => x.weight)).toEqual([1, 0.5]);
  });

  test('"O ja, en ..." opens a side question', () => {
    const s = sentences('Ik zoek hulp bij een marketingplan. O ja, en moet ik dan btw rekenen?');
    expect(s[1]!.weight).toBeLessThan(s[0]!.weight);
  });

  test('a note without function words is read in the language its words belong to', () => {
    const en = new Set(['click', 'link', 'fake', 'bank', 'email', 'help']);
    const nl = new Set(['bank', 'link']);
    const known = (w: string, lang: 'nl' | 'en') => isDictionaryWord(w, lang === 'en' ? en : nl, lang);
    const words = ['clicked', 'link', 'in', 'fake', 'bank', 'email', 'help'];
    expect(guessLanguage(words)).toBe('nl');
    expect(guessLanguage(words, known)).toBe('en');
    // The function words still decide when they can.
    expect(guessLanguage(['we', 'hebben', 'een', 'fake', 'email'], known)).toBe('nl');
    const withWords = createAnalyzer({ vocabulary: ['link'], words: { nl, en } });
    expect(withWords.analyze('clicked link in fake bank email. help?').lang).toBe('en');
  });

  test('"Eigenlijk wil ik ..." turns to the real need: what came before counts half', () => {
    const s = sentences(
      'Bestaat er een cursus website maken? Eigenlijk wil ik gewoon dat iemand de site maakt.',
    );
    expect(s[0]!.weight).toBeLessThan(s[1]!.weight);
  });

  test('a need announced after the story ("Wat ik wil: ...") makes what came before count half', () => {
    const s = sentences(
      'De bank vroeg laatst om een prognose. Wat ik wil: uit onze cijfers halen wat we inkopen.',
    );
    expect(s[0]!.weight).toBeLessThan(s[1]!.weight);
    const t = sentences('Vergunning regelen we zelf. Waar ik hulp bij zoek: hoe krijgen we meer boekingen?');
    expect(t[0]!.weight).toBeLessThan(t[1]!.weight);
  });

  test('what works fine, and what a grant paid for before, are context: they count half', () => {
    const fine = sentences(
      'Onze software is prima en wordt goed onderhouden. De communicatie gaat per brief.',
    );
    expect(fine[0]!.weight).toBeLessThan(fine[1]!.weight);
    const notFine = sentences('Onze software werkt niet prima. De communicatie gaat per brief.');
    expect(notFine[0]!.weight).toBe(notFine[1]!.weight);
    // An option the owner would accept is part of the need.
    const option = (w: string) => sentences(`Een simpele website is ${w}. Wie kan die bouwen?`)[0]!.weight;
    expect(option('prima')).toBe(option('genoeg'));
    const wbso = sentences('De software hebben we deels met WBSO ontwikkeld. We zoeken een investeerder.');
    expect(wbso[0]!.weight).toBeLessThan(wbso[1]!.weight);
  });

  test('money already arranged ("is rond, daar gaat het niet om") counts half; so does an adviser\'s "Als accountmanager bij de bank"', () => {
    const s = sentences(
      'De financiering is rond, daar gaat het niet om. Wie kan hem adviseren over software?',
    );
    expect(s[0]!.weight).toBeLessThan(0.75);
    const t = sentences('Als accountmanager bij de bank heb ik een klant, een bakkerij. Wie kan hem helpen?');
    expect(t[0]!.self).toBe(true);
  });

  test('an adviser from the KVK or a bank, and two owners ("mijn vrouw en ik"), describe themselves', () => {
    expect(sentences('Ik ben van de KVK en heb hier een klant. Wie kan helpen?')[0]!.self).toBe(true);
    expect(sentences("I'm from the municipality, writing for a baker. Who can help?")[0]!.self).toBe(true);
    expect(sentences('Mijn vrouw en ik runnen een bakkerij, met 4 man. Wie helpt?')[0]!.self).toBe(true);
    expect(sentences('My partner and I run a language school in Nijmegen. Who helps?')[0]!.self).toBe(true);
    // A question relayed by an intermediary, and a firm with its size in English.
    expect(sentences('Vraag via KVK: kaasboerderij bij Veghel, 5 mensen. Wie helpt?')[0]!.self).toBe(true);
    expect(sentences('Via het Ondernemersloket Den Helder: een visgroothandel. Wie helpt?')[0]!.self).toBe(
      true,
    );
    expect(sentences('Small translation agency, 8 people. Who helps?')[0]!.self).toBe(true);
    // A greeting before it is no part of the question.
    expect(
      sentences('Hi, we are a translation agency in Hengelo with six translators. Who helps?')[0]!.self,
    ).toBe(true);
    // An adviser by the name of their organisation, and a referral from it.
    expect(sentences('Ik ben KVK-adviseur en sprak een bakker. Wie helpt?')[0]!.self).toBe(true);
    expect(sentences('Vanuit de KVK verwijs ik een klant door: een bakker. Wie helpt?')[0]!.self).toBe(true);
    // A team told by its number, with its trade after it.
    expect(sentences("we zijn met z'n drieën, grafisch ontwerpbureau. Wie helpt?")[0]!.self).toBe(true);
    // Not every "ik ben van ...": a plan is the need itself.
    expect(sentences('Ik ben van plan een webshop te beginnen. Wie helpt?')[0]!.self).toBeUndefined();
  });

  test('a number of firms of one trade is a group of peers; a number of people is a size', () => {
    const text = (t: string) =>
      sentences(t)
        .flatMap((x) => x.words.map((w) => w.text))
        .join(' ');
    expect(text('We zijn zeven fruittelers in de Betuwe.')).toContain('we zijn met zeven fruittelers');
    expect(text('We zijn zeven mensen in de Betuwe.')).not.toContain('met');
    // Three or more other firms counted are a group too; two others are a joint project.
    expect(text('Wij willen met een stuk of zes andere webwinkels onderzoek doen.')).toContain('als groep');
    expect(text('Wij willen samen met twee andere bedrijven een sensor ontwikkelen.')).not.toContain(
      'als groep',
    );
    expect(text('Met vijf agrifood-bedrijven willen we samen ideeën uitwerken.')).toContain('als groep');
  });

  test('an adviser\'s own guess ("ik dacht zelf aan ...") counts as little as a need put off', () => {
    const guess = sentences('Ik dacht zelf aan een subsidie, maar de eigenaar wil een stappenplan.');
    const plain = sentences('Ik dacht aan een subsidie, maar de eigenaar wil een stappenplan.');
    expect(guess.map((x) => x.weight)).toEqual([0.5]);
    expect(plain.map((x) => x.weight)).toEqual([1]);
  });

  test('after a story, "Eerst wil ik weten ..." turns to the need: what came before counts half', () => {
    const s = sentences('De plugin ging na een update kapot. Eerst wil ik weten wat slim is.');
    expect(s[0]!.weight).toBeLessThan(s[s.length - 1]!.weight);
  });

  test('an adviser writing on behalf of an organisation ("Namens ...:") describes themselves', () => {
    const s = sentences(
      'Namens de regioafdeling van onze brancheorganisatie: een hotel wil meer direct verkopen.',
    );
    expect(s[0]!.self).toBe(true);
    expect(s[s.length - 1]!.self).toBeUndefined();
  });

  test('courses followed and work done in a past year are history', () => {
    const course = sentences(
      "Last spring we followed Google's free online marketing workshops. We'd like a realistic plan.",
    );
    expect(course[0]!.weight).toBeLessThan(course[1]!.weight);
    const year = sentences(
      'In 2022 hebben we met de Friese digitaliseringssubsidie een nieuwe website laten bouwen. We willen een plan.',
    );
    expect(year[0]!.weight).toBeLessThan(year[1]!.weight);
  });

  test('"..., maar wat is eigenlijk een goed plan?" turns to the question: the story before counts half', () => {
    const s = sentences('Er belde al een websitebouwer, maar wat is eigenlijk een goed plan?');
    expect(s[0]!.weight).toBeLessThan(s[s.length - 1]!.weight);
    // Not a statement after "maar": "maar wat ik niet snap" is no question.
    expect(sentences('Er belde een bouwer, maar wat hij zei snapte ik niet.').length).toBe(1);
  });

  test('a note that opens with the trade and its size ("grafisch ontwerpbureau, 3 man.") describes the firm', () => {
    expect(sentences('grafisch ontwerpbureau, 3 man. we willen beter gevonden worden.')[0]!.self).toBe(true);
    expect(sentences('Schoonmaakbedrijf met 45 medewerkers. Roosters maken we in Excel.')[0]!.self).toBe(
      true,
    );
    // Not a need that ends in a number of people.
    expect(sentences('ik wil trainingen voor mijn team met 5 mensen.')[0]!.self).toBeUndefined();
  });

  test("what customers ask in reported speech is their question, not the owner's", () => {
    const s = sentences('Klanten bellen steeds of hun schoenen al klaar zijn. Wat is een simpele manier?');
    const reported = s.find((x) => x.words.some((w) => w.text === 'klaar'))!;
    expect(reported.weight).toBe(QUOTED_WEIGHT);
    expect(s.find((x) => x.words.some((w) => w.text === 'bellen'))!.weight).toBeGreaterThan(QUOTED_WEIGHT);
    // Also with more words between the calling and the asking.
    const longer = sentences(
      'Klanten bellen de hele dag om te vragen of hun fiets al klaar is. Wat kan slimmer?',
    );
    expect(longer.find((x) => x.words.some((w) => w.text === 'klaar'))!.weight).toBe(QUOTED_WEIGHT);
  });

  test.each([
    'We willen ook subsidie, maar het belangrijkste is eigenlijk onze website.',
    'Ik heb ook een vraag over inschrijven. Mijn echte vraag: we willen automatiseren.',
    'Misschien later een lening, maar wat ik nu vooral wil weten: hoe beveiligen we de webshop?',
    'Hij dacht aan een kennisvoucher, maar wat hij eigenlijk wil is een klein onderzoekje.',
  ])('the need the owner says matters most makes what came before count half: %s', (text) => {
    const s = sentences(text);
    expect(s[0]!.weight).toBeLessThan(s[s.length - 1]!.weight);
  });

  test('a scheme that has stopped and what the bookkeeper arranges are not the need', () => {
    const stopped = sentences('Die regeling is volgens mij al lang gestopt. Wie kan een routekaart maken?');
    expect(stopped[0]!.weight).toBeLessThan(0.75);
    const books = sentences('We krijgen misschien subsidie, dat regelt de boekhouder. Wie kan ons helpen?');
    expect(books[0]!.weight).toBeLessThan(books[books.length - 1]!.weight * 0.75);
  });

  test('a son-in-law is family, not law', () => {
    const words = sentences('My son-in-law says we should buy a machine.').flatMap((x) =>
      x.words.map((w) => w.text),
    );
    expect(words).not.toContain('law');
    expect(words).toContain('son');
  });

  test('"ja of nee" is Dutch: "of" is no sign of English', () => {
    expect(guessLanguage(['zzp', 'btw', 'over', 'online', 'cursussen', 'ja', 'of', 'nee'])).toBe('nl');
  });

  test('what customers are quoted saying is a clause of its own that counts little; an apostrophe is no quote', () => {
    const s = sentences("Klanten bellen de hele dag 'is mijn fiets al klaar?'. Hoe pakken we dat aan?");
    const quoted = s.find((x) => x.words.some((w) => w.text === 'klaar'))!;
    expect(quoted.weight).toBe(QUOTED_WEIGHT);
    expect(s.find((x) => x.words.some((w) => w.text === 'pakken'))!.weight).toBe(1);
    expect(sentences("Ik wil 's avonds foto's van auto's online zetten.").map((x) => x.weight)).toEqual([1]);
    // An article and a noun in quotes name someone: "een appje van 'de directeur'".
    expect(sentences("Ik kreeg een appje van 'de directeur' met een vraag.").map((x) => x.weight)).toEqual([
      1,
    ]);
  });

  test('a note that opens with the firm and its size describes the firm ("Our agency in The Hague has 7 people")', () => {
    expect(sentences('Our translation agency in The Hague has 7 people. We want advice.')[0]!.self).toBe(
      true,
    );
    expect(sentences('Ons installatiebedrijf heeft 14 medewerkers. Wie helpt ons?')[0]!.self).toBe(true);
  });

  test('a note that opens with the trade, the town and its size describes the firm ("8 ppl", "12 fte")', () => {
    expect(sentences('translation agency in eindhoven, 8 ppl. we want advice on AI tools')[0]!.self).toBe(
      true,
    );
    expect(sentences('installatiebedrijf uit de achterhoek, 12 fte. wie helpt ons?')[0]!.self).toBe(true);
  });

  test('a clause with "trouwens" is an aside, wherever the word stands', () => {
    const s = sentences('Ik wil minder no-shows. Kost zoiets trouwens veel?');
    expect(s[1]!.weight).toBe(0.5);
  });

  test('an aside in brackets counts half', () => {
    const s = sentences('Ik wil online verkopen. (Als daar subsidie voor is, hoor ik het graag.)');
    expect(s.map((x) => x.weight)).toEqual([1, 0.5]);
  });

  test('a need put off ("maar dat komt later wel") counts half', () => {
    const s = sentences(
      'Ik zoek hulp met advertenties. Ik hoorde ook iets over subsidie, maar dat komt later wel.',
    );
    expect(s.map((x) => x.weight)).toEqual([1, 0.5]);
  });

  test('after "maar eerst" what came before counts half: it is for later', () => {
    const s = sentences(
      'Er is misschien subsidie voor, maar eerst willen we weten wat we kunnen automatiseren.',
    );
    expect(s.map((x) => x.weight)).toEqual([0.5, 1]);
  });

  test('after "maar nu" what came before counts half: it is history', () => {
    const s = sentences('We kregen een offerte, maar nu willen we een stappenplan.');
    expect(s.map((x) => x.weight)).toEqual([0.5, 1]);
    expect(s[1]!.words.map((w) => w.text)).toContain('stappenplan');
    // A workshop already followed is history by itself too: both count.
    expect(
      sentences('We hebben een workshop gedaan, maar nu willen we een stappenplan.').map((x) => x.weight),
    ).toEqual([0.25, 1]);
  });

  test.each([
    ['Wij zijn een fietsenwinkel met eigen werkplaats, en we willen dat klanten online afspraken maken.'],
    ['Ons adviesbureau (subsidieadvies, 12 man) wil klanten online afspraken laten maken.'],
  ])('the owner saying who they are counts half, the need in full: %s', (text) => {
    const s = sentences(text);
    expect(s.map((x) => x.weight)).toEqual([0.5, 1]);
    expect(s[1]!.words.map((w) => w.text)).toContain('online');
  });

  test('a sentence that opens with a need now ("Nu zoeken we") halves what came before; "Nu belt ..." goes on', () => {
    expect(sentences('Ik kreeg een mail. Nu zoeken we hulp.').map((x) => x.weight)).toEqual([0.5, 1]);
    expect(sentences('Ik kreeg een mail. Nu belt de leverancier.').map((x) => x.weight)).toEqual([1, 1]);
  });

  test('e-invoices are a way of working, not bookkeeping', () => {
    const keys = (q: string) =>
      analyzer
        .analyze(q)
        .tokens.filter((t) => !t.stop)
        .map((t) => t.key);
    expect(keys('Moeten we e-facturen sturen?')).not.toContain('administratie');
    expect(keys('Hoe maak ik een factuur?')).toContain('administratie');
  });

  test('a family business is one key, in both numbers and languages', () => {
    const keys = (q: string) =>
      analyzer
        .analyze(q)
        .tokens.filter((t) => !t.stop)
        .map((t) => t.key);
    expect(keys('familiebedrijven')).toEqual(keys('een familiebedrijf'));
    expect(keys('We are a family firm')).toContain(keys('familiebedrijf')[0]);
  });

  test('a programme is a scheme, not a programmer', () => {
    const keys = (q: string) =>
      analyzer
        .analyze(q)
        .tokens.filter((t) => !t.stop)
        .map((t) => t.key);
    expect(keys('Is there a programme that can help her explore this?')).not.toContain('ontwikkelaar');
    expect(keys('We need a programmer for our booking app.')).toContain('ontwikkelaar');
  });

  test('help of long ago ("twee jaar geleden", "onze vorige programmeur") counts half; last month does not', () => {
    expect(
      sentences('Twee jaar geleden bouwde een student onze site. Hij is kapot.').map((x) => x.weight),
    ).toEqual([0.5, 1]);
    expect(sentences('Vorige maand kreeg ik een vreemde mail. Hij is kapot.').map((x) => x.weight)).toEqual([
      1, 1,
    ]);
  });

  test('a question that ends in a condition: the condition counts half, the question in full', () => {
    expect(
      sentences('Wie betaalt er mee als ik mijn verkopers een cursus laat volgen?').map((x) => x.weight),
    ).toEqual([1, 0.5]);
    // A condition that opens the question is the question.
    expect(sentences('Als ik een webshop begin, wat moet ik regelen?').map((x) => x.weight)).toEqual([1]);
  });

  test('a subsidy already granted is history', () => {
    expect(
      sentences('We hebben subsidie toegezegd gekregen. Hoe overbruggen we de maanden?').map((x) => x.weight),
    ).toEqual([0.375, 1]);
  });

  test('a choice already made counts half, and "Het gaat mij nu om" turns to the need now', () => {
    expect(
      sentences('We hebben al een cursus uitgezocht. Het gaat mij nu alleen om de kosten.').map(
        (x) => x.weight,
      ),
    ).toEqual([0.25, 1]);
  });

  test('a question that weighs options is marked as such; "Is er een scan of check?" is not', () => {
    const marked = (text: string) => sentences(text).flatMap((x) => x.words.map((w) => w.text));
    expect(marked('Moeten we een app laten maken of is een pagina genoeg?')).toContain(CHOICE_WORD);
    expect(marked('Is er een gratis scan of check voor kleine bedrijven?')).not.toContain(CHOICE_WORD);
    expect(marked('boekwinkel hier, moeten we nou een webshop beginnen of niet?')).toContain(CHOICE_WORD);
  });

  test('"; nu zoeken we" turns to the need now like a new sentence', () => {
    expect(sentences('Het onderzoek is klaar; nu zoeken we een investeerder.').map((x) => x.weight)).toEqual([
      0.5, 1,
    ]);
  });

  test('"..., maar eerst" halves only the clause before it; a sentence opening with "Later willen we" is put off', () => {
    expect(
      sentences('We willen online afspraken. Later willen we subsidie, maar eerst willen we weten hoe.').map(
        (x) => x.weight,
      ),
    ).toEqual([1, 0.25, 1]);
  });

  test('a phrase does not reach across sentences: "wat slim is. ... subsidie" is no SLIM-regeling', () => {
    const tokens = analyzer.analyze('Wat is slim. Subsidie.').tokens;
    expect(new Set(tokens.map((t) => t.sentence))).toEqual(new Set([0, 1]));
  });

  test('statements count less than the question they lead up to', () => {
    const s = sentences('Ik betaal een bijdrage. Kan ik die vergoed krijgen?');
    expect(s[0]!.weight).toBeLessThan(s[1]!.weight);
  });

  test.each([
    ['we zijn gehackt, wat moeten we doen', 'nl'],
    ['we have been hacked, what should we do', 'en'],
  ])('guesses the language of "%s"', (text, lang) => {
    expect(guessLanguage(sentences(text).flatMap((s) => s.words.map((w) => w.text)))).toBe(lang);
  });
});

describe('stemming and synonyms', () => {
  test('singular and plural share a stem, also for loanwords', () => {
    expect(stem('webwinkels')).toBe(stem('webwinkel'));
    expect(stem('websites')).toBe(stem('website'));
    expect(stem('subsidies')).toBe(stem('subsidie'));
  });

  test.each([
    ['webshop', 'webwinkel'],
    ['webshops', 'webwinkel'],
    ['KI', 'ai'],
    ['kunstmatige intelligentie', 'ai'],
    ['phising', 'phishing'],
    ['mkb', 'mkb'],
    ['CRM', 'crm'],
    ['omzetbelasting', 'btw'],
  ])('"%s" is read as %s', (word, key) => expect(keys(word)).toContain(key));

  test('English words map to the Dutch keys', () => {
    expect(keys('we need a loan for our web shop')).toEqual(expect.arrayContaining(['lening', 'webwinkel']));
  });

  test('a phrase stands for its words: machine learning is AI, not a machine', () => {
    expect(keys('machine learning')).toEqual(['ai']);
  });

  test('a stem that is a stop word is not used: "overheid" does not match "over"', () => {
    expect(keys('overheid')).not.toContain('over');
  });
});

describe('history', () => {
  test('the words of a phrase of history are marked, the rest of the sentence not', () => {
    const marked = (text: string) =>
      sentences(text).flatMap((s) => s.words.filter((w) => w.notNow).map((w) => w.text));
    expect(
      marked('Vorig jaar hebben we een nieuwe website laten bouwen, maar er komen geen aanvragen binnen.'),
    ).toEqual(expect.arrayContaining(['vorig', 'jaar', 'hebben', 'we', 'website', 'laten', 'bouwen']));
    expect(
      marked('Vorig jaar hebben we een nieuwe website laten bouwen, maar er komen geen aanvragen binnen.'),
    ).not.toContain('aanvragen');
    expect(marked('We hebben net een nieuw CRM laten installeren.')).toContain('installeren');
    expect(marked('We willen een nieuw CRM laten installeren.')).toEqual([]);
    // A website "van jaren terug" is old, not history told.
    expect(marked('Ons restaurant heeft een website van jaren terug.')).toEqual([]);
    expect(marked('Een paar jaar terug hadden we subsidie.')).toContain('terug');
    expect(marked("We've already picked a course for our staff.")).toEqual(
      expect.arrayContaining(['already', 'picked']),
    );
    // How long something has been so, and an offer a supplier made.
    expect(marked('Sinds een paar jaar hebben we een webshop.')).toEqual(
      expect.arrayContaining(['sinds', 'paar', 'jaar']),
    );
    expect(marked('Een bureau wilde onze advertenties doen, maar dat is veel geld.')).toContain('bureau');
    expect(marked('A web agency quoted us 15,000 euros for a webshop.')).toContain('agency');
    expect(marked('We zoeken een bureau dat onze advertenties doet.')).toEqual([]);
    // A supplier paid is no supplier offering: "naar een leverancier wilde overmaken".
    expect(marked('Ze vroeg of ik 900 euro naar een leverancier wilde overmaken.')).toEqual([]);
  });

  test('what is put off is not asked now: "bouwen komt later", "voordat we een bouwer zoeken"', () => {
    const marked = (text: string) =>
      sentences(text).flatMap((s) => s.words.filter((w) => w.notNow).map((w) => w.text));
    expect(marked('Eerst een advies en een klikbaar ontwerp graag, bouwen komt later.')).toEqual(['bouwen']);
    expect(marked('Waar kunnen we eerst advies krijgen voordat we een bouwer zoeken?')).toContain('bouwer');
    expect(marked('Waar kunnen we eerst advies krijgen voordat we een bouwer zoeken?')).not.toContain(
      'advies',
    );
    // What comes once the need now is met.
    expect(marked('Wat kost zoiets straks, als het echt gebouwd moet worden?')).toContain('gebouwd');
    expect(marked('Wat kost het als het echt gebouwd moet worden?')).toEqual([]);
  });

  test('"Bijvraag van de ondernemer: ..." is a secondary need', () => {
    const s = sentences(
      'Ze zoeken hulp bij de opzet van een webshop. Bijvraag van de ondernemer: moet ze iets regelen?',
    );
    expect(s[1]!.weight).toBeLessThan(s[0]!.weight);
  });
});

describe('compounds and typos', () => {
  test('splits a compound against the vocabulary', () => {
    expect(keys('webwinkelsoftware')).toEqual(expect.arrayContaining(['webwinkel', 'software']));
    const parts = keys('storingsmeldingen');
    expect(parts).toContain('storing');
    expect(parts.some((k) => k.startsWith('meld'))).toBe(true);
  });

  test('corrects a typo within the allowed distance and reports it', () => {
    const a = analyzer.analyze('subsidei aanvragen');
    expect(a.tokens.map((t) => t.key)).toContain('subsidie');
    expect(a.corrections).toContainEqual({ from: 'subsidei', to: 'subsidie' });
  });

  test('the parts of a compound before the last are marked as modifiers: webwinkel in webwinkelsoftware', () => {
    const parts = analyzer.analyze('webwinkelsoftware').tokens.filter((t) => t.via === 'compound');
    expect(parts.map((t) => [t.key, t.modifier === true])).toEqual([
      ['webwinkel', true],
      ['software', false],
    ]);
  });

  test('the scheme RAAK is not a form of "raken" (to touch), and an English store is no storing', () => {
    expect(keys('raken')).not.toEqual(keys('raak'));
    expect(analyzer.analyze('our store', { lang: 'en' }).tokens.map((t) => t.key)).not.toContain('storing');
  });

  test('"zekerheden" (collateral) is not "zeker" (sure), though the stemmer makes both "zeker"', () => {
    expect(keys('zekerheden')).not.toEqual(keys('zeker'));
  });

  test('"regelen" (arranging) is not "regels" (rules), though the stemmer makes both "regel"', () => {
    expect(keys('regelen')).not.toEqual(keys('regels'));
  });

  test('a first part with a linking s is read without it: opleidingsprogramma is opleiding + programma', () => {
    // (The verb "opleiden" is known too: "opleidings" must not be read as a form of it.)
    const a = createAnalyzer({ vocabulary: ['opleiden', 'programma'] });
    const keysOf = (w: string) => a.analyze(w, { lang: 'nl' }).tokens.map((t) => t.key);
    expect(keysOf('opleidingsprogramma')).toEqual(
      expect.arrayContaining([...keysOf('opleiding'), 'programma']),
    );
  });

  test('a compound splits on everyday words of the lexicon: robotoplossingen is robot + oplossing', () => {
    expect(keys('robotoplossingen')).toEqual(expect.arrayContaining(['robot', 'oplossing']));
  });

  test('an onderzoeksinstelling is a kennisinstelling, not a form of "instellen"', () => {
    expect(keys('onderzoeksinstelling')).toContain('kennisinstelling');
    expect(keys('onderzoeksinstelling')).not.toContain(keys('instellen')[0]);
  });

  test('does not correct an everyday word into a near one: bestanden stays bestand', () => {
    const near = createAnalyzer({ vocabulary: ['bestaande'] }).analyze('alle bestanden');
    expect(near.corrections).toEqual([]);
    expect(near.tokens.map((t) => t.key)).toContain('bestand');
  });

  test.each([
    ['bestanden', true],
    ['afspraken', true],
    ['bedden', true],
    ['mailtje', true],
    ['subsidei', false],
    ['afsrpaken', false],
  ])('isDictionaryWord(%s) with base forms only is %s', (word, expected) => {
    const words = new Set(['bestand', 'afspraak', 'bed', 'mail', 'subsidie']);
    expect(isDictionaryWord(word, words)).toBe(expected);
  });

  test('a real word of the other language is not read as a typo either', () => {
    const withWords = createAnalyzer({
      vocabulary: ['subsidie'],
      words: { nl: new Set(['subsidie']), en: new Set(['subside']) },
    });
    expect(withWords.analyze('het zal wel subside worden').corrections).toEqual([]);
    expect(withWords.analyze('subsidei aanvragen').corrections).toHaveLength(1);
  });

  test('a real Dutch word is not read as a typo of a near word; a misspelling still is', () => {
    const withWords = createAnalyzer({
      vocabulary: ['bouwen', 'subsidie'],
      words: { nl: new Set(['brouwen', 'subsidie', 'bouwen']) },
    });
    expect(withWords.analyze('we brouwen bier').corrections).toEqual([]);
    expect(withWords.analyze('subsidei aanvragen').corrections).toContainEqual({
      from: 'subsidei',
      to: 'subsidie',
    });
  });

  test.each([
    ['bijwerken', true],
    ['nabestellen', true],
    ['orderportaal', true],
    ['orderpieken', true],
    ['volgend', true],
    ['blijft', true],
    ['wordpres', false],
    ['webwinkle', false],
    ['ordrportaal', false],
  ])(
    'isDictionaryWord(%s): separable verbs, compounds of listed words, participles and -t forms',
    (word, expected) => {
      const words = new Set([
        'werken',
        'bestellen',
        'order',
        'portaal',
        'piek',
        'volgen',
        'blijven',
        'word',
        'pres',
        'web',
        'winkel',
      ]);
      expect(isDictionaryWord(word, words)).toBe(expected);
    },
  );

  test.each([
    ['supplies', true],
    ['taking', true],
    ['overrunning', true],
    ['inspections', true],
    ['staff', false],
    ['suplies', false],
  ])('isDictionaryWord(%s) in English with base forms only is %s', (word, expected) => {
    const words = new Set(['supply', 'take', 'overrun', 'inspection', 'stuff']);
    expect(isDictionaryWord(word, words, 'en')).toBe(expected);
  });

  test('a real English word is not read as a typo of a near one; a misspelling still is', () => {
    const withWords = createAnalyzer({
      vocabulary: ['staff', 'supplier'],
      words: { en: new Set(['stuff', 'staff', 'supplier', 'supply']) },
    });
    expect(withWords.analyze('a lot of repetitive stuff for the team', { lang: 'en' }).corrections).toEqual(
      [],
    );
    expect(withWords.analyze('we buy office supplies', { lang: 'en' }).corrections).toEqual([]);
    expect(withWords.analyze('looking for a new suplier', { lang: 'en' }).corrections).toContainEqual({
      from: 'suplier',
      to: 'supplier',
    });
  });

  test('building a mailing list or an audience is marketing, not building software', () => {
    const keysOf = (text: string) => analyzer.analyze(text, { lang: 'en' }).tokens.map((t) => t.key);
    expect(keysOf('how to build a mailing list')).toContain('marketing');
    expect(keysOf('how to build a mailing list')).not.toContain(keysOf('build')[0]);
  });

  test('data of something, in one word whose first part only the dictionary knows, is data', () => {
    const a = createAnalyzer({
      vocabulary: ['gegevens'],
      words: { nl: new Set(['behandel', 'aankoop', 'reis', 'bureau']) },
    });
    const keysOf = (w: string) => a.analyze(w, { lang: 'nl' }).tokens.map((t) => t.key);
    expect(keysOf('behandelgegevens')).toContain('data');
    expect(keysOf('aankoopsgegevens')).toContain('data');
    // Only data: "reisbureau" is the firm, not an agency asked for.
    expect(keysOf('reisbureau')).toEqual(['reisbureau']);
    // Without a dictionary no first part is known, and the word stays whole.
    expect(analyzer.analyze('behandelgegevens', { lang: 'nl' }).tokens.map((t) => t.key)).not.toContain(
      'data',
    );
  });

  test('a permit of something, in one word whose first part only the dictionary knows, is a permit', () => {
    const a = createAnalyzer({ vocabulary: ['vergunning'], words: { nl: new Set(['terras']) } });
    expect(a.analyze('terrasvergunning aanvragen', { lang: 'nl' }).tokens.map((t) => t.key)).toContain(
      'vergunning',
    );
  });

  test('a machine of something, also after a verb\'s stem: "spuitgietmachines"', () => {
    const a = createAnalyzer({ vocabulary: [], words: { nl: new Set(['spuitgieten', 'pons']) } });
    const keysOf = (w: string) => a.analyze(w, { lang: 'nl' }).tokens.map((t) => t.key);
    expect(keysOf('spuitgietmachines')).toContain('machine');
    expect(keysOf('ponsmachines')).toContain('machine');
  });

  test('a past participle reads as its verb, marked as history: "getraind", "geschoold", "geinstalleerd"', () => {
    const a = createAnalyzer({ vocabulary: ['trainen', 'scholen', 'installeren'] });
    const token = (w: string) => a.analyze(w, { lang: 'nl' }).tokens[0]!;
    expect(token('getraind').key).toBe(token('trainen').key);
    expect(token('geschoold').key).toBe(token('scholen').key);
    expect(token('geinstalleerd').key).toBe(token('installeren').key);
    expect(token('geinstalleerd').notNow).toBe(true);
    expect(token('installeren').notNow).toBeUndefined();
  });

  test('a phrase also matches with its last word in the plural: "guarantee schemes", "research partners"', () => {
    const keysOf = (text: string) => analyzer.analyze(text, { lang: 'en' }).tokens.map((t) => t.key);
    expect(keysOf('guarantee schemes')).toEqual(keysOf('guarantee scheme'));
    expect(keysOf('research partners')).toEqual(keysOf('research partner'));
  });

  test('"put together" is making something, not working together', () => {
    const keysOf = (text: string) => analyzer.analyze(text, { lang: 'en' }).tokens.map((t) => t.key);
    expect(keysOf('every quote is put together by hand')).not.toContain(keysOf('together')[0]);
  });

  test('a present-tense -t and a diminutive read as the word they are formed from', () => {
    // With the dictionary guard, no typo correction does this for them.
    const a = createAnalyzer({
      vocabulary: ['beheer', 'dashboard'],
      words: { nl: new Set(['beheer', 'beheren', 'dashboard']) },
    });
    const key = (w: string) => a.analyze(w).tokens.map((t) => t.key);
    expect(key('beheert')).toEqual(key('beheer'));
    expect(key('dashboardje')).toEqual(key('dashboard'));
  });

  test('leaves short words alone', () => {
    expect(analyzer.analyze('klnt').corrections).toEqual([]);
  });

  test.each([
    ['webwinkel', 'webwinkle', 2, 1],
    ['subsidie', 'subsidei', 2, 1],
    ['klant', 'klant', 1, 0],
    ['storing', 'melding', 1, 2],
  ])('editDistance(%s, %s) within %i is %i', (a, b, max, d) => expect(editDistance(a, b, max)).toBe(d));
});
