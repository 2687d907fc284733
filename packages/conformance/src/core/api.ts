import {
  type ApiVersion,
  encodeFields,
  httpBuildQuery,
  type MethodArgs,
  type MethodName,
  type Methods,
} from '@support-board/contract';
import { errorText } from './values.js';

/** What the target answered to one request. */
export interface Answer {
  status: number;
  /** The body as text. */
  text: string;
  /** The body parsed as JSON; undefined when it is not JSON. */
  body: unknown;
  ms: number;
}

/** The target did not answer at all: refused connection, reset, timeout. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly method: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export type Fields = [string, string][];

export interface CallOptions {
  /** Send another token, or none at all (`null`). */
  token?: string | null;
  /** Fields to drop from the body (a required argument, with its aliases). */
  omit?: string[];
  /** Fields to set or replace, as raw text (a malformed value, say). */
  set?: Record<string, string>;
}

/** One method call as sent: the method and the names of the fields its arguments filled. */
export interface SentCall {
  method: string;
  fields: string[];
}

export interface Api {
  readonly url: string;
  readonly token: string;
  /** How many requests were made. */
  readonly requests: number;
  /** Every method call made so far, in order (for the coverage map: which arguments were sent). */
  readonly sent: readonly SentCall[];
  /** A method call as the documentation's PHP example sends it, adjusted by `options`. */
  call<N extends MethodName>(name: N, args?: MethodArgs<Methods[N]>, options?: CallOptions): Promise<Answer>;
  /** The form fields of such a call, without sending it. */
  fields<N extends MethodName>(name: N, args?: MethodArgs<Methods[N]>, options?: CallOptions): Fields;
  /** Raw form fields, as given. */
  post(fields: Fields | Record<string, string>, method?: string): Promise<Answer>;
  /** A GET of any URL (a CSV export, say), relative ones resolved against the target. */
  get(url: string): Promise<Answer>;
}

export const createApi = ({
  url,
  token,
  timeoutMs,
  version,
}: {
  url: string;
  token: string;
  timeoutMs: number;
  /** Calls are sent with the method names of this version. */
  version: ApiVersion;
}): Api => {
  let requests = 0;
  const sent: SentCall[] = [];

  const send = async (target: string, init: RequestInit, method: string | undefined): Promise<Answer> => {
    requests += 1;
    const started = performance.now();
    let response: Response;
    let text: string;
    try {
      response = await fetch(target, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      text = await response.text();
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new TransportError(method, timedOut ? `no answer within ${timeoutMs} ms` : errorText(error));
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, text, body, ms: Math.round(performance.now() - started) };
  };

  const fields = <N extends MethodName>(name: N, args?: MethodArgs<Methods[N]>, options: CallOptions = {}) => {
    let list = encodeFields(name, options.token ?? '', (args ?? {}) as never, version);
    if (options.token === null) list = list.filter(([key]) => key !== 'token');
    if (options.omit) list = list.filter(([key]) => !options.omit?.includes(key));
    for (const [key, value] of Object.entries(options.set ?? {})) {
      const at = list.findIndex(([k]) => k === key);
      if (at >= 0) list[at] = [key, value];
      else list.push([key, value]);
    }
    return list;
  };

  const post = (body: Fields | Record<string, string>, method?: string) =>
    send(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: httpBuildQuery(Array.isArray(body) ? body : Object.entries(body)),
      },
      method,
    );

  return {
    url,
    token,
    get requests() {
      return requests;
    },
    sent,
    fields: (name, args, options = {}) => fields(name, args, { token, ...options }),
    call: (name, args, options = {}) => {
      const list = fields(name, args, { token, ...options });
      sent.push({
        method: name,
        fields: list.map(([key]) => key).filter((key) => key !== 'token' && key !== 'function'),
      });
      return post(list, name);
    },
    post,
    get: (target) => send(new URL(target, url).toString(), { method: 'GET' }, undefined),
  };
};
