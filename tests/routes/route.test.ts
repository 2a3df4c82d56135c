import { describe, expect, test } from 'vitest';
import { createApp } from '../../functions/app.ts';
import { ProblemSchema } from '../../functions/openapi.ts';
import { RouteResponseSchema, routeRoutes } from '../../functions/routes/route.ts';
import { testDirectory, testPostcodes } from '../core/test-directory.ts';

const app = createApp({ directory: testDirectory(), postcodes: testPostcodes });

function post(body: string, contentType = 'application/json') {
  return app.request('/api/v1/route', { method: 'POST', body, headers: { 'content-type': contentType } });
}

async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = ProblemSchema.parse(await res.json());
  expect(body.status).toBe(status);
  expect(body.detail.length).toBeGreaterThan(10);
  return body;
}

describe('POST /api/v1/route', () => {
  test('answers with recommendations, best first, in the documented shape', async () => {
    const res = await post(
      JSON.stringify({
        question: 'ik wil online gaan verkopen maar weet niet waar te beginnen',
        postcode: '9711 AB',
        employees: 4,
        sector: 'detailhandel',
      }),
    );
    expect(res.status).toBe(200);
    const body = RouteResponseSchema.parse(await res.json());
    expect(body.recommendations[0]).toMatchObject({
      slug: 'testwerkplaats-noord',
      kind: 'werkplaats',
      score: 1,
    });
    expect(body.recommendations.length).toBeLessThanOrEqual(5);
    expect(body.place).toEqual({ pc4: '9711', gemeente: 'Groningen', provincie: 'Groningen' });
    expect(body.understood.topics.map((t) => t.theme)).toContain('online-sales-marketing');
  });

  test('gives reasons in English when asked', async () => {
    const res = await post(JSON.stringify({ question: 'we zijn gehackt', lang: 'en' }));
    const body = RouteResponseSchema.parse(await res.json());
    expect(body.lang).toBe('en');
    expect(body.recommendations[0]?.reasons[0]).toMatch(/they help with digital threats/);
  });

  test('uses the injected day for availability', async () => {
    const sub = routeRoutes(
      { directory: testDirectory(), postcodes: testPostcodes },
      { today: () => '2026-07-20' },
    );
    const res = await sub.request('/', {
      method: 'POST',
      body: JSON.stringify({
        question: 'Hoe maken we een dashboard van onze cijfers? Graag advies.',
        postcode: '7511',
        employees: 9,
      }),
      headers: { 'content-type': 'application/json' },
    });
    const body = RouteResponseSchema.parse(await res.json());
    expect(body.recommendations[0]).toMatchObject({
      slug: 'testwerkplaats-oost',
      availability: 'closed',
      next_intake: '2026-09-01',
    });
  });

  test('malformed JSON is a 400 problem', async () => {
    await expectProblem(await post('{"question": "hallo'), 400);
  });

  test('a body that is not JSON is a 415 problem', async () => {
    await expectProblem(await post('question=hallo', 'application/x-www-form-urlencoded'), 415);
  });

  test('a body over 16 KB is a 413 problem', async () => {
    await expectProblem(await post(JSON.stringify({ question: 'a'.repeat(17 * 1024) })), 413);
  });

  test.each([
    [{ question: 'ab' }, '#/question', /te kort/],
    [{ question: 'x'.repeat(2001) }, '#/question', /te lang/],
    [{}, '#/question', /Stel je vraag/],
    [{ question: 42 }, '#/question', /tekst/],
    [{ question: 'we zijn gehackt', postcode: '0123' }, '#/postcode', /geen Nederlandse postcode/],
    [{ question: 'we zijn gehackt', postcode: 7511 }, '#/postcode', /tekst/],
    [{ question: 'we zijn gehackt', employees: 'veel' }, '#/employees', /getal/],
    [{ question: 'we zijn gehackt', employees: 2.5 }, '#/employees', /heel getal/],
    [{ question: 'we zijn gehackt', lang: 'de' }, '#/lang', /nl of en/],
    [{ question: 'we zijn gehackt', email: 'a@b.nl' }, '#/email', /kennen we niet/],
  ])('%j is a 422 with a field error at its pointer', async (body, pointer, detail) => {
    const problem = await expectProblem(await post(JSON.stringify(body)), 422);
    const error = problem.errors?.find((e) => e.pointer === pointer);
    expect(error?.detail).toMatch(detail);
  });

  test('a JSON value that is not an object is a 422', async () => {
    await expectProblem(await post('[1,2,3]'), 422);
    await expectProblem(await post('null'), 422);
  });

  test('an unknown but well-formed postcode answers with national help and a notice', async () => {
    const res = await post(JSON.stringify({ question: 'we zijn gehackt', postcode: '1234' }));
    const body = RouteResponseSchema.parse(await res.json());
    expect(body.place).toBeNull();
    expect(body.notices.join(' ')).toMatch(/1234 kennen we niet/);
  });
});

describe('API documentation', () => {
  test('GET /api/v1/openapi.json is an OpenAPI 3.1 document with the route operation and its schemas', async () => {
    const res = await app.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: {
        schemas: Record<string, { properties?: Record<string, unknown>; additionalProperties?: unknown }>;
      };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths['/v1/route']?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '413', '415', '422']),
    );
    expect(Object.keys(doc.components.schemas.RouteRequest?.properties ?? {})).toEqual([
      'question',
      'postcode',
      'employees',
      'sector',
      'lang',
    ]);
    expect(doc.components.schemas.RouteRequest?.additionalProperties).toBe(false);
    expect(doc.components.schemas.Problem).toBeDefined();
  });

  test('GET /api/docs is a readable HTML page without external assets', async () => {
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<html lang="nl">/);
    expect(html).toContain('POST /api/v1/route');
    expect(html).toContain('question');
    expect(html).not.toMatch(/<script|(?:src|href)="https?:/);
  });
});
