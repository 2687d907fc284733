import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compressText } from '@support-board/contract/compress';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { currentExport } from '../queries/exports.js';
import { adminRoutes } from './admin.js';
import { apiHandler, internalFailure } from './api.js';
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

  // The pages are compressed. The API is left alone (small answers): a call matches its handler
  // only, and Hono runs a lone handler without a middleware chain.
  const compressed = compressText();
  for (const page of ['/docs', '/openapi.json', '/uploads/*', '/media/*', '/admin/*']) app.use(page, compressed);
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
  // They hold personal data: no cache keeps a copy, and no browser reads them as anything but CSV.
  app.get('/uploads/:folder/:file', async (c) => {
    const { folder, file } = c.req.param();
    // Only names as publishExport makes them reach the database (which refuses a NUL, say).
    if (!/^[0-9a-f]{32}$/.test(folder) || !/^[\w.-]{1,200}$/.test(file)) return c.text('Not found', 404);
    const content = await currentExport(deps.sql, `${folder}/${file}`);
    if (content === undefined) return c.text('Not found', 404);
    return c.body(content, 200, {
      'content-type': 'text/csv; charset=UTF-8',
      'content-disposition': `attachment; filename="${file}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
  });

  app.get('/media/:file', (c) => {
    const name = c.req.param('file');
    // An own property only: `constructor` or `__proto__` would find the object prototype's.
    if (!Object.hasOwn(mediaFiles, name)) return c.notFound();
    return c.body(mediaFiles[name]!, 200, {
      'content-type': 'image/svg+xml',
      'cache-control': 'public, max-age=86400',
    });
  });

  app.route('/admin', adminRoutes(deps));
  // What no route planned for: logged as one JSON line, answered in the API's error shape, no detail.
  app.onError((error, c) => {
    deps.log.error('request failed', { path: c.req.path, error: error.stack ?? String(error) });
    return c.json(internalFailure(error), 500);
  });
  app.notFound((c) => c.text('Not found. The API is at POST /include/api.php; its docs at /docs.', 404));
  return app;
};
