/**
 * The `hardening` checks can fail: each runs against the reference server (it passes), then against
 * a target that answers one kind of hostile input as the security review found servers answering
 * it (a database error, a success carrying an error, a chunked body read past the limit).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Breakage, startBrokenTarget } from './support/broken-target.js';
import { startReferenceServer, type Target } from './support/reference.js';
import { describeFailures, failedIds, runAgainst } from './support/run.js';

let reference: Target;
beforeAll(async () => {
  reference = await startReferenceServer();
});
afterAll(() => reference?.close());

const DB_ERROR = { status: 'error', response: 'db-error', message: 'The database could not complete the request.' };

const failsOnlyWhenBroken = async (check: string, target: () => Promise<Target>) => {
  const correct = await runAgainst(reference, { only: [check] });
  expect(failedIds(correct), describeFailures(correct)).toEqual([]);
  const broken = await target();
  try {
    expect(failedIds(await runAgainst(broken, { only: [check] }))).toEqual([check]);
  } finally {
    await broken.close();
  }
};

const broken = (breakage: Breakage) => () => startBrokenTarget(reference, breakage);

describe('each hardening check fails on a target that takes its input unsafely', () => {
  test('nul-token: a token with a NUL taken as the admin token', () =>
    failsOnlyWhenBroken(
      'negative/hardening/nul-token',
      broken({
        request: (fields) => (fields.token?.endsWith('\0') ? { ...fields, token: reference.token } : undefined),
      }),
    ));

  test('nul-arguments: a NUL in a name answered db-error', () =>
    failsOnlyWhenBroken(
      'negative/hardening/nul-arguments',
      broken({ answer: ({ fields }) => (fields.first_name?.includes('\0') ? DB_ERROR : undefined) }),
    ));

  test('long-id-lists: 70,000 IDs answered internal-error', () =>
    failsOnlyWhenBroken(
      'negative/hardening/long-id-lists',
      broken({
        answer: ({ fields }) =>
          (fields.user_ids ?? '').length > 100_000
            ? { status: 'error', response: 'internal-error', message: 'An unexpected error occurred.' }
            : undefined,
      }),
    ));

  test('escaped-lengths: an escaped name too long for its column, answered as a success carrying the error', () =>
    failsOnlyWhenBroken(
      'negative/hardening/escaped-lengths',
      broken({
        answer: ({ fields }) =>
          fields.first_name?.startsWith('&&')
            ? { success: true, response: { error: { message: "Data too long for column 'first_name'" } } }
            : undefined,
      }),
    ));

  test('chunked-body: a chunked body read whole, past the limit that holds with Content-Length', () =>
    failsOnlyWhenBroken('negative/hardening/chunked-body', async () => {
      // Passes every request on, but drops the padding of a chunked body, as a server that reads
      // such a body without counting it would answer the call.
      const server = createServer(async (request, response) => {
        let body = '';
        for await (const chunk of request) body += chunk;
        const fields = new URLSearchParams(body);
        if (request.headers['transfer-encoding'] === 'chunked') fields.delete('padding');
        const answer = await fetch(reference.url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: request.headers['transfer-encoding'] === 'chunked' ? fields.toString() : body,
        });
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/include/api.php`,
        token: reference.token,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
      };
    }));
});
