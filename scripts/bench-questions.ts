/**
 * The questions the router benches send (bench:api over HTTP, bench:router in-process): different
 * lengths and kinds of help, Dutch and English, each with a postcode and a firm size.
 */
export const BENCH_QUESTIONS = [
  { question: 'ik wil online gaan verkopen maar weet niet waar te beginnen', postcode: '7511', employees: 6 },
  {
    question: 'we zijn gehackt, alle bestanden zijn versleuteld. wat nu?',
    postcode: '9711 AB',
    employees: 12,
  },
  { question: 'Laat een bureau mijn webshop bouwen: wie raden jullie aan?', postcode: '6512', employees: 3 },
  {
    question:
      'Wij zijn een broodfabriek met 45 mensen. We willen met data van de ovens het energieverbruik en de uitval verminderen. Is er een hub of fieldlab die mkb hierbij begeleidt?',
    postcode: '5246',
    employees: 45,
  },
  {
    question: 'Can students build a prototype of a booking app for our small hotel?',
    postcode: '6301',
    employees: 8,
  },
] as const;
