/**
 * The sweeps of static mode over every method, for any transport: the mock server's tests run them
 * over HTTP, the MSW handlers' tests through MSW. `mock` gives the caller once it is started.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type AnyMethod, errorCodes, methodList } from '@support-board/contract';
import { describe, expect, test } from 'vitest';
import { preferableCodes } from '../../src/core/negotiate/codes.js';
import { type Caller, expectValidAnswer, TOKEN } from '../helpers/mock.js';

const all = methodList as readonly AnyMethod[];

/** Every named example of each operation's answer in the contract's built OpenAPI document. */
export const documented = (() => {
  const require = createRequire(import.meta.url);
  const document = JSON.parse(readFileSync(require.resolve('@support-board/contract/openapi.json'), 'utf8'));
  const examples = new Map<string, Record<string, { value: any }>>();
  for (const item of Object.values<any>(document.paths)) {
    examples.set(item.post.operationId, item.post.responses['200'].content['application/json'].examples);
  }
  return examples;
})();

export const sweepStatic = (mock: () => Caller) => {
  describe('static mode answers every method', () => {
    test.each(all.map((method) => [method.name, method] as const))('%s: its documented example', async (_, method) => {
      const reply = await mock().call(method.name as never, method.request as Record<string, unknown>);
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
      expect(reply.body).toEqual({ success: true, response: method.examples[0].value });
      expect(reply.headers.get('x-mock-example')).toBe(method.examples[0].name);
      expectValidAnswer(method, reply.body);
    });
  });

  describe('Prefer: example=<name> reaches every named example of /openapi.json, successes and errors', () => {
    const cases = all.flatMap((method) =>
      Object.entries(documented.get(method.name) ?? {}).map(
        ([name, { value }]) => [method.name, name, value, method] as const,
      ),
    );

    test('the document names every method, and errors among its examples', () => {
      expect([...documented.keys()].sort()).toEqual(all.map((method) => method.name).sort());
      expect(cases.filter(([, , value]) => value.success !== true).length).toBeGreaterThan(all.length);
    });

    test.each(cases)('%s %s', async (_, name, value, method) => {
      const reply = await mock().call(method.name as never, method.request as Record<string, unknown>, {
        prefer: `example=${name}`,
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual(value);
      expect(reply.headers.get('x-mock-example')).toBe(name);
      expect(reply.headers.get('x-mock-mode')).toBe('static');
      expect(reply.headers.get('preference-applied')).toBe(`example=${name}`);
      if (value.success === true) {
        expect(reply.body).toEqual({ success: true, response: method.examples.find((e) => e.name === name)?.value });
        expect(reply.headers.get('x-mock-code')).toBeNull();
      } else {
        expect(reply.headers.get('x-mock-code')).toBe(value.response);
      }
      expectValidAnswer(method, reply.body);
    });
  });

  describe('Prefer: code=<code> reaches every error of every method, in its exact shape', () => {
    const cases = all.flatMap((method) => preferableCodes(method).map((code) => [method.name, code, method] as const));
    test.each(cases)('%s %s', async (_, code, method) => {
      const reply = await mock().call(method.name as never, method.request as Record<string, unknown>, {
        prefer: `code=${code}`,
      });
      expect(reply.status).toBe(200);
      expect(reply.body.response).toBe(code);
      expect(reply.headers.get('x-mock-code')).toBe(code);
      if (errorCodes[code].shape === 'validation') expect(reply.body).toEqual({ success: false, response: code });
      else expect(reply.body.status).toBe('error');
      expectValidAnswer(method, reply.body);
    });

    test('dispatcher messages are filled in', async () => {
      const reply = await mock().call('get-user', { user_id: 1 }, { prefer: 'code=function-not-found' });
      expect(reply.body).toEqual({
        status: 'error',
        response: 'function-not-found',
        message: 'Function get-user not found. Check the function name.',
      });
      const missing = await mock().call('get-user', { user_id: 1 }, { prefer: 'code=missing-argument' });
      expect(missing.body).toMatchObject({ message: 'Missing argument: user_id', argument: 'user_id' });
      expect(missing.headers.get('x-mock-invalid-argument')).toBe('user_id');
    });
  });

  describe('invalid arguments are answered precisely and named in headers', () => {
    const required = all.filter((method) => Object.values(method.args).some((arg) => arg.spec.required));
    test.each(required.map((method) => [method.name, method] as const))('%s without arguments', async (_, method) => {
      const first = Object.entries(method.args).find(([, arg]) => arg.spec.required)?.[0];
      const reply = await mock().post({ token: TOKEN, function: method.name });
      expect(reply.body).toEqual({
        status: 'error',
        response: 'missing-argument',
        message: `Missing argument: ${first}`,
        argument: first,
      });
      expect(reply.headers.get('x-mock-invalid-argument')).toBe(first);
      expect(reply.headers.get('x-mock-reason')).toContain('missing');
    });
  });
};
