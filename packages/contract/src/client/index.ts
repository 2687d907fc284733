// Only types come from the contract's definitions: at run time a call needs the generic encoder and
// the small wire table, never a schema (see the README's size test).
import { type Answer, type Failure, isFailure } from '../answer.js';
import type { MethodArgs, MethodResponse } from '../define.js';
import type { MethodName, Methods } from '../methods/index.js';
import type { ApiVersion } from '../versions/define.js';
import { encodeCall } from '../wire/encode.js';

/**
 * Checks a successful `response` of `method` as `version` answers it: undefined when it is right,
 * else what is wrong. `validateResponse` from `@support-board/contract/client/validate` checks it
 * against the contract's schemas.
 */
export type ResponseValidator = (method: MethodName, version: ApiVersion, response: unknown) => string | undefined;

export interface ClientOptions<V extends ApiVersion = '3.0'> {
  /** The full URL of the API, e.g. `https://example.com/supportboard/include/api.php`. */
  url: string | URL;
  /** An admin's secret token. */
  token: string;
  /**
   * The version of the API the server answers as: `3.0` (default), the documented one, or `3.3`, as
   * Support Board 3.3 does. Answers are typed, and method names sent, as that version has them.
   * @default '3.0'
   */
  apiVersion?: V;
  /** The `fetch` to use; defaults to the global one at the time of each call (Node 18+, browsers). */
  fetch?: typeof fetch;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  /**
   * Checks each successful `response` and rejects with `unexpected-response` when it does not
   * match. Opt-in, as it loads every schema: pass `validateResponse` from
   * `@support-board/contract/client/validate` to check answers against the contract (of `apiVersion`).
   *
   * @example
   * import { validateResponse } from '@support-board/contract/client/validate';
   * const client = createClient({ url, token, validateResponses: validateResponse });
   */
  validateResponses?: ResponseValidator;
}

/** A failed call: `code` is the API's error code, `answer` the whole body as received. */
export class SupportBoardError extends Error {
  override readonly name = 'SupportBoardError';
  constructor(
    readonly method: string,
    readonly code: string,
    readonly answer: Failure | { body: string },
    message?: string,
  ) {
    super(message ?? `${method}: ${code}`);
  }
}

type ArgsParam<N extends MethodName> =
  {} extends MethodArgs<Methods[N]> ? [args?: MethodArgs<Methods[N]>] : [args: MethodArgs<Methods[N]>];

export interface Client<V extends ApiVersion = '3.0'> {
  /**
   * Calls a method and resolves with its `response`, as version `V` answers it; rejects with a
   * `SupportBoardError` when the API answers an error.
   *
   * @example
   * const user = await client.call('get-user', { user_id: 1, extra: true });
   */
  call<N extends MethodName>(name: N, ...args: ArgsParam<N>): Promise<MethodResponse<Methods[N], V>>;
  /** Calls a method and resolves with the whole answer, success or not. */
  request<N extends MethodName>(name: N, ...args: ArgsParam<N>): Promise<Answer<MethodResponse<Methods[N], V>>>;
}

/**
 * A typed client for the Support Board Web API. It sends each call as the documentation's PHP
 * example does: `POST` of an `application/x-www-form-urlencoded` body built like `http_build_query`.
 *
 * @example
 * import { createClient } from '@support-board/contract/client';
 * const client = createClient({ url: 'https://example.com/supportboard/include/api.php', token: 'ADMIN-TOKEN' });
 * const users = await client.call('get-users', { user_types: ['user'] });
 * // A Support Board 3.3 server: send-message answers { id, queue, ... }, is-online a boolean.
 * const v33 = createClient({ url, token, apiVersion: '3.3' });
 */
export const createClient = <V extends ApiVersion = '3.0'>(options: ClientOptions<V>): Client<V> => {
  // The global fetch is looked up at each call: mocking libraries (MSW) replace it after apps create their client.
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const version: ApiVersion = options.apiVersion ?? '3.0';

  const request = async <N extends MethodName>(name: N, ...[args]: ArgsParam<N>) => {
    const body = encodeCall(name, options.token, (args ?? {}) as never, version);
    const response = await doFetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
      body,
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as Answer<MethodResponse<Methods[N], V>>;
    } catch {
      throw new SupportBoardError(
        name,
        'invalid-json',
        { body: text },
        `${name}: the answer is not JSON (HTTP ${response.status})`,
      );
    }
  };

  const call = async <N extends MethodName>(name: N, ...args: ArgsParam<N>) => {
    const answer = await request(name, ...args);
    if (isFailure(answer)) {
      throw new SupportBoardError(name, answer.response, answer, 'message' in answer ? answer.message : undefined);
    }
    const problem = options.validateResponses?.(name, version, answer.response);
    if (problem !== undefined) {
      throw new SupportBoardError(name, 'unexpected-response', { body: JSON.stringify(answer) }, problem);
    }
    return answer.response;
  };

  return { call, request } as Client<V>;
};
