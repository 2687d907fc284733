import { methodList, webhookList } from '@support-board/contract';
import type { Context, Hono } from 'hono';
import type { ResolvedOptions } from '../core/options.js';
import { builtDocs, openApiText } from './built-files.js';

/** Builds the docs site, then the mock, which copies it into its dist. */
export const DOCS_BUILD = 'pnpm exec turbo run build --filter=@support-board/mock...';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

const notBuilt = `<p><strong>The docs site is not built.</strong> Build it with <code>${DOCS_BUILD}</code> (or
<code>pnpm build</code> from the repository root; <code>pnpm mock</code> builds it too), then restart the mock to serve it
here. Meanwhile, <a href="/openapi.json">/openapi.json</a> describes every method.</p>`;

const home = (options: ResolvedOptions, origin: string, docs: 'built' | 'missing' | 'fallback') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Support Board API mock</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}
code,pre{background:#f3f3f3;border-radius:4px;padding:.1rem .3rem}pre{padding:.8rem;overflow:auto}</style></head>
<body><h1>Support Board Web API mock</h1>${docs === 'fallback' ? notBuilt : ''}
<p>A mock of the Support Board Web API built from its contract: ${methodList.length} methods and
${webhookList.length} webhooks, answered on the real wire protocol. Mode: <strong>${options.mode}</strong>.</p>
<ul><li>API: <code>POST ${escapeHtml(origin)}/include/api.php</code> with <code>token</code> (${
  options.token ? 'the token the mock was started with' : 'any non-empty value'
}), <code>function</code> and the arguments, as a form, multipart or JSON body.</li>
<li>Docs: ${
  docs === 'built'
    ? '<a href="/docs">/docs</a>, the API reference and guides'
    : `<a href="/docs">/docs</a> once built (<code>${DOCS_BUILD}</code>)`
}</li>
<li>OpenAPI document: <a href="/openapi.json">/openapi.json</a></li>
<li>Health: <a href="/health">/health</a>; webhooks sent: <code>GET /admin/webhooks</code> with
<code>Authorization: Bearer &lt;token&gt;</code></li></ul>
<pre>curl ${escapeHtml(origin)}/include/api.php -d token=test -d function=get-user -d user_id=1 \\
  -H 'Prefer: example=not-found, delay=300'</pre>
<p><code>Prefer: example=&lt;name&gt;</code> serves a named example of the method's answer in the OpenAPI document
(a success, or an error such as <code>duplicate-email</code>), <code>Prefer: code=&lt;code&gt;</code> any of its errors,
<code>Prefer: delay=&lt;ms&gt;</code> waits. Answers say what they are in <code>X-Mock-Example</code>,
<code>X-Mock-Code</code>, <code>X-Mock-Invalid-Argument</code> and <code>X-Mock-Reason</code>.</p>
</body></html>`;

/**
 * The pages around the API: a home page, the docs site (a page saying how to build it when it is not
 * built), the OpenAPI document, health. `docs` finds the built site (tests replace it).
 */
export const addPages = (app: Hono, options: ResolvedOptions, docs: () => string | undefined = builtDocs) => {
  const origin = (c: Context) => new URL(c.req.url).origin;
  app.get('/', (c) => c.html(home(options, origin(c), docs() ? 'built' : 'missing')));
  app.get('/docs', (c) => {
    const site = docs();
    return site ? c.html(site) : c.html(home(options, origin(c), 'fallback'), 404);
  });
  app.get('/docs/', (c) => c.redirect('/docs', 301));
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
