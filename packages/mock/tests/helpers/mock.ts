import {
  type AnyMethod,
  ErrorAnswer,
  encodeCall,
  errorCodes,
  type MethodName,
  ValidationFailure,
} from '@support-board/contract';
import { expect } from 'vitest';
import { preferableCodes } from '../../src/core/negotiate/codes.js';
import { type RunningMock, type StartOptions, startMock } from '../../src/node/server.js';

export const TOKEN = 'test-token';

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

/** Calls the API at one URL, whatever answers there: the mock server, or MSW's handlers. */
export interface Caller {
  /** Posts form fields as PHP's http_build_query would. */
  post(fields: Record<string, string>, headers?: Record<string, string>): Promise<Reply>;
  /** Calls a method with typed arguments, encoded by the contract as the client does. */
  call(name: MethodName, args?: Record<string, unknown>, headers?: Record<string, string>): Promise<Reply>;
}

export interface TestMock extends RunningMock, Caller {}

const read = async (response: Response): Promise<Reply> => {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: response.status, headers: response.headers, body };
};

/** Calls one of the mock's admin endpoints with `Authorization: Bearer <token>` (default TOKEN). */
export const adminFetch = (mock: { url: string }, path: string, init: RequestInit = {}, token = TOKEN) =>
  fetch(`${mock.url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });

/** Calls with plain fetch, resolved at each call (MSW's server patches it after the caller is made). */
export const callerOf = (apiUrl: string): Caller => {
  const send = (body: string, headers: Record<string, string> = {}) =>
    fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    }).then(read);
  return {
    post: (fields, headers) => send(new URLSearchParams(fields).toString(), headers),
    call: (name, args = {}, headers) => send(encodeCall(name, TOKEN, args as never), headers),
  };
};

/** A mock on a free loopback port, quiet. */
export const startTestMock = async (options: StartOptions = {}): Promise<TestMock> => {
  const mock = await startMock({ port: 0, log: false, ...options });
  return { ...mock, ...callerOf(mock.apiUrl) };
};

/**
 * Asserts an answer is one the contract allows for this method: a success whose `response` matches
 * the method's schema, or one of its codes in the code's exact shape.
 */
export const expectValidAnswer = (method: AnyMethod, body: any) => {
  if (body?.success === true) {
    const checked = method.response.safeParse(body.response);
    expect(checked.success, `${method.name}: ${checked.error?.message}\n${JSON.stringify(body)}`).toBe(true);
    return;
  }
  const code = body?.response as keyof typeof errorCodes;
  expect(preferableCodes(method), `${method.name} answered ${JSON.stringify(body)}`).toContain(code);
  const schema = errorCodes[code].shape === 'validation' ? ValidationFailure : ErrorAnswer;
  expect(schema.safeParse(body).success, `${method.name}: ${JSON.stringify(body)}`).toBe(true);
  if (errorCodes[code].shape === 'validation') expect(Object.keys(body).sort()).toEqual(['response', 'success']);
};
