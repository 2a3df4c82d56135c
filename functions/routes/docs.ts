/**
 * GET /api/v1/openapi.json — the OpenAPI 3.1 document (functions/openapi.ts).
 * GET /api/docs — a readable reference page generated from it: plain HTML, no scripts, no CDN.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { openApiDocument, registerOperation } from '../openapi.ts';

// routes/health.ts predates the registry; its operation is documented here.
registerOperation({
  method: 'get',
  path: '/v1/health',
  summary: 'Leeft de API?',
  tags: ['Beheer'],
  responses: {
    200: {
      description: 'The API is up.',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
    },
  },
});
registerOperation({
  method: 'get',
  path: '/v1/openapi.json',
  summary: 'Dit OpenAPI-document',
  tags: ['Beheer'],
  responses: {
    200: {
      description: 'OpenAPI 3.1 document.',
      content: { 'application/json': { schema: z.object({}).passthrough() } },
    },
  },
});

type Json = Record<string, unknown>;

const escape = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

function resolveRef(doc: Json, schema: Json | undefined): Json | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.split('/').pop()!;
  return ((doc.components as Json)?.schemas as Json)?.[name] as Json | undefined;
}

function typeOf(doc: Json, schema: Json | undefined): string {
  const s = resolveRef(doc, schema);
  if (!s) return '';
  if (schema?.$ref) return String(schema.$ref).split('/').pop()!;
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.type === 'array') return `${typeOf(doc, s.items as Json)}[]`;
  if (Array.isArray(s.type)) return s.type.join(' | ');
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).map((x) => typeOf(doc, x)).join(' | ');
  return String(s.type ?? 'object');
}

function fieldsTable(doc: Json, schema: Json | undefined): string {
  const s = resolveRef(doc, schema);
  const props = s?.properties as Record<string, Json> | undefined;
  if (!props) return '';
  const required = new Set((s?.required as string[] | undefined) ?? []);
  const rows = Object.entries(props)
    .map(
      ([name, p]) =>
        `<tr><th scope="row"><code>${escape(name)}</code></th><td><code>${escape(typeOf(doc, p))}</code></td><td>${required.has(name) ? 'ja' : 'nee'}</td><td>${escape(resolveRef(doc, p)?.description ?? p.description ?? '')}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th scope="col">Veld</th><th scope="col">Type</th><th scope="col">Verplicht</th><th scope="col">Betekenis</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The reference page for an OpenAPI document. */
export function renderDocsPage(doc: Json): string {
  const info = doc.info as Json;
  const sections: string[] = [];
  for (const [path, ops] of Object.entries((doc.paths as Record<string, Record<string, Json>>) ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
      const body = ((op.requestBody as Json)?.content as Record<string, Json> | undefined)?.[
        'application/json'
      ];
      const responses = Object.entries((op.responses as Record<string, Json>) ?? {})
        .map(([status, r]) => {
          const content = r.content as Record<string, Json> | undefined;
          const [type, media] = Object.entries(content ?? {})[0] ?? [];
          return `<li><strong>${escape(status)}</strong> ${escape(r.description)}${type ? ` — <code>${escape(type)}</code>` : ''}${media ? fieldsTable(doc, media.schema as Json) : ''}</li>`;
        })
        .join('');
      sections.push(`<section aria-labelledby="${id}">
<h2 id="${id}"><code>${escape(method.toUpperCase())} /api${escape(path)}</code></h2>
<p><strong>${escape(op.summary)}</strong></p>${op.description ? `<p>${escape(op.description)}</p>` : ''}
${body ? `<h3>Verzoek (<code>application/json</code>)</h3>${fieldsTable(doc, body.schema as Json)}${body.example ? `<p>Voorbeeld:</p><pre><code>${escape(JSON.stringify(body.example, null, 2))}</code></pre>` : ''}` : ''}
<h3>Antwoorden</h3><ul>${responses}</ul>
</section>`);
    }
  }
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(info.title)} — naslag</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}
code,pre{font-family:ui-monospace,monospace}pre{background:#f3f3f3;padding:.75rem;overflow:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
section{border-top:2px solid #154273;margin-top:2rem}a{color:#154273}
</style>
</head>
<body>
<main>
<h1>${escape(info.title)}</h1>
<p>${escape(info.description)}</p>
<p>Machineleesbaar: <a href="/api/v1/openapi.json">OpenAPI 3.1-document</a>.</p>
${sections.join('\n')}
</main>
</body>
</html>`;
}

export function docsRoutes(): Hono {
  let cached: { json: Json; html: string } | undefined;
  // Operations register when their modules load; build once, on first request.
  const get = () =>
    (cached ??= (() => {
      const json = openApiDocument() as unknown as Json;
      return { json, html: renderDocsPage(json) };
    })());
  return new Hono()
    .get('/v1/openapi.json', (c) => c.json(get().json))
    .get('/docs', (c) => c.html(get().html));
}
