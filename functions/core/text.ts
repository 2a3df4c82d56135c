/**
 * Plain text handling shared by the question analyser and the directory index: folding,
 * word splitting, sentence splitting, stop words and a cheap language guess.
 */
import type { Lang } from './stem.ts';

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, accents removed ("Fryslân" → "fryslan"), typographic quotes made plain. */
export function fold(text: string): string {
  // Plain ASCII (most questions) has no accents to remove: the backtick is its only quote.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'");
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`´]/g, "'");
}

/** A word as found in the text, with the sentence it belongs to. */
export interface Word {
  /** Folded form, e.g. "webwinkel", "3d", "e-mail" becomes "email". */
  text: string;
  /** Index of the sentence (0-based). */
  sentence: number;
  /**
   * Not asked now: inside a phrase of history ("vorig jaar hebben we een website laten bouwen",
   * HISTORY) or put off ("bouwen komt later").
   */
  notNow?: true;
}

/** A sentence and how much its words count: later "daarnaast ..." clauses count half. */
export interface Sentence {
  words: Word[];
  weight: number;
  /** The owner's description of their own firm (SELF): "I own a joinery workshop". */
  self?: true;
}

// Words that open a secondary need ("Daarnaast wil ik weten ...", "En moet ik ...").
const SECONDARY_OPENERS = new Set([
  'daarna',
  'daarnaast',
  // "Bijvraag van de ondernemer: ..."
  'bijvraag',
  'verder',
  'bovendien',
  'tevens',
  'ook',
  'en',
  'plus',
  'also',
  'besides',
  'additionally',
  'and',
  'furthermore',
  'oh',
  'o',
  'ps',
  'trouwens',
  'overigens',
  'anyway',
]);

const WORD = /[a-z0-9]+(?:[&'.][a-z0-9]+)*/g;

/** Joins what people write with a hyphen or a dot inside a term: e-mail, e.g. a.i., r&d. */
function normaliseWord(raw: string): string[] {
  if (!raw.includes("'") && !raw.includes('.') && !raw.includes('&')) return [raw];
  const w = raw.replace(/'s$/, '').replace(/'/g, '');
  if (w === 'r&d') return ['rd'];
  if (/^([a-z]\.)+[a-z]?$/.test(w)) return [w.replace(/\./g, '')];
  if (w.includes('&')) return w.split('&').filter(Boolean);
  if (w.includes('.')) return w.split('.').filter(Boolean);
  return [w];
}

// A later step ("..., en daarna zoeken we een bouwer") is a secondary need too.
const LATER_STEP = /,?\s+(?:en\s+)?(?:daarna|vervolgens|later|and then|afterwards)\s+/g;
// A need put off ("subsidie, maar dat komt later wel") counts as a secondary one; marked before
// LATER_STEP would read its "later" as the start of a next step. So does an adviser's own guess
// ("Ik dacht zelf aan een subsidie, maar ..."): the owner's need is what follows.
const DEFERRED =
  /\b(?:dacht zelf (?:eerst )?aan|zelf dacht ik (?:eerst )?aan|komt later|later wel|voor later|van later zorg|nu niet belangrijk|regelt de boekhouder|regelen we zelf|maybe later|for later|later on)\b|(?:^|(?<=[.!?(]\s*))later (?=willen|wil|misschien|eventueel|we|i)/g;
// Characters that mark a clause for the loop in sentences(): a need put off, a turn to the need
// now within the sentence, and one at the start of a sentence.
const MARK = {
  deferred: '\u0002',
  pivot: '\u0001',
  pivotStart: '\u0003',
  quoted: '\u0004',
  condition: '\u0005',
} as const;
const DEFERRED_MARK = ` ${MARK.deferred} `;
// What is put off: the words just before the mark ("het bouwen komt later").
const PUT_OFF = new RegExp(`(?:[a-z0-9]+ ){0,1}[a-z0-9]+ (?= ${MARK.deferred})`, 'g');

// What comes after finding out: "voordat we een bouwer zoeken", "before we hire a developer"; also
// told of a client ("voordat ze bij een webbureau aanklopt", "before they hire an agency").
const BEFORE_WE = /\b(?:voordat|before) (?:we|wij|ik|i|ze|zij|hij|they|she|he)\b(?: [a-z0-9']+){1,5}/g;
// What comes once the need now is met: "wat kost zoiets straks, als het echt gebouwd moet worden".
const ONCE = /\b(?:straks|later|zodra|once)\b,? (?:als|wanneer|it|we|het)\b[^.?!;\n]*/g;

/** Whether `text` contains any of `words`: the cheap test before a rewrite or a span search. */
function includesAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

/** Where `pattern` (global) matches in `text`, as [start, end). */
function spans(text: string, pattern: RegExp): Array<readonly [number, number]> {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const);
}
// A turn to the need now ("..., maar nu willen we", "..., maar eerst willen we weten"): what
// came before is history or for later.
const PIVOT = /,?\s+(?:maar|but)\s+(?:nu|now|eerst|first)\s+/g;
// The same turn to a question ("Er belde al een websitebouwer, maar wat is eigenlijk een goed
// plan?"): what came before is the story around it.
const PIVOT_QUESTION = /,?\s+(?:maar|but)\s+(?=(?:wat|hoe|welke|waar|what|how|which|where)\b[^.!;\n]*\?)/g;
const PIVOT_MARK = `\n${MARK.pivot} `;
const PIVOT_START_MARK = `\n${MARK.pivotStart} `;
// A sentence that opens with a need now ("Nu zoeken we een bouwer", "Now we need a company
// that ...", "Het gaat mij nu om ...", after a story "Eerst wil ik weten wat slim is") or with
// what is really wanted ("Eigenlijk wil ik gewoon ...") turns to it in the same way; "Nu belt de
// leverancier ..." goes on with the story.
const PIVOT_START =
  /([.!?;])\s+(nu|now|eerst|first|eigenlijk|actually|het gaat (?:mij|ons) nu(?: alleen| vooral)?)\s+(?=om\b|(?:wil|willen|zoek|zoeken|moet|moeten|hebben we|heb ik|we need|we want|i need|i want|we are looking|we're looking|we'd like|we would like)\b)/g;
// A need announced after the story ("Wat ik wil: ...", "Waar ik hulp bij zoek: ...", "Waar we nu
// mee zitten: ...", "What we need: ..."): the same turn to the need now.
const ANNOUNCED =
  /([.!?;])\s+((?:wat|waar) (?:ik|we|wij) (?:[a-z]+ ){0,3}(?:wil|willen|zoek|zoeken|nodig heb|nodig hebben)|waar (?:ik|we|wij) (?:nu )?(?:mee zit|mee zitten|tegenaan loop|tegenaan lopen)|what (?:i|we) (?:want|need|am looking for|are looking for))\s*:\s*/g;

// The owner saying which need matters most ("..., maar het belangrijkste is ...", "Mijn echte
// vraag: ...", "wat ik nu vooral wil weten: ...", "Nu is vooral de vraag: ..."): the same turn to
// the need now. Also what the owner says they lack ("What we really lack is insight: ...").
const PRIORITY =
  /([.!?;,])\s+(?:maar\s+)?(het belangrijkste(?: is)?(?: eigenlijk)?|mijn (?:echte|eigenlijke|belangrijkste) vraag(?: is)?|(?:wat|waar) ik (?:nu )?vooral (?:wil weten|mee zit)|wat (?:hij|zij|ze) eigenlijk (?:wil|zoekt)(?: is)?|nu is vooral de vraag|(?:the )?most important(?:ly)?(?: is)?|my (?:real|main) question(?: is)?|what i (?:really|mainly) want to know|what (?:i|we) (?:really |mainly )?lack(?: is)?)\b\s*:?\s*/g;

// Help of long ago or already had ("vorig jaar", "twee jaar geleden", "onze vorige programmeur",
// "we hebben subsidie toegezegd gekregen", "deels met WBSO ontwikkeld"), money already arranged
// ("is rond, daar gaat het niet om"), a scheme that has stopped, and a course already followed
// ("ik heb een cursus Instagram-marketing gevolgd", "I did a course on ...") are history: that
// sentence counts half.
// Not last week's or last month's: an incident is told in the past tense too ("vorige maand kreeg
// ik een mail ..."). A supplier's offer or visit ("een leverancier van bouwsoftware kwam langs
// maar wilde ...") only when the supplier is no payee ("of ze 4.800 euro naar een leverancier
// wilde overmaken").
const HISTORY =
  /\b(?:vorig jaar|(?:jaar|jaren) geleden|sinds (?:een )?(?:paar|twee|drie|vier|vijf|\d+) jaar|(?<!\b(?:naar|aan|to) (?:een |de |het |onze |ons |a |the |our )?)(?:bureau|leverancier|bouwer|webbouwer|ontwikkelaar|agency|supplier|developer)(?: [a-z]+){0,3}? (?:wilde|bood|offreerde|kwam langs|langs|offered|wanted|quoted|came by)|(?:paar|twee|drie|vier|vijf|\d+) (?:jaar|jaren) terug|(?:(?:hebben|heb|hadden|had) (?:we|wij|ik)|(?:we|wij|ik) (?:hebben|heb|hadden|had)) (?:net |pas |onlangs |recent )?(?:[a-z0-9-]+ ){0,5}laten (?:bouwen|maken|ontwikkelen|installeren|implementeren|koppelen|inrichten|programmeren|ontwerpen)|(?:we|i) (?:have|had|'ve) (?:just |recently )?had (?:[a-z0-9-]+ ){0,5}(?:built|made|developed|installed|implemented|connected)|destijds|vroeger|ooit|(?:is|zijn) (?:dus |al )?(?:geregeld|rond)|(?:regeling|subsidie|voucher)(?: [a-z]+){0,6} gestopt|daar gaat het (?:dus )?niet om|(?:onze|ons|mijn) vorige|(?:subsidie|voucher|lening)(?: toegezegd| al)? (?:gehad|gekregen|toegekend|ontvangen)|met (?:de |een )?(?:[a-z]+ )?[a-z]*(?:wbso|subsidie|voucher)(?: [a-z]+){0,3} (?:ontwikkeld|gebouwd|gemaakt|betaald|gefinancierd|laten bouwen|laten maken)|al (?:[a-z]+ ){0,3}(?:gemaakt|gebouwd|uitgezocht|gekozen)|(?:cursus|training|opleiding|workshop|webinar)(?: [^\s,;]+){0,6} (?:gevolgd|gedaan|afgerond)|last year|last summer|years? ago|previously|used to|our previous|already made|already built|already chose|already chosen|already picked|already selected|already booked|(?:took|did|followed|completed|finished) (?:an? |the |some )?(?:[a-z']+ ){0,4}(?:course|training|workshop)s?|in (?:19|20)\d\d (?:hebben|heb|hadden|had|zijn|waren|was) (?:we|wij|ik)|(?:back )?in (?:19|20)\d\d (?:we|i) (?:had|built|bought|got|hired|made|started))\b/;
const HISTORY_ALL = new RegExp(HISTORY.source, 'g');
// What works fine ("Onze praktijksoftware is prima", "de kassa's werken prima", "we are happy
// with our supplier") is context, not the need: that sentence counts half, as history does.
const SATISFIED =
  /\b(?:(?:werkt|werken|draait|draaien|loopt|lopen)(?: (?!niet\b|not\b)[a-z]+){0,2} (?:prima|uitstekend|naar tevredenheid)|(?:onze|ons|mijn|our|my) [a-z]+ (?:is|zijn) (?:echt |gewoon )?prima|(?:zijn|ben) (?:we |wij |ik )?(?:er )?(?:heel |erg |best |zeer )?tevreden|(?:it|everything|our [a-z]+) works? (?:fine|well)|(?:we are|we're|i am|i'm) happy with)\b/;

// The advisers who write for a client ("Ik ben adviseur bij de KVK", "Als accountmanager bij de
// bank heb ik een klant").
const ADVISER =
  'adviseur|ondernemersadviseur|bedrijfsadviseur|accountmanager|account manager|adviser|advisor|consultant|accountant|boekhouder';
// Where advisers work, as they say it ("Ik ben van de KVK", "I'm from the municipality").
const ADVISER_ORG =
  'kvk|kamer van koophandel|chamber of commerce|rabobank|bank|gemeente|municipality|provincie|province';
// Numbers of people, in words, as owners write the size of their firm.
const NUMBER_WORDS = 'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf';
// How a firm's size is counted: "12 medewerkers", "7 people".
const STAFF = 'man|mensen|medewerkers|werknemers|fte|people|staff|employees';
// The owner saying who they are ("Wij zijn een fietsenwinkel met eigen werkplaats, ...", "Ons
// adviesbureau (subsidieadvies, 12 man) ...", "I sell online language courses ...") tells the
// trade, not the need: that opening clause counts half. So does an adviser saying where they work
// ("Ik ben adviseur bij de KVK", "Ik ben KVK-adviseur", "I work at Rabobank", "Als accountmanager
// bij de bank ...", "Namens onze brancheorganisatie: ...", "Vanuit de KVK verwijs ik een klant door:
// ..."). So does a note that opens with the trade and its size
// ("grafisch ontwerpbureau, 3 man.", "Schoonmaakbedrijf met 45 medewerkers."), and one that opens
// with the firm and its size ("Our translation agency in The Hague has 7 people.").
// Not "we hebben een ...": that is as often the problem itself.
const SELF = new RegExp(
  `^(?:(?:(?:wij|we|ik|i|(?:mijn|my) [a-z]+ (?:en|and) (?:ik|i)) (?:zijn|ben|run|runnen|are|am|own)|we're|i'm) (?:een|a|an) [^,;]*?(?=,| en | and |$)|(?:wij|we|ik|i) (?:verkopen|verkoop|sell) [^,;]+?(?=,| en | and |$)|(?:ons|onze|mijn|our|my) [a-z]+ \\([^)]*\\)|(?:ons|onze|mijn|our|my) (?:[a-z&'-]+ ){0,2}[a-z&'-]+(?: in [a-z' ]{2,30}?)? (?:has|heeft|employs) (?:\\d+|${NUMBER_WORDS}) (?:${STAFF})\\b|(?:(?:ik ben|i am|i'm|im) (?:een |an? )?(?:${ADVISER})|(?:ik|i) (?:werk|work)|als (?:een )?(?:${ADVISER})) (?:bij|at|for) [^,;]*?(?=,| en | and |$)|(?:ik ben|i am|i'm|im) (?:van|from) (?:de |het |the )?(?:${ADVISER_ORG})\\b[^,;]*?(?=,| en | and |$)|(?:ik ben|i am|i'm|im) (?:een |an? )?(?:${ADVISER_ORG})[ -]?(?:${ADVISER})\\b[^,;]*?(?=,| en | and |$)|(?:we|wij) zijn met z'?n (?:tweeen|drieen|vieren|vijven|zessen|zevenen|achten|\\d+)(?:, [^,;]+?(?=,| en | and |$))?|(?:namens|on behalf of) [^,:;]*?(?=:)|(?:(?:vraag|doorverwezen|doorgestuurd|question|referred) )?(?:via|vanuit|through) (?:de |het |the )?(?:${ADVISER_ORG}|rabo|ondernemersloket|accountant)\\b[^,:;]*?(?=:)|(?:[a-z&'-]+ ){0,3}[a-z&'-]+(?=, (?:\\d+|${NUMBER_WORDS}) (?:${STAFF}|ppl)\\b| teamgrootte\\b| met (?:\\d+|${NUMBER_WORDS}) (?:medewerkers|werknemers)\\b))`,
);

// A question that weighs options ("Moeten we een app laten maken of is een bestelpagina genoeg?",
// "Should we build it or buy it?"): the owner is choosing, not ordering. Such a sentence gets the
// word CHOICE_WORD, which kinds.ts reads as orientation.
const CHOICE =
  /^(?:moeten|moet|is het beter|kunnen we beter|kan ik beter|heeft het zin|is het zinvol|should|is it better|does it make sense|is it worth)\b[^?]*\b(?:of|or)\b[^?]*\?$/;
export const CHOICE_WORD = 'keuzevraag';

// What customers or staff are quoted saying ("klanten bellen: 'is mijn fiets al klaar?'") is
// not the owner's question: words of two or more between quotes, a clause of their own. Not an
// article and a noun: "een WhatsApp van 'de directeur'" names someone, it quotes nobody.
const QUOTED = /(^|\s)['"](?!(?:de|het|een|the|a|an) [^'"\s]+['"])([^'"\n]*\s[^'"\n]*)['"](?=[\s.,!?;:)]|$)/g;
// What customers ask, told in reported speech ("Klanten bellen steeds of hun schoenen al klaar
// zijn", "klanten bellen de hele dag om te vragen of hun fiets al klaar is"), is their question
// too, not the owner's: from "of" to the end of the sentence, a quoted clause.
const REPORTED =
  /\b((?:klanten|mensen|gasten|patienten|cliënten|clienten|customers|guests)(?: [a-z]+){0,2} (?:bellen|vragen|appen|mailen|call|ask)(?: [a-z]+){0,6}?) ((?:of|whether|if) [^.?!;\n]*)/g;
/** How much a quoted clause counts; the roles of classify-question.ts need more. */
export const QUOTED_WEIGHT = 0.1;

// A question that ends in a condition ("Wie betaalt er mee als ik mijn verkopers een cursus laat
// volgen?"): the main clause asks, the condition tells the situation, and counts half.
const CONDITION = /([^.?!;\n]*[a-z0-9])\s+((?:als|indien|wanneer|if) (?:ik|we|wij|je|i)\b[^.?!;\n]*\?)/g;

// How many people the firm has, in numbers ("we zijn met 6 man", "met twaalf mensen"): one word
// of the teamgrootte group (synonyms.ts), so that "we zijn met" reads as no group of firms.
const TEAM_SIZE = new RegExp(`\\bmet (?:\\d+|${NUMBER_WORDS}) (?:man|mensen)\\b`, 'g');
// Three or more other firms counted ("met een stuk of zes andere webwinkels", "wij en vijf andere
// installatiebedrijven", "met vijf agrifood-bedrijven"): a group of peers, written with the group
// term "als groep". (Not "samen met twee andere bedrijven": a joint project of a few firms is a
// grant's, as rule 7 says.)
const THREE_OR_MORE = `[3-9]|\\d\\d+|${NUMBER_WORDS.replace('twee|', '')}`;
const OTHERS = new RegExp(
  `\\b(?:een stuk of |nog )?(?:${THREE_OR_MORE}) (?:andere [a-z]+(?:ers|s|en)|[a-z-]*(?:bedrijven|ondernemers|ondernemingen))\\b`,
  'g',
);
// A number of firms of one trade ("We zijn zeven fruittelers", "wij zijn acht bakkers"): a group
// of peers, written as the group term "we zijn met" (not a firm's size, which TEAM_SIZE took).
const PEERS = new RegExp(
  `\\b((?:we|wij) zijn) ((?:\\d+|${NUMBER_WORDS}) (?!(?:man|mensen|medewerkers|werknemers|personen|broers|zussen|vennoten|eigenaren)\\b)[a-z]+(?:ers|s)\\b)`,
  'g',
);

// A business the owner took over ("ik heb de drukkerij van mijn vader overgenomen", "heb hem
// samen met mijn vriendin overgenomen"): succession, where an account or the control taken over
// by someone is a hack.
const TAKEN_OVER =
  /\b((?:heb|hebben|had|hadden)\b(?:(?!\b(?:account|accounts|mail|email|computer|computers|website|site|instagram|facebook|telefoon|pc|laptop|controle|systeem|server)\b)[^.?!;\n]){0,60}?)\bovergenomen\b/g;

const GREETING =
  /^\s*(?:hi|hoi|hallo|hello|hey|goedemorgen|goedemiddag|goedenavond|good morning|good afternoon|beste [a-z]+|dear [a-z]+)\s*[,!.]?\s+/;

// Words that make a clause an aside wherever they stand.
const ASIDE = /\b(?:trouwens|overigens|by the way)\b/;

/** How much a plain statement counts when the text also asks an explicit question. */
const STATEMENT_WEIGHT = 0.75;

/**
 * Splits text into sentences of folded words. When the text asks a question ("?"), statements
 * around it count a little less: "Voor de werkplaats betaal ik een bijdrage. Kan ik die vergoed
 * krijgen?" asks about the money.
 */
export function sentences(text: string): Sentence[] {
  // Each rewrite runs only when the words it needs occur: most questions need none of them.
  // A greeting is no part of the question: "Hi, we are a translation agency ...".
  let folded = fold(text).replace(GREETING, '');
  const has = (...words: string[]) => includesAny(folded, words);
  // "e-mail", "e-commerce", "e-learning": one word.
  if (has('e-')) folded = folded.replace(/\be-(?=[a-z])/g, 'e');
  if (has(' man', ' mensen')) folded = folded.replace(TEAM_SIZE, 'teamgrootte');
  if (has('we zijn', 'wij zijn')) folded = folded.replace(PEERS, '$1 met $2');
  if (has(' andere ', 'bedrijven', 'ondernemers', 'ondernemingen'))
    folded = folded.replace(OTHERS, '$& als groep');
  if (has('overgenomen')) folded = folded.replace(TAKEN_OVER, '$1opvolging');
  // A "son-in-law" is family, not law.
  if (has('-in-law')) folded = folded.replace(/-in-laws?\b/g, '');
  // Numbers with thousand separators: "30.000" is one number.
  if (has('.', ',')) folded = folded.replace(/(\d)[.,](\d{3})\b/g, '$1$2');
  if (has('later', 'niet belangrijk', 'boekhouder', 'zelf')) folded = folded.replace(DEFERRED, DEFERRED_MARK);
  if (has('daarna', 'vervolgens', 'later', 'then', 'afterwards'))
    folded = folded.replace(LATER_STEP, '\n daarna ');
  if (has('maar', 'but'))
    folded = folded.replace(PIVOT, `${PIVOT_MARK}nu `).replace(PIVOT_QUESTION, PIVOT_MARK);
  if (has('nu', 'now', 'eerst', 'first', 'eigenlijk', 'actually'))
    folded = folded.replace(PIVOT_START, `$1${PIVOT_START_MARK}$2 `);
  if (has(':')) folded = folded.replace(ANNOUNCED, `$1${PIVOT_START_MARK}$2 `);
  if (has('belangrijkste', 'vraag', 'vooral', 'eigenlijk', 'important', 'question', 'want to know', 'lack'))
    folded = folded.replace(PRIORITY, `$1${PIVOT_START_MARK}$2 `);
  if (has("'", '"')) folded = folded.replace(QUOTED, `$1\n${MARK.quoted} $2\n`);
  if (has(' of ', ' whether ', ' if ')) folded = folded.replace(REPORTED, `$1\n${MARK.quoted} $2\n`);
  if (has('als ', 'indien ', 'wanneer ', 'if '))
    folded = folded.replace(CONDITION, `$1? ${MARK.condition} $2`);
  const out: Sentence[] = [];
  let index = 0;
  const parts = folded.split(/(?<=[?!;])|[.\n]+(?=\s|$)|\n/);
  // A quoted question is not the owner asking.
  const asks = parts.some((p) => p.trim().endsWith('?') && !p.includes(MARK.quoted));
  for (const whole of parts) {
    const self = SELF.exec(whole.trim());
    const pieces = self ? [self[0], whole.trim().slice(self[0].length)] : [whole];
    for (const [at, part] of pieces.entries()) {
      const selfClause = self !== null && at === 0;
      // The phrases of history in it and what is put off, as [start, end) in `part`; most
      // clauses have none.
      const past = HISTORY.test(part) ? spans(part, HISTORY_ALL) : [];
      const later = [
        ...(part.includes(MARK.deferred) ? spans(part, PUT_OFF) : []),
        ...(includesAny(part, ['voordat', 'before']) ? spans(part, BEFORE_WE) : []),
        ...(includesAny(part, ['straks', 'zodra', 'once', 'later']) ? spans(part, ONCE) : []),
      ];
      const notNow = later.length > 0 ? [...past, ...later] : past;
      const words: Word[] = [];
      if (notNow.length === 0) {
        for (const r of part.match(WORD) ?? [])
          for (const w of normaliseWord(r)) words.push({ text: w, sentence: index });
      } else {
        for (const r of part.matchAll(WORD)) {
          const inNotNow = notNow.some(([s, e]) => r.index >= s && r.index < e);
          for (const w of normaliseWord(r[0]))
            words.push(inNotNow ? { text: w, sentence: index, notNow: true } : { text: w, sentence: index });
        }
      }
      if (words.length === 0) continue;
      const clause = part.trim();
      // (Also after an opening phrase: "boekwinkel hier, moeten we nou een webshop beginnen of niet?")
      const comma = clause.indexOf(', ');
      if (CHOICE.test(clause) || (comma > 0 && CHOICE.test(clause.slice(comma + 2))))
        words.push({ text: CHOICE_WORD, sentence: index });
      const first = words[0]!.text;
      // (The rest of a sentence after its self-description opens with "en": not a new need.)
      const opener = index > 0 && at === 0 && SECONDARY_OPENERS.has(first);
      // An aside in brackets ("(Als daar ook subsidie voor is, hoor ik het graag.)") or one
      // with "trouwens" anywhere ("Kost zoiets trouwens veel?") too.
      const secondary =
        opener ||
        clause.includes(MARK.deferred) ||
        clause.startsWith(MARK.condition) ||
        (at === 0 && clause.startsWith('(')) ||
        ASIDE.test(clause);
      const statement = asks && !clause.endsWith('?');
      // After a turn to the need now, what came before counts half: the clause before "maar
      // nu" in the same sentence, or every sentence before one that opens with "Nu zoeken we".
      if (clause.startsWith(MARK.pivot) && out.length > 0) out[out.length - 1]!.weight *= 0.5;
      if (clause.startsWith(MARK.pivotStart)) for (const s of out) s.weight *= 0.5;
      const history = past.length > 0 || SATISFIED.test(clause);
      const quoted = clause.includes(MARK.quoted);
      const sentence: Sentence = {
        words,
        weight: quoted
          ? QUOTED_WEIGHT
          : (secondary || selfClause || history ? 0.5 : 1) * (statement ? STATEMENT_WEIGHT : 1),
      };
      if (selfClause) sentence.self = true;
      out.push(sentence);
      index++;
    }
  }
  return out;
}

/** Dutch stop words: not indexed, not used as evidence, never typo-corrected. */
export const STOPWORDS_NL: ReadonlySet<string> = new Set(
  `aan al alle alleen als alsjeblieft altijd ben bij bijvoorbeeld daar daarbij daarmee daarom dan dat de deze die dit doe doen door dus echt een eens eigen eigenlijk en er erg even gaan gaat geen graag had heb hebben heeft hem hen het hier hij hoe hun ik in is ja je jij jou jullie kan kun kunnen maar me meer men met mij mijn mogelijk moet moeten mogen na naar net niet niets nog nu of om omdat onder ons onze ook op over per pas te tot twee u uit uw van veel voor waar wanneer want was wat we wel welk welke werd wie wij wil willen word wordt worden zal ze zeer zelf zich zij zijn zo zoals zonder zou zouden zo'n zon iets iemand enkele heel nou al hier daar welke wat waarom hoeveel ieder elke elk vanuit tussen binnen via dat die nodig krijgen kunnen hebben steeds vaak soms sinds toe weer vanaf jaar`.split(
    /\s+/,
  ),
);

/** English stop words. */
export const STOPWORDS_EN: ReadonlySet<string> = new Set(
  `a about all also am an and any are as at be been but by can could do does doing for from get got had has have how i if in into is it its just like me more my no not now of on or our ours out please so some than that the their them then there these they this to too up us very was we were what when where which who why will with would you your yours there's we're we'd we'll it's i'm i'd i've don't doesn't can't cannot should want need`.split(
    /\s+/,
  ),
);

// Words that occur only in one of the two languages, to guess the language of a question.
const NL_MARKERS = new Set(
  'de het een en ik wij we je jij is zijn van voor met op niet wat hoe waar kan kunnen moet willen wil onze ons mijn ook maar naar heeft hebben dat die dit er bij aan om te ja nee graag welke wie'.split(
    ' ',
  ),
);
const EN_MARKERS = new Set(
  'the a an and i we you is are for with on not what how where can could should want our my also but to have has that this there do does it be'.split(
    ' ',
  ),
);

/**
 * Guesses whether a text is Dutch or English from its function words. When they do not decide
 * (a note without any: "clicked link in fake bank email. help?"), `known` may: it tells of a word
 * whether it is a word of that language, and the language with more words of its own wins. Dutch
 * when still unsure.
 */
export function guessLanguage(words: readonly string[], known?: (word: string, lang: Lang) => boolean): Lang {
  let nl = 0;
  let en = 0;
  for (const w of words) {
    if (NL_MARKERS.has(w)) nl++;
    if (EN_MARKERS.has(w)) en++;
  }
  if (nl === en && known) {
    for (const w of words) {
      const inNl = known(w, 'nl');
      const inEn = known(w, 'en');
      if (inNl && !inEn) nl++;
      if (inEn && !inNl) en++;
    }
  }
  return en > nl ? 'en' : 'nl';
}
