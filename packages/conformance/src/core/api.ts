import {
  type ApiVersion,
  encodeFields,
  httpBuildQuery,
  type MethodArgs,
  type MethodName,
  type Methods,
} from '@support-board/contract';
import { errorText } from './values.js';

/** One request as it was sent: enough to send it again by hand (see `curl.ts`). */
export interface SentCall {
  /** The API method called (absent for a GET, or a body without `function`). */
  method?: string | undefined;
  url: string;
  /** The form fields of a POST to the API; absent for a GET. */
  fields?: Fields;
}

/** What the target answered to one request. */
export interface Answer {
  /** The request it answers. */
  call: SentCall;
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

export interface Api {
  readonly url: string;
  readonly token: string;
  /** How many requests were made. */
  readonly requests: number;
  /** The requests made since `journal.clear()`, in order (the runner clears it before each check). */
  readonly journal: Journal;
  /** A method call as the documentation's PHP example sends it, adjusted by `options`. */
  call<N extends MethodName>(name: N, args?: MethodArgs<Methods[N]>, options?: CallOptions): Promise<Answer>;
  /** The form fields of such a call, without sending it. */
  fields<N extends MethodName>(name: N, args?: MethodArgs<Methods[N]>, options?: CallOptions): Fields;
  /** Raw form fields, as given. */
  post(fields: Fields | Record<string, string>, method?: string): Promise<Answer>;
  /** A GET of any URL (a CSV export, say), relative ones resolved against the target. */
  get(url: string): Promise<Answer>;
}

/** The calls of the check under way: which methods it called, and the last call of each for its findings. */
export class Journal {
  private calls: SentCall[] = [];
  private paused = 0;

  add(call: SentCall): void {
    if (this.paused === 0) this.calls.push(call);
  }

  /** Runs `work` without recording its calls (the shared fixtures, made by whichever check reads them first). */
  async outside<T>(work: () => Promise<T>): Promise<T> {
    this.paused += 1;
    try {
      return await work();
    } finally {
      this.paused -= 1;
    }
  }

  clear(): void {
    this.calls = [];
  }

  /** The calls recorded, in order. */
  get all(): readonly SentCall[] {
    return this.calls;
  }

  /** The methods called, each once, in the order of their first call. */
  get methods(): string[] {
    return [...new Set(this.calls.flatMap((call) => (call.method ? [call.method] : [])))];
  }

  /** The last call of `method` (or the last call at all), if any. */
  last(method?: string): SentCall | undefined {
    return this.calls.findLast((call) => method === undefined || call.method === method);
  }
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
  const journal = new Journal();

  const send = async (target: string, init: RequestInit, call: SentCall): Promise<Answer> => {
    requests += 1;
    journal.add(call);
    const method = call.method;
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
    const answer = { call, status: response.status, text, body, ms: Math.round(performance.now() - started) };
    return answer;
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

  const post = (body: Fields | Record<string, string>, method?: string) => {
    const fields = Array.isArray(body) ? body : Object.entries(body);
    return send(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: httpBuildQuery(fields),
      },
      { method: method ?? fields.find(([key]) => key === 'function')?.[1], url, fields },
    );
  };

  return {
    url,
    token,
    get requests() {
      return requests;
    },
    journal,
    fields: (name, args, options = {}) => fields(name, args, { token, ...options }),
    call: (name, args, options = {}) => post(fields(name, args, { token, ...options }), name),
    post,
    get: (target) => {
      const resolved = new URL(target, url).toString();
      return send(resolved, { method: 'GET' }, { url: resolved });
    },
  };
};
