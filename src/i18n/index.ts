/** t(lang) gives the UI strings of one language; all UI text lives in nl.ts and en.ts. */
import { en } from './en.ts';
import { nl, type Messages } from './nl.ts';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

export function t(lang: Lang): Messages {
  return lang === 'en' ? en : nl;
}

/** The path of a page in a language: '/initiatieven/x' → '/en/initiatieven/x'. */
export function localePath(lang: Lang, path: string): string {
  return lang === 'nl' ? path : `/en${path === '/' ? '/' : path}`;
}

export type { Messages };
