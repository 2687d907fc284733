/**
 * The baseline of the bench: a bare Hono server on the same adapter as the mock, reading the same
 * form body (the fast way, `URLSearchParams` over the text) and answering the same static JSON bytes,
 * with nothing else: no dispatch, no validation, no log. `node bench/bare-hono.mjs <port> <json>`.
 * Plain JavaScript, run by node as the mock's build is: neither pays a loader's cost.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const [port, body] = process.argv.slice(2);
const app = new Hono();
app.post('/include/api.php', async (c) => {
  new URLSearchParams(await c.req.text());
  return c.body(body, 200, { 'content-type': 'application/json; charset=UTF-8' });
});
serve({ fetch: app.fetch, port: Number(port), hostname: '127.0.0.1' });
