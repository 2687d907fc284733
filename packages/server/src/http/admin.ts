import { type WebhookName, webhooks } from '@support-board/contract';
import { Hono } from 'hono';
import { findAdminByToken } from '../queries/admins.js';
import type { ServerDeps } from './deps.js';

/**
 * Admin endpoints outside the API, authenticated with an admin token (`Authorization: Bearer`):
 * - `POST /admin/webhooks/:name` sends a webhook on demand (the documented example, or the JSON
 *   body's `data`), for testing a receiver with events only a chat front end causes;
 * - `GET /admin/webhooks` lists the latest deliveries of the outbox with their state.
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
    const name = c.req.param('name');
    if (!Object.hasOwn(webhooks, name)) {
      return c.json({ error: `Unknown webhook "${name}".`, webhooks: Object.keys(webhooks) }, 404);
    }
    const webhook = webhooks[name as WebhookName];
    if (!deps.context.webhooks.active) return c.json({ error: 'No webhook URL is configured (WEBHOOK_URL).' }, 409);
    const text = await c.req.text();
    let data: unknown = webhook.example;
    if (text.trim()) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return c.json({ error: 'The body must be JSON: {"data": ...}.' }, 400);
      }
      if (typeof body === 'object' && body !== null && 'data' in body) data = (body as { data: unknown }).data;
    }
    const checked = webhook.data.safeParse(data);
    if (!checked.success)
      return c.json({ error: "data does not match the webhook's schema", issues: checked.error.issues }, 400);
    const id = await deps.context.webhooks.enqueue(deps.sql, webhook.name, data as never);
    return c.json({ id, webhook: webhook.name }, 202);
  });

  app.get('/webhooks', async (c) => {
    const rows = await deps.sql`
      SELECT event_id AS id, name, attempts, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS created,
        CASE WHEN delivered_at IS NOT NULL THEN 'delivered' WHEN failed_at IS NOT NULL THEN 'failed' ELSE 'pending' END AS state,
        last_error
      FROM webhook_deliveries ORDER BY id DESC LIMIT 100`;
    return c.json(rows.map((row) => ({ ...row, attempts: Number(row.attempts) })));
  });

  return app;
};
