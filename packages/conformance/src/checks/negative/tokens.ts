import type { DispatcherErrorCode } from '@support-board/contract';
import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { show } from '../../core/values.js';
import { defineCheck } from '../define.js';

/** What a refused write must leave as it was: the user's names, email and type. */
const KEPT = ['first_name', 'last_name', 'email', 'user_type'] as const;

type Kept = Partial<Record<(typeof KEPT)[number], unknown>>;

/** The user's kept fields as get-user (with the admin's token) answers them; ends the check when not found. */
const readUser = async (t: CheckContext, id: number, after: string): Promise<Kept> => {
  const user = await t.ok('get-user', { user_id: id });
  if (user === false) {
    t.stop({
      method: 'get-user',
      path: '$.response',
      expected: `the user ${id} ${after}`,
      received: 'false (not found)',
    });
  }
  return Object.fromEntries(KEPT.map((key) => [key, user[key]]));
};

/**
 * The refused call, then get-user with the admin's token: the user is still there and its names,
 * email and type are as before. Each difference is blamed on `method`, with the token's `who`.
 */
const expectUserKept = async (
  t: CheckContext,
  method: string,
  id: number,
  before: Kept,
  who: string,
  code: DispatcherErrorCode,
) => {
  const user = await t.ok('get-user', { user_id: id });
  const hint = `A call refused with ${code} must change nothing: ${method} with ${who} went ahead anyway.`;
  if (user === false) {
    t.report({
      method,
      path: 'get-user $.response',
      expected: `the user ${id}, still there after the refused ${method} call`,
      received: 'false (not found): the user was deleted',
      hint,
    });
    return;
  }
  for (const key of KEPT) {
    t.check(user[key] === before[key], {
      method,
      path: `get-user $.response.${key}`,
      expected: `${show(before[key])}: unchanged, as before the refused ${method} call`,
      received: show(user[key]),
      hint,
    });
  }
};

/** The user's token, as get-user exposes it to an admin; ends the check when there is none. */
const tokenOf = async (t: CheckContext, id: number, what: string): Promise<string> => {
  const user = await t.ok('get-user', { user_id: id });
  const token = user === false ? undefined : user.token;
  if (typeof token !== 'string' || token === '') {
    t.stop({
      method: 'get-user',
      path: '$.response.token',
      expected: `the token of ${what} (get-user shows it to an admin)`,
      received: user === false ? 'false (not found)' : show(token),
    });
  }
  return token;
};

/**
 * Calls with a token that is not an admin's (`token: null` for none), each refused with `code`
 * exactly as the dispatcher sends it: a read, then update-user and delete-user of a user the suite
 * created, each followed by get-user (with the admin's token) proving nothing changed. With a user's
 * own token, the user also tries to make itself an admin.
 */
const refusedEverywhere = async (
  t: CheckContext,
  token: string | null,
  code: DispatcherErrorCode,
  who: string,
  holder?: number,
) => {
  const { marker } = await t.base();
  const victim = await t.user({ first_name: 'Kept', last_name: `Token-${marker}` });
  const options = { token };
  const before = await readUser(t, victim, 'the suite created');

  t.expectExactError('count-users', await t.answer('count-users', {}, options), code);

  const update = await t.answer('update-user', { user_id: victim, first_name: 'Hijacked' }, options);
  t.expectExactError('update-user', update, code);
  await expectUserKept(t, 'update-user', victim, before, who, code);

  t.expectExactError('delete-user', await t.answer('delete-user', { user_id: victim }, options), code);
  await expectUserKept(t, 'delete-user', victim, before, who, code);

  if (holder !== undefined) {
    const own = await readUser(t, holder, 'whose token the suite uses');
    const promote = await t.answer('update-user', { user_id: holder, user_type: 'admin' }, options);
    t.expectExactError('update-user', promote, code);
    await expectUserKept(t, 'update-user', holder, own, `${who}, making itself an admin,`, code);
  }
};

/** A user of `user_type` created for the check; its token must be refused as not an admin's. */
const notAdmin = (userType: 'agent' | 'user', what: string) =>
  defineCheck({
    id: `negative/token/${userType}-token`,
    title: `The token of ${what} is refused with invalid-token, on a read and on update-user and delete-user, which change nothing`,
    area: 'negative',
    methods: ['count-users', 'update-user', 'delete-user', 'add-user', 'get-user'],
    tags: ['dispatcher', 'token', 'security'],
    provokes: { 'count-users': ['invalid-token'], 'update-user': ['invalid-token'], 'delete-user': ['invalid-token'] },
    async run(t) {
      const { marker } = await t.base();
      const holder = await t.user({
        first_name: userType === 'agent' ? 'Agent' : 'Customer',
        last_name: `Token-${marker}`,
        email: `${marker}.token-${userType}@example.com`,
        user_type: userType,
      });
      const token = await tokenOf(t, holder, what);
      await refusedEverywhere(t, token, 'invalid-token', `the token of ${what}`, holder);
    },
  });

/** Only an admin's token opens the API: not an agent's, not a user's, not none or a made-up one, even to write. */
export const tokenChecks: Check[] = [
  notAdmin('agent', 'an agent'),
  notAdmin('user', 'an ordinary user'),
  defineCheck({
    id: 'negative/token/missing-on-write',
    title: 'update-user and delete-user without a token answer token-not-found and change nothing',
    area: 'negative',
    methods: ['count-users', 'update-user', 'delete-user', 'get-user'],
    tags: ['dispatcher', 'token', 'security'],
    async run(t) {
      await refusedEverywhere(t, null, 'token-not-found', 'no token');
    },
  }),
  defineCheck({
    id: 'negative/token/bad-on-write',
    title:
      'update-user and delete-user with a token nobody has (made up, empty, an injection) answer invalid-token and change nothing',
    area: 'negative',
    methods: ['count-users', 'update-user', 'delete-user', 'get-user'],
    tags: ['dispatcher', 'token', 'security', 'injection'],
    provokes: { 'count-users': ['invalid-token'], 'update-user': ['invalid-token'], 'delete-user': ['invalid-token'] },
    async run(t) {
      for (const token of [t.fixtures.madeUpToken(), '', '" OR "1"="1']) {
        await refusedEverywhere(t, token, 'invalid-token', `the token ${JSON.stringify(token)}`);
      }
    },
  }),
];
