import { describe, expect, test } from 'vitest';
import { documentTerms, queryTerms, typoBudget } from '../../functions/search/analyze.ts';

describe('queryTerms', () => {
  test.each([
    ['webshop', ['webwinkel']],
    ['Webshops', ['webwinkel']],
    ['online store', ['webwinkel']],
    ['e-commerce', ['ecommerce']],
    ['kunstmatige intelligentie', ['ai']],
    ['ondernemers ondernemer', ['ondernemer']],
    ['de het een', []],
    ['Fryslân', ['fryslan']],
  ])('"%s" gives %j', (text, terms) => {
    expect(queryTerms(text)).toEqual(terms);
  });
});

describe('documentTerms', () => {
  test('a synonym form is indexed under its key and its own stem, so a typo of the form still matches', () => {
    expect(documentTerms('webshop')).toEqual(['webwinkel', 'webshop']);
  });

  test('a phrase gives its key as well as its words', () => {
    expect(documentTerms('online store')).toEqual(['webwinkel', 'onlin', 'winkel', 'stor']);
  });

  test('drops stop words and single letters', () => {
    expect(documentTerms('de winkel in x')).toEqual(['winkel']);
  });
});

describe('typoBudget', () => {
  test.each([
    ['ai', 0],
    ['hub', 0],
    ['data', 1],
    ['webwink', 1],
    ['webwinkel', 2],
  ])('"%s" may have %i typos', (term, n) => {
    expect(typoBudget(term)).toBe(n);
  });
});
