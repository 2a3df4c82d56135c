/** Pure helpers the pages share: URLs, grouping, freshness, structured data. */
import { PROVINCIES, type Provincie } from '../../content/places.ts';
import { KINDS, activeProvinces, curatorFolder, type Initiative, type Kind } from '../../content/schema.ts';
import { localePath, type Lang } from '../i18n/index.ts';

/** Freshness lives beside the schema so `npm run content:stale` uses the same rule. */
export { isStale } from '../../content/freshness.ts';

export function initiativeUrl(slug: string, lang: Lang = 'nl'): string {
  return localePath(lang, `/initiatieven/${slug}`);
}

export function provinceSlug(p: Provincie): string {
  return curatorFolder(p);
}

export function provinceBySlug(slug: string): Provincie | undefined {
  return PROVINCIES.find((p) => provinceSlug(p) === slug);
}

export function isEnded(i: Initiative): boolean {
  return i.availability.status === 'beeindigd';
}

/** Groups initiatives by kind, in the fixed order of KINDS; empty kinds included. */
export function groupByKind(list: readonly Initiative[]): Array<[Kind, Initiative[]]> {
  return KINDS.map((kind) => [kind, list.filter((i) => i.kind === kind)]);
}

/** A province's landscape: regional entries (active in it), national ones, and ended ones. */
export function provinceLandscape(directory: readonly Initiative[], p: Provincie) {
  const active = directory.filter((i) => !isEnded(i));
  return {
    regional: active.filter((i) => !i.werkgebied.landelijk && activeProvinces(i).includes(p)),
    national: active.filter((i) => i.werkgebied.landelijk),
    ended: directory.filter((i) => isEnded(i) && activeProvinces(i).includes(p) && !i.werkgebied.landelijk),
  };
}

/** Human-readable werkgebied, e.g. "Twente: Almelo, Borne, …" or "Limburg". */
export function werkgebiedText(i: Initiative, landelijk: string): string {
  const w = i.werkgebied;
  if (w.landelijk) return landelijk;
  const places = [...w.provincies, ...w.gemeenten].join(', ');
  return w.regio && w.regio !== places ? `${w.regio} (${places})` : places;
}

/** schema.org structured data for an initiative page. */
export function initiativeJsonLd(i: Initiative, pageUrl: string, kindLabel: string): Record<string, unknown> {
  const area = i.werkgebied.landelijk
    ? [{ '@type': 'Country', name: 'Nederland' }]
    : [
        ...i.werkgebied.provincies.map((name) => ({ '@type': 'AdministrativeArea', name })),
        ...i.werkgebied.gemeenten.map((name) => ({ '@type': 'City', name })),
      ];
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: i.name,
    description: i.summary,
    url: pageUrl,
    serviceType: kindLabel,
    areaServed: area,
    audience: { '@type': 'BusinessAudience', audienceType: 'mkb' },
    ...(i.cost === 'gratis' ? { isAccessibleForFree: true } : {}),
    provider: {
      '@type': 'Organization',
      name: i.name,
      ...(i.website ? { url: i.website } : {}),
      ...(i.education.length > 0
        ? { member: i.education.map((e) => ({ '@type': 'EducationalOrganization', name: e.name })) }
        : {}),
    },
    ...(i.locations.length > 0
      ? {
          availableChannel: i.locations.map((l) => ({
            '@type': 'ServiceChannel',
            serviceLocation: {
              '@type': 'Place',
              name: l.name ?? l.gemeente,
              address: {
                '@type': 'PostalAddress',
                addressLocality: l.gemeente,
                addressCountry: 'NL',
                ...(l.address ? { streetAddress: l.address } : {}),
              },
            },
          })),
        }
      : {}),
    dateModified: i.last_checked,
  };
}
