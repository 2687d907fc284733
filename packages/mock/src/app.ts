import { errorAnswer, withinLimit } from '@support-board/contract';
import { Hono } from 'hono';
import { createStatefulEngine, type StatefulEngine } from './generate/stateful/engine.js';
import { addAdmin } from './http/admin.js';
import { apiHandler } from './http/api.js';
import { addCors, corsHeaders } from './http/cors.js';
import { addPages } from './http/pages.js';
import { createTokenCheck } from './http/tokens.js';
import { formatEvent } from './log.js';
import { type MockOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { headerSafe } from './serve/respond.js';
import { createWebhookSender, type WebhookSender } from './webhooks/sender.js';

export interface MockInternals {
  options: ResolvedOptions;
  /** Where webhooks go; `idle()` resolves once every delivery has finished. */
  webhooks: WebhookSender;
  /** Stateful mode's engine (its `store` holds the data). */
  engine: StatefulEngine | undefined;
}

export type MockApp = Hono & { readonly mock: MockInternals };

const BODY_LIMIT = 2 * 1024 * 1024;

/** The mock as a Hono app, for in-process use (`app.fetch(request)`) or to serve with any adapter. */
export const createMockApp = (input: MockOptions = {}): MockApp => {
  const options = resolveOptions(input);
  const sender = createWebhookSender(
    input.webhookUrl
      ? {
          url: input.webhookUrl,
          ...(input.webhookKey === undefined ? {} : { key: input.webhookKey }),
          ...(input.webhookSecret === undefined ? {} : { secret: input.webhookSecret }),
          ...(input.webhookRetries === undefined ? {} : { retries: input.webhookRetries }),
          ...(input.webhookRetryDelayMs === undefined ? {} : { retryDelayMs: input.webhookRetryDelayMs }),
        }
      : undefined,
    (line) => options.log(formatEvent(line)),
  );
  const engine =
    options.mode === 'stateful'
      ? createStatefulEngine({
          seed: options.seed,
          version: options.apiVersion,
          sender,
          ...(input.now ? { now: input.now } : {}),
        })
      : undefined;

  const tokens = createTokenCheck(options.token, engine);

  const app = new Hono();
  addCors(app, '/include/api.php');
  // Checked on Content-Length only: hono's bodyLimit reads `request.body`, which turns off the Node
  // adapter's fast body reading and halves the throughput. A body over the limit is read to its end
  // first (withinLimit), so that a client still sending it gets the answer, not a reset connection.
  app.use('/include/api.php', async (c, next) => {
    if (Number(c.req.header('content-length') ?? 0) <= BODY_LIMIT) return next();
    await withinLimit(c.req.raw, BODY_LIMIT);
    const answer = errorAnswer('request-too-large', { message: `The body is larger than ${BODY_LIMIT} bytes.` });
    return c.json(answer, 200, { ...corsHeaders, 'x-mock-code': 'request-too-large', connection: 'close' });
  });
  app.all('/include/api.php', apiHandler({ options, engine, tokens, publicUrl: input.publicUrl }));
  addPages(app, options);
  addAdmin(app, { sender, engine, tokens, log: options.log });
  // A bug of the mock is answered as the API answers its own failures, and says what happened.
  app.onError((error, c) => {
    options.log(formatEvent(`internal error: ${error.stack ?? error.message}`));
    const answer = errorAnswer('internal-error', { message: 'The mock failed; its log has the details.' });
    const reason = headerSafe(error.message);
    return c.json(answer, 200, { ...corsHeaders, 'x-mock-code': 'internal-error', 'x-mock-reason': reason });
  });
  app.notFound((c) => c.text('Not found. The API is at POST /include/api.php; see / for help.', 404));
  return Object.assign(app, { mock: { options, webhooks: sender, engine } });
};
