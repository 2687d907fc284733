import type { Hono } from 'hono';
import { corsHeaders, preflight } from '../core/cors.js';

/**
 * Open CORS for the pages around the API, not the admin endpoints: preflights are answered, and every
 * answer may be read by any origin. The API answers its own (see core/core.ts): changing an answer's headers
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
