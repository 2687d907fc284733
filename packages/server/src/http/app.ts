import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { adminRoutes } from './admin.js';
import { apiHandler } from './api.js';
import { compressText } from './compress.js';
import type { ServerDeps } from './deps.js';
import { mediaFiles } from './media.js';

const require = createRequire(import.meta.url);

/** A built file of a sibling package, or undefined when that package has not been built. */
const builtFile = (specifier: string) => {
  try {
    return readFileSync(require.resolve(specifier), 'utf8');
  } catch {
    return undefined;
  }
};

export const createApp = (deps: ServerDeps) => {
  const app = new Hono();
  const openapi = builtFile('@support-board/contract/openapi.json');
  const docs = builtFile('@support-board/docs/index.html');

  if (deps.config.corsOrigins.length) {
    const origins = deps.config.corsOrigins;
    app.use('/include/api.php', cors({ origin: origins.includes('*') ? '*' : origins, allowMethods: ['POST'] }));
  }

  app.use('*', compressText({ except: ['/include/api.php'] }));
  app.all('/include/api.php', apiHandler(deps));

  // For load balancers: the server listens only once migrated and seeded; 503 while it stops, or
  // while the database does not answer (see db/health.ts), tells them to send calls elsewhere.
  app.get('/health', async (c) => {
    if (!deps.ready()) return c.json({ status: 'stopping' }, 503);
    return (await deps.health.reachable())
      ? c.json({ status: 'ok', database: deps.databaseKind })
      : c.json({ status: 'unavailable', database: 'unreachable' }, 503);
  });
  app.get('/openapi.json', (c) =>
    openapi ? c.body(openapi, 200, { 'content-type': 'application/json' }) : c.text('The contract is not built.', 404),
  );
  app.get('/docs', (c) =>
    docs ? c.html(docs) : c.text('The docs site is not built: pnpm --filter @support-board/docs build', 404),
  );

  // CSV exports (csv-users, csv-conversations) are kept in the database so that any process serves them.
  // The name is `<random folder>/<file>.csv`: unguessable, unlike the original's fixed public paths.
  app.get('/uploads/:folder/:file', async (c) => {
    const name = `${c.req.param('folder')}/${c.req.param('file')}`;
    const [file] = await deps.sql<{ content: string }[]>`SELECT content FROM exports WHERE name = ${name}`;
    if (!file) return c.text('Not found', 404);
    return c.body(file.content, 200, {
      'content-type': 'text/csv; charset=UTF-8',
      'content-disposition': `attachment; filename="${c.req.param('file').replace(/[^\w.-]/g, '_')}"`,
    });
  });

  app.get('/media/:file', (c) => {
    const svg = mediaFiles[c.req.param('file')];
    return svg
      ? c.body(svg, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' })
      : c.notFound();
  });

  app.route('/admin', adminRoutes(deps));
  app.notFound((c) => c.text('Not found. The API is at POST /include/api.php; its docs at /docs.', 404));
  return app;
};
