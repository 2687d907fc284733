import { errorAnswer, tooLargeAnswer, withinLimit } from '@support-board/contract';
import { apiHandler } from './api.js';
import { corsHeaders, preflight } from './cors.js';
import { createStatefulEngine, type StatefulEngine } from './generate/stateful/engine.js';
import { formatEvent } from './log.js';
import { type MockOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { headerSafe, json } from './serve/respond.js';
import { createTokenCheck, type TokenCheck } from './tokens.js';
import { createWebhookSender, type WebhookSender } from './webhooks/sender.js';

export interface MockInternals {
  options: ResolvedOptions;
  /** Where webhooks go; `idle()` resolves once every delivery has finished. */
  webhooks: WebhookSender;
  /** Stateful mode's engine (its `store` holds the data). */
  engine: StatefulEngine | undefined;
}

/**
 * The mock without a transport: Fetch `Request`s in, `Response`s out. The HTTP server (node/app.ts) and
 * the MSW handlers (msw.ts) both answer through it, so they answer alike.
 */
export interface MockCore extends MockInternals {
  /** Which tokens are an admin's (the API's and the admin endpoints'). */
  tokens: TokenCheck;
  /**
   * Answers one request to `/include/api.php`: a call, or a CORS preflight. Never rejects: a bug of
   * the mock is answered as internal-error.
   */
  answer(request: Request): Promise<Response>;
  /** The CSV export at `<folder>/<file>` that csv-users or csv-conversations linked to, or undefined. */
  download(path: string): Response | undefined;
  /** Stateful mode: the demo data again (the other modes keep nothing). */
  reset(): void;
}

/** The largest body the mock reads, for the API and the admin endpoints: the reference server's default. */
export const BODY_LIMIT = 1024 * 1024;

/** A failure of the mock itself, answered as the API answers its own failures, saying what happened. */
export const internalError = (error: Error, options: ResolvedOptions) => {
  options.log(formatEvent(`internal error: ${error.stack ?? error.message}`));
  const answer = errorAnswer('internal-error', { message: 'The mock failed; its log has the details.' });
  const reason = headerSafe(error.message);
  return json(answer, 200, { ...corsHeaders, 'x-mock-code': 'internal-error', 'x-mock-reason': reason });
};

/**
 * A body past the limit, however it is framed: a declared Content-Length within it is trusted
 * without reading (the Node adapter's fast body reading stays on), a chunked body is counted as it
 * is read (withinLimit). A body over the limit is read to its end first (up to DRAIN_AT_MOST), so
 * that a client still sending it gets the answer, not a reset connection.
 */
const limitBody = async (request: Request): Promise<Request | Response> =>
  (await withinLimit(request, BODY_LIMIT)) ??
  json(tooLargeAnswer(BODY_LIMIT), 200, { ...corsHeaders, 'x-mock-code': 'request-too-large', connection: 'close' });

export const createMockCore = (input: MockOptions = {}): MockCore => {
  const options = resolveOptions(input);
  const webhooks = createWebhookSender(
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
          sender: webhooks,
          ...(input.now ? { now: input.now } : {}),
        })
      : undefined;
  const tokens = createTokenCheck(options.token, engine);
  const api = apiHandler({ options, engine, tokens, publicUrl: input.publicUrl });

  const answer = async (request: Request) => {
    try {
      if (request.method === 'OPTIONS') return preflight(request);
      const limited = await limitBody(request);
      return limited instanceof Response ? limited : await api(limited);
    } catch (error) {
      return internalError(error instanceof Error ? error : new Error(String(error)), options);
    }
  };

  const download = (path: string) => {
    const file = engine?.store.exports.get(path);
    if (file === undefined) return undefined;
    const name = path.slice(path.lastIndexOf('/') + 1).replace(/[^\w.-]/g, '_');
    return new Response(file, {
      headers: { 'content-type': 'text/csv; charset=UTF-8', 'content-disposition': `attachment; filename="${name}"` },
    });
  };

  return { options, webhooks, engine, tokens, answer, download, reset: () => engine?.reset() };
};
