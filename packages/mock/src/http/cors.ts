import type { Hono } from 'hono';

/** Headers a page on another origin may read. */
const EXPOSED = [
  'x-mock-mode',
  'x-mock-example',
  'x-mock-code',
  'x-mock-invalid-argument',
  'x-mock-reason',
  'x-mock-warning',
  'x-mock-seed',
  'x-mock-fallback',
  'x-mock-error',
  'preference-applied',
].join(',');

/** Added to every answer: any origin may call the mock and read what it says. */
export const corsHeaders = { 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSED };

/**
 * Open CORS: preflights from any origin are answered, whatever headers they ask for (`Prefer`).
 * The API sets the headers on its answers itself: changing an answer's headers afterwards, as
 * hono's cors middleware does, makes the Node adapter build a full Response and costs a third of
 * the throughput.
 */
export const addCors = (app: Hono, apiPath: string) => {
  app.use('*', async (c, next) => {
    if (c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        ...corsHeaders,
        'access-control-allow-methods': 'GET,POST,OPTIONS',
        'access-control-allow-headers': c.req.header('access-control-request-headers') ?? '*',
        'access-control-max-age': '600',
        vary: 'Access-Control-Request-Headers',
      });
    }
    await next();
    if (c.req.path !== apiPath) for (const [name, value] of Object.entries(corsHeaders)) c.res.headers.set(name, value);
  });
};
