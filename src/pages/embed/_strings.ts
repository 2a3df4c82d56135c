/**
 * The few strings only the embeddable finder uses; everything else comes from src/i18n. They live
 * here because src/i18n belongs to the site team: move them into nl.ts/en.ts (key `embed`) when
 * convenient. The underscore keeps Astro from making a page of this file.
 */
import type { Lang } from '../../i18n/index.ts';

const strings = {
  nl: {
    title: 'Vind hulp bij digitaliseren',
    intro: 'Van het Digitaal Ondernemersloket, de landelijke gids voor digitale hulp aan het mkb.',
    newTab: 'Links openen het loket in een nieuw tabblad.',
    finderHeading: 'Werkplaats in de buurt',
    questionHeading: 'Stel je vraag',
    answersHeading: 'Hier kun je terecht',
    noAnswers: 'We vonden geen passende hulp. Probeer het met andere woorden.',
    toLoket: 'Naar het Digitaal Ondernemersloket',
    pageTitle: 'De vinder op je eigen website',
    pageDescription:
      'Zet de zoekfunctie van het Digitaal Ondernemersloket op je eigen website met één regel HTML: postcode zoeken en vragen stellen, met dezelfde antwoorden als het loket.',
    pageIntro:
      'Gemeenten, brancheverenigingen, banken en andere intermediairs kunnen de vinder van het loket op hun eigen website zetten. Bezoekers zoeken daar een werkplaats op postcode of stellen hun vraag, en krijgen dezelfde antwoorden als op het loket.',
    snippetHeading: 'De code',
    snippetIntro: 'Plak deze regel HTML op de plek waar de vinder moet staan:',
    snippetResize:
      'Wil je dat de hoogte zich aanpast aan de inhoud? Zet dan ook deze regel op de pagina. Zonder dit script werkt de vinder ook; hij krijgt dan een vaste hoogte met een schuifbalk.',
    whyHeading: 'Waarom een iframe?',
    why: [
      'Werkt op sites met een strenge Content-Security-Policy: je hoeft alleen dit adres toe te staan in frame-src. Geen script, geen stylesheet en geen API-toegang van jouw site naar de onze.',
      'De vinder neemt geen stijlen van je site over en verandert niets aan je site: de iframe is een eigen document.',
      'Werkt ook zonder JavaScript, en met het toetsenbord: Tab gaat de vinder in en weer uit.',
      'Kies de taal met taal=nl of taal=en in het adres.',
    ],
    previewHeading: 'Zo ziet het eruit',
    frameTitle: 'Digitaal Ondernemersloket: vind hulp bij digitaliseren',
  },
  en: {
    title: 'Find help going digital',
    intro: 'From the Digitaal Ondernemersloket, the national guide to digital help for small businesses.',
    newTab: 'Links open the loket in a new tab.',
    finderHeading: 'Workshop near you',
    questionHeading: 'Ask your question',
    answersHeading: 'Where you can go',
    noAnswers: 'We found no matching help. Try other words.',
    toLoket: 'Go to the Digitaal Ondernemersloket',
    pageTitle: 'The finder on your own website',
    pageDescription:
      'Put the finder of the Digitaal Ondernemersloket on your own website with one line of HTML.',
    pageIntro:
      'Municipalities, trade associations, banks and other intermediaries can put the loket’s finder on their own website.',
    snippetHeading: 'The code',
    snippetIntro: 'Paste this line of HTML where the finder should appear:',
    snippetResize:
      'To let the height follow the content, add this line too. Without it the finder works with a fixed height.',
    whyHeading: 'Why an iframe?',
    why: [
      'Works on sites with a strict Content-Security-Policy: only this address in frame-src is needed.',
      'The finder takes no styles from your site and changes nothing on it.',
      'Works without JavaScript and with the keyboard.',
      'Choose the language with taal=nl or taal=en in the address.',
    ],
    previewHeading: 'What it looks like',
    frameTitle: 'Digitaal Ondernemersloket: find help going digital',
  },
} as const;

export function embedStrings(lang: Lang) {
  return strings[lang];
}

/** ?taal=en gives English; anything else Dutch. */
export function embedLang(params: URLSearchParams): Lang {
  return params.get('taal') === 'en' ? 'en' : 'nl';
}

/** The message the finder sends its host page with its content height (read by /embed.js). */
export const HEIGHT_MESSAGE = 'loket-vinder:hoogte';
