/**
 * The suite proves it can fail: each test wraps the reference server (the correct answer source)
 * in a target that breaks one thing, runs the checks that should notice, and asserts the suite
 * reports exactly that failure, with the method, the JSON path, what was expected and what came.
 * Each breakage is first run unbroken, to show the same checks pass on the correct target.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { paint, summary } from '../src/index.js';
import { type Breakage, startBrokenTarget } from './support/broken-target.js';
import { startReferenceWithRelay, type Target } from './support/reference.js';
import { describeFailures, failedIds, findingsOf, runAgainst } from './support/run.js';

const SECRET = 'whsec_dGVzdC13ZWJob29rLXNlY3JldC0xMjM0NQ==';
const KEY = 'conformance-key';

let reference: Target;
let relay: Awaited<ReturnType<typeof startReferenceWithRelay>>['relay'];
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ reference, relay, close: stop } = await startReferenceWithRelay({ WEBHOOK_KEY: KEY, WEBHOOK_SECRET: SECRET }));
});
afterAll(() => stop?.());

/** The correct target, then the broken one, with the same options; answers the broken run's report. */
const compare = async (breakage: Breakage, options: Parameters<typeof runAgainst>[1]) => {
  const correct = await runAgainst(reference, options);
  expect(failedIds(correct), describeFailures(correct)).toEqual([]);
  const broken = await startBrokenTarget(reference, breakage);
  try {
    return await runAgainst(broken, options);
  } finally {
    await broken.close();
  }
};

describe('a broken target fails exactly the check that covers what is broken', () => {
  test('a wrong field type: get-user answers the ID as a number', async () => {
    const report = await compare(
      {
        answer: ({ fields, body }) =>
          fields.function === 'get-user' && body.response
            ? { ...body, response: { ...body.response, id: Number(body.response.id) } }
            : undefined,
      },
      { only: ['examples/get-user'] },
    );
    expect(failedIds(report)).toEqual(['examples/get-user']);
    expect(findingsOf(report)).toEqual([
      {
        check: 'examples/get-user',
        method: 'get-user',
        path: '$.response.id',
        expected: 'string',
        received: expect.stringMatching(/^\d+ \(number\)$/),
        hint: expect.stringContaining('travel as strings'),
        curl: expect.stringMatching(
          /^curl -s 'http:\/\/127\.0\.0\.1:\d+\/include\/api\.php' -d "token=\$TOKEN" --data-urlencode 'function=get-user' --data-urlencode 'user_id=\d+' --data-urlencode 'extra=true'$/,
        ),
      },
    ]);
    const text = summary(report, paint(false));
    expect(text).toMatch(
      /method\s+get-user\n\s+path\s+\$\.response\.id\n\s+expected\s+string\n\s+received\s+\d+ \(number\)/,
    );
  });

  test('a missing error code: duplicate-email answered as a success', async () => {
    const report = await compare(
      {
        answer: ({ fields, body }) =>
          fields.function === 'add-user' && body.response === 'duplicate-email'
            ? { success: true, response: 2_000_000_000 }
            : undefined,
      },
      { only: ['negative/error-code/add-user/duplicate-email'] },
    );
    expect(failedIds(report)).toEqual(['negative/error-code/add-user/duplicate-email']);
    expect(findingsOf(report)).toEqual([
      expect.objectContaining({
        method: 'add-user',
        path: '$',
        expected: '{"success":false,"response":"duplicate-email"}',
        received: '{"success":true,"response":2000000000}',
      }),
    ]);
  });

  test('a lost write: add-user answers an ID, but get-user does not find the user', async () => {
    const added = new Set<string>();
    const report = await compare(
      {
        answer: ({ fields, body }) => {
          if (fields.function === 'add-user' && body.success) added.add(String(body.response));
          if (fields.function === 'get-user' && added.has(fields.user_id ?? ''))
            return { success: true, response: false };
          return undefined;
        },
      },
      { only: ['scenarios/user-lifecycle'] },
    );
    expect(failedIds(report)).toEqual(['scenarios/user-lifecycle']);
    expect(findingsOf(report)).toEqual([
      expect.objectContaining({
        method: 'get-user',
        path: '$.response',
        expected: expect.stringMatching(/^the user add-user created \(ID \d+\)$/),
        received: 'false (not found)',
        hint: expect.stringContaining('the write was lost'),
      }),
    ]);
  });

  test("a dispatcher error reworded: invalid-token with a message other than the original's", async () => {
    const report = await compare(
      {
        answer: ({ body }) =>
          body.response === 'invalid-token' ? { ...body, message: 'Use an admin user token.' } : undefined,
      },
      { only: ['negative/dispatcher/bad-token'] },
    );
    expect(failedIds(report)).toEqual(['negative/dispatcher/bad-token']);
    expect(findingsOf(report)[0]).toEqual(
      expect.objectContaining({
        method: 'count-users',
        path: '$',
        expected:
          '{"status":"error","response":"invalid-token","message":"It looks like the token is invalid, please make sure you are using a token from an admin user."}',
        received: '{"status":"error","response":"invalid-token","message":"Use an admin user token."}',
        hint: expect.stringContaining('word for word'),
      }),
    );
  });

  test("an agent's token accepted: the target lets an agent read, update and delete users", async () => {
    // The broken target learns agents' tokens from get-user and passes their calls on with the admin's token.
    const agentTokens = new Set<string>();
    const report = await compare(
      {
        request: (fields) =>
          fields.token && agentTokens.has(fields.token) ? { ...fields, token: reference.token } : undefined,
        answer: ({ fields, body }) => {
          if (fields.function === 'get-user' && body.response?.user_type === 'agent')
            agentTokens.add(body.response.token);
          return undefined;
        },
      },
      { only: ['negative/token'] },
    );
    expect(failedIds(report)).toEqual(['negative/token/agent-token']);
    const refusal = expect.stringMatching(/^\{"status":"error","response":"invalid-token","message":"It looks like/);
    const findings = findingsOf(report);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: 'count-users', path: '$', expected: refusal }),
        expect.objectContaining({
          method: 'update-user',
          path: '$',
          expected: refusal,
          received: '{"success":true,"response":true}',
        }),
        expect.objectContaining({
          method: 'update-user',
          path: 'get-user $.response.first_name',
          expected: '"Kept" (string): unchanged, as before the refused update-user call',
          received: '"Hijacked" (string)',
          hint: expect.stringContaining('with the token of an agent went ahead anyway'),
        }),
        expect.objectContaining({
          method: 'delete-user',
          path: 'get-user $.response',
          received: 'false (not found): the user was deleted',
        }),
        expect.objectContaining({
          method: 'update-user',
          path: 'get-user $.response.user_type',
          expected: '"agent" (string): unchanged, as before the refused update-user call',
          received: '"admin" (string)',
        }),
      ]),
    );
    expect(findings.every((finding) => finding.check === 'negative/token/agent-token')).toBe(true);
  });

  test('a refused write that writes: new-conversation answers user-not-found, but creates the conversation', async () => {
    // The unknown user is swapped for a user the suite created, and the success answered as the refusal.
    const UNKNOWN = '2147483000';
    let known: string | undefined;
    const report = await compare(
      {
        request: (fields) =>
          fields.function === 'new-conversation' && fields.user_id === UNKNOWN && known
            ? { ...fields, user_id: known }
            : undefined,
        answer: ({ fields, body }) => {
          if (fields.function === 'add-user' && body.success) known ??= String(body.response);
          if (fields.function === 'new-conversation' && fields.user_id === UNKNOWN)
            return { success: false, response: 'user-not-found' };
          return undefined;
        },
      },
      { only: ['negative/error-code/new-conversation/user-not-found'] },
    );
    expect(failedIds(report)).toEqual(['negative/error-code/new-conversation/user-not-found']);
    expect(findingsOf(report)).toEqual([
      expect.objectContaining({
        method: 'new-conversation',
        path: expect.stringMatching(/^get-conversation \$\.response\.details \(conversation \d+\)$/),
        expected: expect.stringMatching(/^no conversation "Orphan sbc[0-9a-f]{10}" of user 2147483000/),
        received: expect.stringContaining('"title":"Orphan sbc'),
        hint: expect.stringContaining('must create nothing'),
      }),
    ]);
  });

  test('pagination ignored: every get-conversations page answers the same 100 conversations', async () => {
    // Made of the first real item seen: 100 copies under IDs the suite never created.
    let item: Record<string, unknown> | undefined;
    const report = await compare(
      {
        answer: ({ fields, body }) => {
          if (fields.function !== 'get-conversations') return undefined;
          item ??= body.response?.[0];
          if (!item) return undefined;
          const page = Array.from({ length: 100 }, (_, i) => ({ ...item, conversation_id: String(900_000 + i) }));
          return { success: true, response: page };
        },
      },
      { only: ['scenarios/status-zero-is-inbox'] },
    );
    expect(failedIds(report)).toEqual(['scenarios/status-zero-is-inbox']);
    expect(findingsOf(report)).toEqual([
      expect.objectContaining({
        method: 'get-conversations',
        path: '$.response[*].conversation_id (pagination 1)',
        expected: 'the conversations after the first 100 (pagination counts pages of 100 from 0)',
        received: 'the same 100 conversations as pagination 0',
      }),
    ]);
  });

  test('a list too long to search: the status check is skipped with the reason, not passed untested', async () => {
    // Every page is full, of conversations the suite never created: where its own one is cannot be told.
    let item: Record<string, unknown> | undefined;
    const report = await compare(
      {
        answer: ({ fields, body }) => {
          if (fields.function !== 'get-conversations') return undefined;
          item ??= body.response?.[0];
          if (!item) return undefined;
          const first = 900_000 + Number(fields.pagination ?? 0) * 100;
          const page = Array.from({ length: 100 }, (_, i) => ({ ...item, conversation_id: String(first + i) }));
          return { success: true, response: page };
        },
      },
      { only: ['scenarios/status-zero-is-inbox'] },
    );
    expect(report.checks).toEqual([
      expect.objectContaining({
        id: 'scenarios/status-zero-is-inbox',
        status: 'skipped',
        reason: expect.stringMatching(/^get-conversations with status_code 0 answered 30 full pages without/),
        findings: [],
      }),
    ]);
  });

  test('pages counted from 1, as the documentation says: get-conversations pagination 1 answers the first page again', async () => {
    const report = await compare(
      {
        request: (fields) =>
          fields.function === 'get-conversations' && Number(fields.pagination) > 0
            ? { ...fields, pagination: String(Number(fields.pagination) - 1) }
            : undefined,
      },
      { only: ['scenarios/pagination-conversations'] },
    );
    expect(failedIds(report)).toEqual(['scenarios/pagination-conversations']);
    expect(findingsOf(report)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          method: 'get-conversations',
          path: '$.response[*].conversation_id (pagination 0 and 1 in common)',
          expected: '[]',
          hint: expect.stringContaining('count from 0'),
        }),
      ]),
    );
  });

  test('a wrong order: get-conversations sorted by time only, the status code ignored', async () => {
    const report = await compare(
      {
        answer: ({ fields, body }) =>
          fields.function === 'get-conversations' && Array.isArray(body.response)
            ? {
                ...body,
                response: [...body.response].sort((a, b) => b.creation_time.localeCompare(a.creation_time)),
              }
            : undefined,
      },
      { only: ['scenarios/sorting-conversations'] },
    );
    expect(failedIds(report)).toEqual(['scenarios/sorting-conversations']);
    expect(findingsOf(report)).toEqual([
      expect.objectContaining({
        method: 'get-conversations',
        path: '$.response[*].conversation_id (the three the suite created)',
        expected: '["waiting","newer","older"]',
        received: expect.stringMatching(/^\["newer",/),
      }),
      expect.objectContaining({
        method: 'get-conversations',
        path: expect.stringMatching(/^\$\.response\[\d+\], \$\.response\[\d+\] \(pages read\)$/),
        expected: 'status code highest first, then the last message newest first',
        received: expect.stringMatching(/status "0".*then conversation .*status "2"/),
      }),
    ]);
  });

  test('a slow method: get-user takes 600 ms, over the p99 threshold', async () => {
    const load = { duration: 2, connections: 1, maxP99: 400, maxErrorRate: 0 };
    const report = await compare(
      { delayMs: (fields) => (fields.function === 'get-user' ? 600 : 0) },
      { only: ['load/read'], load },
    );
    expect(failedIds(report)).toEqual(['load/read']);
    const findings = findingsOf(report);
    expect(findings).toEqual([
      expect.objectContaining({
        method: 'get-user, get-conversations',
        path: 'p99 latency',
        expected: 'at most 400 ms (--max-p99)',
      }),
    ]);
    expect(Number.parseInt(findings[0]!.received, 10)).toBeGreaterThanOrEqual(600);
    expect(report.load).toEqual([expect.objectContaining({ profile: 'read', errors: 0 })]);
  }, 60_000);

  test('a webhook never sent: message-sent is dropped on its way', async () => {
    const options = {
      only: ['webhooks/message-sent'],
      webhooks: { port: 0, key: KEY, secret: SECRET, timeoutMs: 3000 },
    };
    const correct = await runAgainst(reference, options, (url) => relay.forwardTo(url));
    expect(failedIds(correct), describeFailures(correct)).toEqual([]);
    expect(correct.checks.map((c) => c.status)).toEqual(['passed']);

    relay.dropWhen((name) => name === 'message-sent');
    try {
      const report = await runAgainst(reference, options, (url) => relay.forwardTo(url));
      expect(failedIds(report)).toEqual(['webhooks/message-sent']);
      expect(findingsOf(report)).toEqual([
        expect.objectContaining({
          method: 'send-message',
          path: 'webhook message-sent',
          expected: 'a POST with "function":"message-sent" within 3000 ms of the send-message call',
          received: expect.stringMatching(/^(only .*|no webhook at all)$/),
        }),
      ]);
    } finally {
      relay.dropWhen(() => false);
      relay.forwardTo(undefined);
    }
  }, 60_000);
});

describe('a set-up call that fails is reported once; the checks it blocks say so', () => {
  test('new-conversation failing for the spare conversations blocks the checks that need one', async () => {
    const report = await compare(
      {
        answer: ({ fields }) =>
          fields.function === 'new-conversation' && fields.title?.startsWith('Spare')
            ? { status: 'error', response: 'db-error', message: 'The database could not complete the request.' }
            : undefined,
      },
      { only: ['examples/new-conversation', 'examples/update-conversation-status', 'examples/set-rating'] },
    );
    expect(report.ok).toBe(false);
    expect(report.totals).toMatchObject({ passed: 1, failed: 0, blocked: 2 });
    for (const id of ['examples/update-conversation-status', 'examples/set-rating']) {
      expect(report.checks.find((check) => check.id === id)).toMatchObject({
        status: 'blocked',
        findings: [],
        blockedBy: {
          method: 'new-conversation',
          path: '$',
          expected: 'a success answer (the check sets up its test with new-conversation)',
          received: '{"status":"error","response":"db-error","message":"The database could not complete the request."}',
        },
      });
    }
    const text = summary(report, paint(false));
    expect(text).toContain('Blocked (2), by the call that failed');
    expect(text).toMatch(
      /! new-conversation blocked 2 checks\n(.*\n)*\s+checks\s+examples\/update-conversation-status, examples\/set-rating/,
    );
    expect(text).toMatch(/FAILED {2}1 passed, 0 failed, 2 blocked, 0 skipped of 3 checks/);
  });

  test("send-message answering 3.3's shape, judged as 3.0: its own check fails, the checks sending messages read the ID back", async () => {
    const report = await compare(
      {
        answer: ({ fields, body }) =>
          fields.function === 'send-message' && body.success
            ? {
                success: true,
                response: {
                  id: body.response['message-id'],
                  queue: false,
                  human_takeover_active: false,
                  notifications: [],
                },
              }
            : undefined,
      },
      { only: ['examples/send-message', 'examples/update-message', 'scenarios/conversation-lifecycle'] },
    );
    expect(failedIds(report)).toEqual(['examples/send-message']);
    expect(findingsOf(report)).toEqual([
      expect.objectContaining({
        method: 'send-message',
        path: '$.response["message-id"]',
        expected: 'number',
        received: 'nothing (the key is absent)',
      }),
    ]);
  });
});
