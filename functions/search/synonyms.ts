/**
 * The shared synonym list (functions/core/synonyms.ts, also used by the router) in the two shapes
 * the search engines need: a lookup for the in-process analyser, and the `synonyms` setting of a
 * Meilisearch index. Nothing is added here: a synonym belongs in the shared list.
 */
import { SYNONYM_GROUPS, type SynonymGroup } from '../core/synonyms.ts';

/** Folded single word → the group's key; multi-word forms by their first word. */
export interface SynonymLookup {
  words: ReadonlyMap<string, string>;
  /** First word → [words of the phrase, key], longest phrase first. */
  phrases: ReadonlyMap<string, ReadonlyArray<readonly [readonly string[], string]>>;
}

/** Every written form of a group (Dutch and English), without the internal key when it is no word. */
export function formsOf(group: SynonymGroup): string[] {
  return [...new Set([...group.nl, ...group.en])];
}

export function synonymLookup(groups: readonly SynonymGroup[] = SYNONYM_GROUPS): SynonymLookup {
  const words = new Map<string, string>();
  const phrases = new Map<string, Array<readonly [readonly string[], string]>>();
  for (const group of groups) {
    for (const form of [group.key, ...formsOf(group)]) {
      const parts = form.split(' ').filter(Boolean);
      if (parts.length === 1) {
        // The first group that lists a form wins, as in the router's analyser.
        if (!words.has(parts[0]!)) words.set(parts[0]!, group.key);
      } else {
        const list = phrases.get(parts[0]!) ?? [];
        list.push([parts, group.key]);
        phrases.set(parts[0]!, list);
      }
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { words, phrases };
}

/**
 * Meilisearch `synonyms`: every form maps to every other form of its group (Meilisearch expands
 * the query; it has no notion of a shared key).
 */
export function meilisearchSynonyms(
  groups: readonly SynonymGroup[] = SYNONYM_GROUPS,
): Record<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const group of groups) {
    const forms = formsOf(group);
    for (const form of forms) {
      const set = out.get(form) ?? new Set<string>();
      for (const other of forms) if (other !== form) set.add(other);
      out.set(form, set);
    }
  }
  return Object.fromEntries(
    [...out].filter(([, set]) => set.size > 0).map(([form, set]) => [form, [...set]]),
  );
}
