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
 * The headers of an API answer, with the CORS headers when a browser asks (its request has an Origin):
 * they mean nothing to other clients, and are a quarter of the bytes of get-user's answer.
 */
export const withCors = (request: Request, headers: Record<string, string>) =>
  request.headers.has('origin') ? { ...corsHeaders, ...headers } : headers;

/** The answer to a preflight from any origin, whatever headers it asks for (`Prefer`). */
export const preflight = (request: Request) =>
  new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      'access-control-allow-methods': 'GET,POST,OPTIONS',
      'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? '*',
      'access-control-max-age': '600',
      vary: 'Access-Control-Request-Headers',
    },
  });

/**
 * Open CORS for the pages around the API, not the admin endpoints: preflights are answered, and
 * every answer may be read by any origin. The API answers its own (see core.ts): changing an answer's headers
 * afterwards, as this does, makes the Node adapter build a full Response and costs a third of the
 * throughput.
 */
export const addCors = (app: Hono) => {
  app.use('*', async (c, next) => {
    // The admin endpoints are for tools, not pages: no origin may call them (see admin.ts).
    if (c.req.path.startsWith('/admin/')) return next();
    if (c.req.method === 'OPTIONS') return preflight(c.req.raw);
    await next();
    for (const [name, value] of Object.entries(corsHeaders)) c.res.headers.set(name, value);
  });
};
