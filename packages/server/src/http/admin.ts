import { readOnDemandWebhook, withinLimit } from '@support-board/contract';
import { Hono } from 'hono';
import { findAdminByToken } from '../queries/admins.js';
import type { ServerDeps } from './deps.js';

/**
 * Admin endpoints outside the API, authenticated with an admin token (`Authorization: Bearer`):
 * - `POST /admin/webhooks/:name` sends a webhook on demand (the documented example, or the JSON
 *   body's `data`), for testing a receiver with events only a chat front end causes;
 * - `GET /admin/webhooks` lists the latest deliveries of the outbox with their state;
 * - `GET /admin/webhook-secret` answers the Standard Webhooks secret deliveries are signed with
 *   (`{"secret":"whsec_...","source":"generated"}`), for setting up a receiver.
 */
export const adminRoutes = (deps: ServerDeps) => {
  const app = new Hono();

  app.use('*', async (c, next) => {
    const token = c.req.header('authorization')?.replace(/^Bearer\s+/i, '');
    if (!token || !(await findAdminByToken(deps.sql, token))) {
      return c.json({ error: 'An admin token is required: Authorization: Bearer <token>.' }, 401);
    }
    await next();
  });

  app.post('/webhooks/:name', async (c) => {
    // The same body limit as the API's: a larger body is not read.
    const limited = await withinLimit(c.req.raw, deps.config.bodyLimit);
    if (!limited) {
      return c.json({ error: `The request body is larger than ${deps.config.bodyLimit} bytes.` }, 413, {
        connection: 'close',
      });
    }
    const request = readOnDemandWebhook(c.req.param('name'), await limited.text());
    if (!request.ok) return c.json(request.body, request.status);
    if (!deps.context.webhooks.active) return c.json({ error: 'No webhook URL is configured (WEBHOOK_URL).' }, 409);
    const id = await deps.context.webhooks.enqueue(deps.sql, request.name, request.data as never);
    return c.json({ id, webhook: request.name }, 202);
  });

  app.get('/webhooks', async (c) => {
    const rows = await deps.sql`
      SELECT event_id AS id, name, attempts, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS created,
        CASE WHEN delivered_at IS NOT NULL THEN 'delivered' WHEN failed_at IS NOT NULL THEN 'failed' ELSE 'pending' END AS state,
        last_error
      FROM webhook_deliveries ORDER BY id DESC LIMIT 100`;
    return c.json(rows.map((row) => ({ ...row, attempts: Number(row.attempts) })));
  });

  app.get('/webhook-secret', (c) => c.json(deps.webhookSecret));

  return app;
};
