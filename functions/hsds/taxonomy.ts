/**
 * Our two classifications, published as HSDS taxonomies: the ten kinds of help ("soorten hulp")
 * and the eleven themes ("onderwerpen"). Names and descriptions are the site's own Dutch labels
 * (content/labels.ts), so the export and the site never say two different things; codes are the
 * values the API filters on (kind=, theme=).
 */
import { KINDS, THEMES, type Kind, type Theme } from '../../content/schema.ts';
import { SITE_NAME, VALUE_LABELS } from '../../content/labels.ts';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './types.ts';
import { hsdsId } from './uuid.ts';

/** Version of the taxonomies; raise it when a code is added, renamed or removed. */
export const TAXONOMY_VERSION = '1';

export const KIND_TAXONOMY_ID = hsdsId('taxonomy', 'kinds');
export const THEME_TAXONOMY_ID = hsdsId('taxonomy', 'themes');

export const kindTermId = (kind: Kind) => hsdsId('taxonomy_term', 'kind', kind);
export const themeTermId = (theme: Theme) => hsdsId('taxonomy_term', 'theme', theme);

export function taxonomies(baseUrl: string): HsdsTaxonomy[] {
  return [
    {
      id: KIND_TAXONOMY_ID,
      name: `${SITE_NAME.nl}: soorten hulp`,
      description:
        'De tien soorten hulp waarin de gids elk initiatief indeelt; elke soort heeft een eigen rol.',
      uri: `${baseUrl}/api/hsds/taxonomies/${KIND_TAXONOMY_ID}`,
      version: TAXONOMY_VERSION,
    },
    {
      id: THEME_TAXONOMY_ID,
      name: `${SITE_NAME.nl}: onderwerpen`,
      description:
        'De onderwerpen waarmee initiatieven in de gids helpen; een initiatief heeft er één of meer.',
      uri: `${baseUrl}/api/hsds/taxonomies/${THEME_TAXONOMY_ID}`,
      version: TAXONOMY_VERSION,
    },
  ];
}

export function taxonomyTerms(baseUrl: string): HsdsTaxonomyTerm[] {
  const [kindTaxonomy, themeTaxonomy] = taxonomies(baseUrl) as [HsdsTaxonomy, HsdsTaxonomy];
  return [
    ...KINDS.map((kind) => ({
      id: kindTermId(kind),
      code: kind,
      name: VALUE_LABELS.nl.kinds[kind],
      description: VALUE_LABELS.nl.kindDescriptions[kind],
      taxonomy: kindTaxonomy.name,
      taxonomy_id: kindTaxonomy.id,
      taxonomy_detail: kindTaxonomy,
      language: 'nl',
      term_uri: `${baseUrl}/soort/${kind}`,
    })),
    ...THEMES.map((theme) => ({
      id: themeTermId(theme),
      code: theme,
      name: VALUE_LABELS.nl.themes[theme],
      description: `Initiatieven die helpen met het onderwerp ${VALUE_LABELS.nl.themes[theme]}.`,
      taxonomy: themeTaxonomy.name,
      taxonomy_id: themeTaxonomy.id,
      taxonomy_detail: themeTaxonomy,
      language: 'nl',
      term_uri: `${baseUrl}/thema/${theme}`,
    })),
  ];
}
