/**
 * Runs in the browser on /beheer/<folder>/, after Decap's bundle (which waits because the page
 * sets CMS_MANUAL_INIT): our Dutch wording, the schema check before every save, then Decap itself.
 * Decap reads the configuration from the page's <link rel="cms-config-url">.
 */
import type { Curator } from '../../content/schema.ts';
import { NL_OVERRIDES, mergePhrases, type Phrases } from './decap-locale.ts';
import { emptyPaths, entryProblems, problemsText } from './validate-entry.ts';

/** The part of Immutable's Map that the save check uses. */
interface EntryData {
  toJS(): unknown;
  deleteIn(path: Array<string | number>): EntryData;
}

interface EntryRecord {
  get(key: 'data'): EntryData;
}

/** The part of Decap's global `CMS` object that we use. */
interface DecapCms {
  init(options?: object): void;
  getLocale(locale: string): Phrases | undefined;
  registerLocale(locale: string, phrases: Phrases): void;
  registerEventListener(listener: {
    name: 'preSave';
    handler: (event: { entry: EntryRecord }) => EntryData | Promise<EntryData>;
  }): void;
}

declare global {
  interface Window {
    CMS?: DecapCms;
  }
}

/** Decap shows a refused save as "Opslaan lukt niet. <String(error)>": keep that one message. */
class EntryRejected extends Error {
  override toString(): string {
    return this.message;
  }
}

/** Prepares and starts Decap for the editor of `curator`. */
export function startEditor(curator: Curator): void {
  const cms = window.CMS;
  if (!cms) throw new Error('Decap CMS is niet geladen.');
  cms.registerLocale('nl', mergePhrases(cms.getLocale('nl') ?? {}, NL_OVERRIDES));
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      // Fields that were filled and cleared again are left out of the file, as if never touched.
      let data = entry.get('data');
      for (const path of emptyPaths(data.toJS())) data = data.deleteIn(path);
      const problems = entryProblems(data.toJS(), curator);
      if (problems.length > 0) throw new EntryRejected(problemsText(problems));
      return data;
    },
  });
  cms.init();
}
