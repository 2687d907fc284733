/**
 * The baseline the reference server is measured against: bare Hono on @hono/node-server 2, a form
 * body read with URLSearchParams, one primary-key select through the same `postgres` connection pool
 * on the same database, the answer as JSON.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Sql } from '../src/db/database.js';

export const startBaseline = async (sql: Sql) => {
  const app = new Hono();
  app.post('/include/api.php', async (c) => {
    const fields = new URLSearchParams(await c.req.text());
    const [user] = await sql`SELECT id, first_name, last_name, email, profile_image, user_type, creation_time,
      last_activity, department, token FROM users WHERE id = ${Number(fields.get('user_id'))}`;
    return c.json({ success: true, response: user ?? false });
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    api: `http://127.0.0.1:${(server.address() as AddressInfo).port}/include/api.php`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
