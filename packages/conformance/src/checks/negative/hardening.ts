import { MAX_ID, type MethodName } from '@support-board/contract';
import type { Answer } from '../../core/api.js';
import type { CheckContext } from '../../core/context.js';
import { shapeOf, showAnswer } from '../../core/envelope.js';
import { judgeSuccess } from '../../core/judge.js';
import type { Check } from '../../core/types.js';
import { errorText } from '../../core/values.js';
import { defineCheck } from '../define.js';
import { expectUnchanged, snapshot } from '../shared/state.js';

/**
 * Input a security review found servers of this API taking unsafely: each must be answered in one
 * of the documented shapes (a success, or a refusal such as `invalid-argument`), never a database or
 * internal error, an HTTP error, or a dropped connection. Tagged `hardening`: a failure here is a
 * security finding on the target.
 */
const TAGS = ['hardening', 'security'];

/**
 * The answer is a valid success of `method` (as the contract has it: not a success carrying an
 * error), or a refusal with one of `codes`; anything else is reported.
 */
const expectHandled = (t: CheckContext, method: MethodName, answer: Answer, codes: string[], what: string) => {
  const shape = shapeOf(answer);
  if (shape.kind === 'success') {
    for (const finding of judgeSuccess(method, answer, t.version).findings) t.report(finding);
    return shape;
  }
  const refused = (shape.kind === 'error' || shape.kind === 'validation') && codes.includes(shape.code);
  t.check(refused, {
    method,
    path: '$',
    expected: `${['a success', ...codes].join(' or ')}: ${what} is an input to handle, not a failure of the server`,
    received: showAnswer(answer),
    hint: 'Refuse such input where arguments are decoded, with a documented error; never let it reach the database.',
  });
  return shape;
};

const nulToken = defineCheck({
  id: 'negative/hardening/nul-token',
  title: 'The admin token followed by a NUL character is an invalid token',
  area: 'negative',
  methods: ['count-users'],
  hardening:
    'takes the admin token followed by a NUL as the admin token: `token=<admin token>%00 function=count-users` → `{"success":true,"response":{"all":"1",...}}`',
  tags: TAGS,
  async run(t) {
    const answer = await t.api.call('count-users', {}, { token: `${t.api.token}\0` });
    t.expectRefusal('count-users', answer, 'invalid-token');
  },
});

const nulArguments = defineCheck({
  id: 'negative/hardening/nul-arguments',
  title:
    'A NUL character in an argument is refused (invalid-argument) or taken as text, and add-user creates nothing it refuses',
  area: 'negative',
  methods: ['search-users', 'add-user', 'count-users'],
  hardening:
    'answers add-user with a NUL in `first_name` with HTTP 500 and an empty body (search-users with `search=a%00b` answers `[]`)',
  tags: TAGS,
  async run(t) {
    const fx = await t.base();
    const search = await t.answer('search-users', { search: 'a\0b' });
    expectHandled(t, 'search-users', search, ['invalid-argument'], 'a NUL in `search`');
    const before = await snapshot(t);
    const added = await t.answer('add-user', { first_name: 'Do\0n', last_name: fx.marker });
    t.fixtures.trackCreated('add-user', added);
    if (expectHandled(t, 'add-user', added, ['invalid-argument'], 'a NUL in `first_name`').kind !== 'success') {
      await expectUnchanged(t, 'add-user', before);
    }
  },
});

/** IDs at the top of the INT range, which no target is likely to have: delete-users must delete none. */
const unlikelyIds = (count: number) => Array.from({ length: count }, (_, i) => MAX_ID - i);

const longIdLists = defineCheck({
  id: 'negative/hardening/long-id-lists',
  title: 'Lists of 70,000 IDs (more than PostgreSQL takes parameters) are served or refused, never a database error',
  area: 'negative',
  methods: ['delete-users', 'get-online-users', 'count-users'],
  tags: TAGS,
  async run(t) {
    await t.base();
    const codes = ['invalid-argument', 'request-too-large'];
    const before = await snapshot(t);
    const ids = unlikelyIds(70_000);
    const deleted = await t.answer('delete-users', { user_ids: ids });
    expectHandled(t, 'delete-users', deleted, codes, '70,000 IDs no user has');
    await expectUnchanged(t, 'delete-users', before);
    const online = await t.answer('get-online-users', { exclude_id: ids });
    expectHandled(t, 'get-online-users', online, codes, 'a list of 70,000 IDs to leave out');
  },
});

const escapedLengths = defineCheck({
  id: 'negative/hardening/escaped-lengths',
  title: 'Names and emails as long as the contract accepts are stored however long HTML escaping makes them',
  area: 'negative',
  methods: ['add-user'],
  hardening:
    'answers a success carrying the MySQL error: a first name of 100 `&` (stored as `&amp;` x 100) → `{"success":true,"response":{"error":{"message":"Data too long for column \'first_name\' at row 1",...}}}`; 30 `<` in `last_name` and an email of 240 `&` do the same',
  tags: TAGS,
  async run(t) {
    const fx = await t.base();
    const cases = [
      { what: 'a first name of 100 `&`', args: { first_name: '&'.repeat(100), last_name: fx.marker } },
      { what: 'a last name of 100 `<`', args: { first_name: fx.marker, last_name: '<'.repeat(100) } },
      {
        what: 'an email of 240 `&` and a domain',
        args: { first_name: fx.marker, email: `${'&'.repeat(240)}@example.com` },
      },
    ];
    for (const { what, args } of cases) {
      const answer = await t.answer('add-user', args);
      t.fixtures.trackCreated('add-user', answer);
      expectHandled(t, 'add-user', answer, [], what);
    }
    const named = await t.answer('add-user', {
      first_name: fx.marker,
      extra: { city: ['London', 'n'.repeat(300)] },
    });
    t.fixtures.trackCreated('add-user', named);
    expectHandled(t, 'add-user', named, ['invalid-argument'], "a detail's name of 300 characters");
  },
});

const MB = 1024 * 1024;

/** A form body in 64 KiB chunks, without Content-Length: fetch sends it with `Transfer-Encoding: chunked`. */
const chunkedBody = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.subarray(at, at + 64 * 1024));
      at += 64 * 1024;
    },
  });
};

/** The answer to one framing of the body, or what went wrong on the connection. */
const sendFramed = async (t: CheckContext, body: string, chunked: boolean): Promise<Answer | string> => {
  try {
    const response = await fetch(t.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: chunked ? chunkedBody(body) : body,
      ...(chunked ? { duplex: 'half' } : {}),
      signal: AbortSignal.timeout(30_000),
    } as RequestInit);
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { call: { method: 'count-users', url: t.api.url }, status: response.status, text, body: parsed, ms: 0 };
  } catch (error) {
    return errorText(error);
  }
};

/** What a framing's answer amounts to: refused for its size, or what the call answered. */
const verdict = (answer: Answer | string) => {
  if (typeof answer === 'string') return `no answer (${answer})`;
  const shape = shapeOf(answer);
  return answer.status === 413 || (shape.kind === 'error' && shape.code === 'request-too-large')
    ? 'refused for its size'
    : showAnswer(answer);
};

const chunkedBodies = defineCheck({
  id: 'negative/hardening/chunked-body',
  title:
    'A 4 MB body sent chunked is answered as the same body with Content-Length: the size limit holds however the body is framed',
  area: 'negative',
  methods: ['count-users'],
  tags: [...TAGS, 'oversized'],
  async run(t) {
    const body = new URLSearchParams({ token: t.api.token, function: 'count-users', padding: 'x'.repeat(4 * MB) });
    const declared = verdict(await sendFramed(t, body.toString(), false));
    const chunked = verdict(await sendFramed(t, body.toString(), true));
    if (declared !== 'refused for its size') return;
    t.check(chunked === declared, {
      method: 'count-users',
      path: '$',
      expected: 'refused for its size, as the same body with Content-Length is',
      received: chunked,
      hint: 'Count a chunked body as it is read, and stop at the limit: a client can send any amount without Content-Length.',
    });
  },
});

export const hardeningChecks: Check[] = [nulToken, nulArguments, longIdLists, escapedLengths, chunkedBodies];
