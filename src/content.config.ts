/**
 * The directory as an Astro content collection. It goes through content/load.ts, the same reader and
 * schema as the API and `npm run content:check`, so a content error fails the build with the same
 * report that names file, field and what is expected.
 */
import { defineCollection } from 'astro:content';
import { formatProblems, loadDirectory } from '../content/load.ts';
import { InitiativeFileSchema } from '../content/schema.ts';

const initiatives = defineCollection({
  loader: {
    name: 'initiatives',
    load: async ({ store, parseData, renderMarkdown, generateDigest }) => {
      // CONTENT_DIR lets the site benchmark build scaled synthetic copies; the default is content/.
      const result = loadDirectory(process.env.CONTENT_DIR);
      if (!result.ok) throw new Error(`\n${formatProblems(result.problems)}`);
      store.clear();
      for (const { slug, body, ...fields } of result.initiatives) {
        const data = await parseData({ id: slug, data: fields });
        store.set({
          id: slug,
          data,
          body,
          rendered: await renderMarkdown(body),
          digest: generateDigest({ fields, body }),
        });
      }
    },
  },
  schema: InitiativeFileSchema,
});

export const collections = { initiatives };
