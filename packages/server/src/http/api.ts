import {
  checkCall,
  decodeArgs,
  type ErrorAnswer,
  errorAnswer,
  type Failure,
  methods,
  success,
  tooLargeAnswer,
  withinLimit,
} from '@support-board/contract';
import type { Context as HonoContext } from 'hono';
import { type Context, Refusal } from '../context.js';
import { databaseFailure } from '../db/failures.js';
import { handlers } from '../handlers/index.js';
import { createAdminLookup } from './admins.js';
import type { ServerDeps } from './deps.js';

const JSON_HEADERS = Object.freeze({ 'content-type': 'application/json; charset=UTF-8' });

const json = (body: unknown, headers?: Record<string, string>) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: headers ? { ...JSON_HEADERS, ...headers } : JSON_HEADERS,
  });

/**
 * `POST /include/api.php`: the whole API. The checks run in the original's order (function name,
 * function known, token present, token an admin's, required arguments, argument values), then the
 * method's handler; every answer is HTTP 200 in one of the three documented shapes.
 */
export const apiHandler = (deps: ServerDeps) => {
  const admins = createAdminLookup(deps.sql);
  return async (c: HonoContext) => {
    const started = performance.now();
    let name: string | undefined;
    let outcome = 'success';
    const send = (body: unknown, failed?: Failure, headers?: Record<string, string>) => {
      if (failed) outcome = failed.response;
      deps.log.info('call', { function: name, outcome, ms: Math.round((performance.now() - started) * 10) / 10 });
      return json(body, headers);
    };
    try {
      const request = await withinLimit(c.req.raw, deps.config.bodyLimit);
      if (!request) {
        const answer = tooLargeAnswer(deps.config.bodyLimit);
        // A body past the drain is left unread, and such a connection cannot be reused: close it.
        return send(answer, answer, { connection: 'close' });
      }
      const fields = c.req.method === 'POST' ? await deps.readFields(request) : {};
      const call = checkCall(fields);
      if (!call.ok) return send(call.failure, call.failure);
      name = call.value.name;
      const method = methods[call.value.name];
      const handler = handlers[call.value.name] as (args: unknown, ctx: Context) => Promise<unknown>;
      // From the token's lookup to the handler's end: tried once more after a lost connection when
      // that repeats nothing (db/retry.ts).
      const result = await deps.retry(
        async (effects) => {
          const admin = admins.trusted(call.value.token) ?? (await admins.find(call.value.token));
          if (!admin) return new Refusal(errorAnswer('invalid-token'));
          const args = decodeArgs(method, fields);
          if (!args.ok) return new Refusal(args.failure);
          const { context } = deps;
          const ctx: Context = {
            sql: effects.sql(context.sql),
            admin,
            config: context.config,
            services: effects.services(context.services),
            webhooks: context.webhooks,
            publicUrl: context.publicUrl,
            log: context.log,
          };
          const answer = await handler(args.value, ctx);
          if (method.writes && method.group === 'users') admins.forget();
          return answer;
        },
        { writes: method.writes, name },
      );
      if (result instanceof Refusal) return send(result.failure, result.failure);
      if (deps.config.validateResponses) {
        const checked = method.response.safeParse(result);
        if (!checked.success) {
          deps.log.error('answer does not match the contract', { function: name, issues: checked.error.issues });
          const broken = errorAnswer('internal-error', {
            message: `The answer of ${name} does not match the contract.`,
          });
          return send(broken, broken);
        }
      }
      return send(success(result));
    } catch (error) {
      // A client that closed its connection before sending its whole body is not a server error.
      if (c.req.raw.signal.aborted) {
        outcome = 'the client closed the connection';
        return send(null);
      }
      const answer = internalFailure(error);
      deps.log.error('call failed', { function: name, error: error instanceof Error ? error.stack : String(error) });
      return send(answer, answer);
    }
  };
};

/** A failure nobody planned for: logged in full, answered without a trace of its details. */
export const internalFailure = (error: unknown): ErrorAnswer =>
  databaseFailure(error)
    ? errorAnswer('db-error', { message: 'The database could not complete the request.' })
    : errorAnswer('internal-error', { message: 'An unexpected error occurred; the server logged it.' });
