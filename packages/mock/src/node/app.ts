import { compressText } from '@support-board/contract/compress';
import { Hono } from 'hono';
import { getPath } from 'hono/utils/url';
import { createMockCore, internalError, type MockInternals } from '../core/core.js';
import type { MockOptions } from '../core/options.js';
import { addAdmin } from './admin.js';
import { addCors } from './cors.js';
import { addPages } from './pages.js';
import { toStdout } from './stdout.js';

export type { MockInternals } from '../core/core.js';
export type MockApp = Hono & { readonly mock: MockInternals };

const API_PATH = '/include/api.php';

/**
 * The mock as a Hono app, for in-process use (`app.fetch(request)`) or to serve with any adapter: the
 * API answered by the mock's core (as the MSW handlers answer it), and the pages and admin endpoints
 * around it.
 */
export const createMockApp = (input: MockOptions = {}): MockApp => {
  const core = createMockCore({ ...input, log: input.log ?? toStdout });
  const app = new Hono();
  addCors(app);
  app.use('*', compressText());
  addPages(app, core.options);
  addAdmin(app, core);
  app.onError((error) => internalError(error, core.options));
  app.notFound((c) => c.text('Not found. The API is at POST /include/api.php; see / for help.', 404));
  // The API goes straight to the core, before Hono's routing and middleware: nearly every request is
  // a call, and the core answers its preflights and sets its own CORS headers.
  const route = app.fetch;
  app.fetch = (request, ...rest) => (getPath(request) === API_PATH ? core.answer(request) : route(request, ...rest));
  const { options, webhooks, engine } = core;
  return Object.assign(app, { mock: { options, webhooks, engine } });
};
