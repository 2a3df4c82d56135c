/** The directory as the site sees it: the content collection, with slug and body restored. */
import { getCollection } from 'astro:content';
import type { Initiative } from '../../content/schema.ts';

let cached: Promise<Initiative[]> | undefined;

/** Every initiative, sorted by name. */
export function getDirectory(): Promise<Initiative[]> {
  cached ??= getCollection('initiatives').then((entries) =>
    entries
      .map((e) => ({ ...e.data, slug: e.id, body: e.body ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  );
  return cached;
}
