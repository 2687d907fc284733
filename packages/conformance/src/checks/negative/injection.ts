import { type AnyMethod, type MethodName, methods, methodVersion } from '@support-board/contract';
import type { CheckContext } from '../../core/context.js';
import { shapeOf, showAnswer } from '../../core/envelope.js';
import type { Check } from '../../core/types.js';
import { deepEqual, show } from '../../core/values.js';
import { defineCheck } from '../define.js';
import { expectAnyFailure, expectNoLeak } from './fixture-args.js';
import { INJECTIONS, SPACELESS_INJECTIONS } from './injection-strings.js';

/** Not-found answers: a read that finds nothing for an injection string leaks nothing. */
const NOT_FOUND: unknown[] = [false, [], { messages: [], details: '' }];

/**
 * Read calls with an injection string in one argument (the others valid): the answer is an error,
 * or a success that finds nothing. Only reads: a write with `1 OR 1=1` in an ID would, on a server
 * that pastes it into SQL, change every row of the target.
 */
const reads: {
  method: MethodName;
  args: (fx: Awaited<ReturnType<CheckContext['base']>>) => Record<string, unknown>;
  notes?: string[];
  /** What the original (3.3.6) answered, where that fails the check (tagged `hardening`). */
  onOriginal?: string;
}[] = [
  {
    method: 'get-user',
    args: (fx) => ({ user_id: fx.customer.id }),
    onOriginal: 'user_id `1 OR 1=1` reaches SQL: answers a user the clause matches',
  },
  {
    method: 'get-user-extra',
    args: (fx) => ({ user_id: fx.customer.id }),
    onOriginal:
      "user_id `1 OR 1=1` reaches SQL: answers other users' details; another string answers `db-error` with the MySQL text",
  },
  { method: 'search-users', args: () => ({ search: 'x' }) },
  { method: 'get-users', args: () => ({ search: 'x' }), notes: ['get-users-search-no-match'] },
  {
    method: 'get-new-users',
    args: () => ({ datetime: '2999-01-01' }),
    onOriginal: 'datetime `1 OR 1=1` (and any text) reaches SQL: answers every user',
  },
  {
    method: 'get-conversation',
    args: (fx) => ({ user_id: fx.customer.id, conversation_id: fx.conversation.id }),
    onOriginal:
      'conversation_id `1 OR 1=1` reaches SQL: answers a conversation; another string answers `db-error` with the MySQL text',
  },
  {
    method: 'get-user-conversations',
    args: (fx) => ({ user_id: fx.customer.id }),
    onOriginal:
      "user_id `1 OR 1=1` reaches SQL: answers other users' conversations; another string answers `db-error` with the MySQL text",
  },
  { method: 'search-conversations', args: () => ({ search: 'x' }) },
];

const readCheck = ({ method, args, notes, onOriginal }: (typeof reads)[number]) =>
  defineCheck({
    id: `negative/injection/${method}`,
    title: `${method} with SQL injection strings in each argument finds nothing and leaks nothing`,
    area: 'negative',
    methods: [method],
    notes: notes ?? [],
    ...(onOriginal ? { hardening: onOriginal } : {}),
    tags: ['injection', 'security'],
    async run(t) {
      const valid = args(await t.base());
      // An argument the version does not read (3.3's get-conversation user_id) cannot be injected.
      const ignored = methodVersion(methods[method] as AnyMethod, t.version)?.ignored ?? [];
      for (const name of Object.keys(valid).filter((arg) => !ignored.includes(arg))) {
        const text = (methods[method] as AnyMethod).args[name]?.spec.kind === 'text';
        // In a free-text search the spaced strings are words that may match: only an answer without leaks is required.
        for (const injection of text ? [...INJECTIONS, ...SPACELESS_INJECTIONS] : INJECTIONS) {
          const answer = await t.answer(method, valid as never, { set: { [name]: injection } });
          const shape = shapeOf(answer);
          if (shape.kind !== 'success') {
            expectAnyFailure(t, method, answer, `${name} holds ${JSON.stringify(injection)}`);
            continue;
          }
          if (text && injection.includes(' ')) continue;
          t.check(
            NOT_FOUND.some((empty) => deepEqual(empty, shape.response)),
            {
              method,
              path: '$.response',
              expected: `an error, or nothing found: ${name} = ${JSON.stringify(injection)} matches no data`,
              received: show(shape.response),
              hint: 'Arguments must never become SQL: use bound parameters and validate IDs and dates.',
            },
          );
        }
      }
    },
  });

/** add-user with injection strings as names: stored and answered as the very text, the users table intact. */
const storedText = defineCheck({
  id: 'negative/injection/add-user',
  title: 'add-user stores SQL injection strings as plain text, and the users table survives',
  area: 'negative',
  methods: ['add-user', 'get-user', 'count-users'],
  tags: ['injection', 'security'],
  async run(t) {
    const fx = await t.base();
    const count = async () => Number((await t.ok('count-users')).all);
    const before = await count();
    let added = 0;
    for (const injection of INJECTIONS) {
      const answer = await t.answer('add-user', { first_name: injection, last_name: `${injection} ${fx.marker}` });
      t.fixtures.trackCreated('add-user', answer);
      expectNoLeak(t, 'add-user', answer);
      const shape = shapeOf(answer);
      if (shape.kind !== 'success') {
        t.report({
          method: 'add-user',
          path: '$',
          expected: 'a success: these names are valid text',
          received: showAnswer(answer),
        });
        continue;
      }
      added += 1;
      const user = await t.ok('get-user', { user_id: Number(shape.response) });
      t.equal('get-user', '$.response.first_name', user === false ? false : user.first_name, injection);
    }
    t.equal(
      'add-user',
      '$.response.all (count-users)',
      await count(),
      before + added,
      `count-users before the injection strings, plus the ${added} users add-user created: no other row was added or dropped.`,
    );
  },
});

export const injectionChecks: Check[] = [...reads.map(readCheck), storedText];
