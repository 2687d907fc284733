import { readOnDemandWebhook, withinLimit } from '@support-board/contract';
import type { Hono } from 'hono';
import { BODY_LIMIT, type MockCore } from '../core/core.js';
import { formatEvent } from '../core/log.js';
import { bearerToken } from '../core/tokens.js';

/**
 * Whether a browser sent the request: browsers add `Origin` to every cross-origin request and every
 * POST, and `Sec-Fetch-Site` to every request (`none` when the user typed the address).
 */
const fromBrowser = (request: Request) => {
  const site = request.headers.get('sec-fetch-site');
  return request.headers.has('origin') || (site !== null && site !== 'none');
};

/**
 * Endpoints outside the API, as the reference server has them, behind `Authorization: Bearer <token>`
 * (any non-empty token, or the one the mock was started with; 401 otherwise), for tools only: a
 * browser's request (it says where it comes from) is refused with 403, so that no web page a
 * developer visits can drive the local mock, even through a name that resolves to it:
 * - `POST /admin/webhooks/<name>` sends a webhook now: the documented example, or `{"data": ...}`;
 * - `GET /admin/webhooks` lists the latest deliveries;
 * - `POST /admin/reset` (stateful mode) brings the store back to the demo data.
 * And, for anyone, as links in answers are: `GET /uploads/<folder>/<file>.csv` serves the CSV exports
 * of csv-users and csv-conversations.
 */
export const addAdmin = (app: Hono, { webhooks: sender, engine, tokens, options, reset, download }: MockCore) => {
  const { log } = options;
  app.use('/admin/*', async (c, next) => {
    if (fromBrowser(c.req.raw)) {
      return c.json({ error: 'The admin endpoints answer tools (curl, scripts), not web pages.' }, 403);
    }
    const token = bearerToken(c.req.header('authorization'));
    if (!token || !tokens.accepts(token)) {
      const which = tokens.restricted ? 'the token the mock was started with' : 'any non-empty token';
      return c.json({ error: `An admin token is required: Authorization: Bearer <token> (${which}).` }, 401, {
        'www-authenticate': 'Bearer',
      });
    }
    // The API's limit, however the body is framed (a chunked body is counted as it is read).
    const limited = await withinLimit(c.req.raw, BODY_LIMIT);
    if (!limited) return c.json({ error: `The request body is larger than ${BODY_LIMIT} bytes.` }, 413);
    c.req.raw = limited;
    await next();
  });

  app.post('/admin/webhooks/:name', async (c) => {
    const request = readOnDemandWebhook(c.req.param('name'), await c.req.text());
    if (!request.ok) return c.json(request.body, request.status);
    if (!sender.url) return c.json({ error: 'No webhook URL is configured: start the mock with --webhook-url.' }, 409);
    const delivery = sender.send(request.name, request.data);
    log(formatEvent(`webhook ${request.name} sent on demand to ${sender.url}`));
    return c.json({ id: delivery?.id, webhook: request.name, url: sender.url }, 202);
  });

  app.get('/admin/webhooks', (c) => c.json(sender.deliveries()));

  app.post('/admin/reset', (c) => {
    if (!engine) return c.json({ error: 'Only stateful mode has data to reset.' }, 409);
    reset();
    log(formatEvent('store reset to the demo data'));
    return c.json({ reset: true });
  });

  app.get('/uploads/:folder/:file', (c) => download(`${c.req.param('folder')}/${c.req.param('file')}`) ?? c.notFound());
};
