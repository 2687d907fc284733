import { methodList, webhookList } from '@support-board/contract';
import type { Context, Hono } from 'hono';
import type { ResolvedOptions } from '../options.js';
import { openApiText } from './openapi.js';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

const home = (options: ResolvedOptions, origin: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Support Board API mock</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}
code,pre{background:#f3f3f3;border-radius:4px;padding:.1rem .3rem}pre{padding:.8rem;overflow:auto}</style></head>
<body><h1>Support Board Web API mock</h1>
<p>A mock of the Support Board Web API built from its contract: ${methodList.length} methods and
${webhookList.length} webhooks, answered on the real wire protocol. Mode: <strong>${options.mode}</strong>.</p>
<ul><li>API: <code>POST ${escapeHtml(origin)}/include/api.php</code> with <code>token</code> (${
  options.token ? 'the token the mock was started with' : 'any non-empty value'
}), <code>function</code> and the arguments, as a form, multipart or JSON body.</li>
<li>OpenAPI document: <a href="/openapi.json">/openapi.json</a></li>
<li>Health: <a href="/health">/health</a>; webhooks sent: <code>GET /admin/webhooks</code> with
<code>Authorization: Bearer &lt;token&gt;</code></li></ul>
<pre>curl ${escapeHtml(origin)}/include/api.php -d token=test -d function=get-user -d user_id=1 \\
  -H 'Prefer: example=not-found, delay=300'</pre>
<p><code>Prefer: example=&lt;name&gt;</code> serves a named example, <code>Prefer: code=&lt;code&gt;</code> an error,
<code>Prefer: delay=&lt;ms&gt;</code> waits. Answers say what they are in <code>X-Mock-Example</code>,
<code>X-Mock-Code</code>, <code>X-Mock-Invalid-Argument</code> and <code>X-Mock-Reason</code>.</p>
</body></html>`;

/** The pages around the API: a home page, the OpenAPI document, health. */
export const addPages = (app: Hono, options: ResolvedOptions) => {
  const page = (c: Context) => c.html(home(options, new URL(c.req.url).origin));
  app.get('/', page);
  app.get('/docs', page);
  app.get('/health', (c) =>
    c.json({ status: 'ok', mode: options.mode, methods: methodList.length, webhooks: webhookList.length }),
  );
  app.get('/openapi.json', (c) => {
    const document = openApiText();
    return document
      ? c.body(document, 200, { 'content-type': 'application/json; charset=UTF-8' })
      : c.text('The contract is not built: run pnpm --filter @support-board/contract build.', 503);
  });
};
