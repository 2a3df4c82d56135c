/** Liveness. */
import { Hono } from 'hono';

export function healthRoutes(): Hono {
  return new Hono().get('/', (c) => c.json({ status: 'ok' }));
}
