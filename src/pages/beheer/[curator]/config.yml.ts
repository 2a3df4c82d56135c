/**
 * /beheer/<folder>/config.yml: the Decap configuration of one curator's editor, generated from
 * content/schema.ts at build time. The git host comes from CMS_* build variables (see README).
 */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { CURATORS, curatorFolder, type Curator } from '../../../../content/schema.ts';
import { backendFromEnv, decapConfig } from '../../../../functions/cms/decap-config.ts';

export const prerender = true;

export function getStaticPaths() {
  return CURATORS.map((curator) => ({ params: { curator: curatorFolder(curator) }, props: { curator } }));
}

export const GET: APIRoute = ({ props, site }) => {
  const { curator } = props as { curator: Curator };
  const config = decapConfig(curator, backendFromEnv(process.env), site?.href);
  return new Response(stringify(config, { lineWidth: 0 }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
