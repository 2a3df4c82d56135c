import { describe, expect, test } from 'vitest';
import { createApp } from '../functions/app.ts';
import { loadPostcodes } from '../functions/data.ts';

describe('GET /api/v1/health', () => {
  const app = createApp({ directory: [], postcodes: loadPostcodes() });

  test('answers 200 with status ok', async () => {
    const res = await app.request('/api/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  test('an unknown API path is a Dutch problem+json 404', async () => {
    const res = await app.request('/api/v1/bestaat-niet');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { detail: string; status: number };
    expect(body.status).toBe(404);
    expect(body.detail).toMatch(/bestaat niet/);
  });
});
