import type { MethodArgs, MethodResponse } from '../define.js';
import { type Answer, type Failure, isFailure } from '../envelope.js';
import { type MethodName, type Methods, methods } from '../methods/index.js';
import { encodeCall } from '../wire/encode.js';

export interface ClientOptions {
  /** The full URL of the API, e.g. `https://example.com/supportboard/include/api.php`. */
  url: string | URL;
  /** An admin's secret token. */
  token: string;
  /** The `fetch` to use; defaults to the global one (Node 18+, browsers). */
  fetch?: typeof fetch;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  /** Check each successful `response` against the contract's schema and throw when it does not match. */
  validateResponses?: boolean;
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

export interface Client {
  /**
   * Calls a method and resolves with its `response`; rejects with a `SupportBoardError` when the
   * API answers an error.
   *
   * @example
   * const user = await client.call('get-user', { user_id: 1, extra: true });
   */
  call<N extends MethodName>(name: N, ...args: ArgsParam<N>): Promise<MethodResponse<Methods[N]>>;
  /** Calls a method and resolves with the whole answer, success or not. */
  request<N extends MethodName>(name: N, ...args: ArgsParam<N>): Promise<Answer<MethodResponse<Methods[N]>>>;
}

/**
 * A typed client for the Support Board Web API. It sends each call as the documentation's PHP
 * example does: `POST` of an `application/x-www-form-urlencoded` body built like `http_build_query`.
 *
 * @example
 * import { createClient } from '@support-board/contract/client';
 * const client = createClient({ url: 'https://example.com/supportboard/include/api.php', token: 'ADMIN-TOKEN' });
 * const users = await client.call('get-users', { user_types: ['user'] });
 */
export const createClient = (options: ClientOptions): Client => {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  const request = async <N extends MethodName>(name: N, ...[args]: ArgsParam<N>) => {
    const method = methods[name];
    const body = encodeCall(method, options.token, (args ?? {}) as never);
    const response = await doFetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
      body,
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as Answer<MethodResponse<Methods[N]>>;
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
    if (options.validateResponses) {
      const checked = methods[name].response.safeParse(answer.response);
      if (!checked.success) {
        throw new SupportBoardError(
          name,
          'unexpected-response',
          { body: JSON.stringify(answer) },
          checked.error.message,
        );
      }
    }
    return answer.response;
  };

  return { call, request } as Client;
};
