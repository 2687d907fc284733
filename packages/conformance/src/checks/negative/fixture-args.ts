import { type AnyMethod, apiVersions, methodArgs } from '@support-board/contract';
import type { Answer } from '../../core/api.js';
import type { CheckContext } from '../../core/context.js';
import { shapeOf, showAnswer } from '../../core/envelope.js';
import type { BaseFixtures } from '../../core/fixtures.js';
import { SQL_LEAK } from './injection-strings.js';

/** An ID no row of a target has (under PostgreSQL's and MySQL's largest integer). */
export const UNKNOWN_ID = 2_147_483_000;

/**
 * Which fixture an ID argument points at, by the argument's name; read only for the arguments a call
 * has, so that a check is blocked only by the fixtures its call needs.
 */
const ids: Record<string, (fx: BaseFixtures) => number> = {
  user_id: (fx) => fx.customer.id,
  recipient_id: (fx) => fx.customer.id,
  sender_id: (fx) => fx.agent.id,
  agent_id: (fx) => fx.agent.id,
  conversation_id: (fx) => fx.conversation.id,
  message_id: (fx) => fx.agentMessage.id,
};

/**
 * The documented request of a method with its IDs pointed at the suite's fixtures: the base of the
 * negative calls, so that a server that wrongly goes ahead touches only the suite's own data. An
 * update-user goes to a spare user, so that a wrongly accepted one leaves the customer other checks read.
 */
export const fixtureArgs = async (t: CheckContext, method: AnyMethod): Promise<Record<string, unknown>> => {
  const fx = await t.base();
  const args: Record<string, unknown> = t.fixtures.uniqueContacts({ ...(method.request as Record<string, unknown>) });
  for (const [name, value] of Object.entries(args)) {
    const id = ids[name];
    if (id && typeof value === 'number') args[name] = id(fx);
  }
  if (method.name === 'set-rating') {
    args.settings = { conversation_id: fx.conversation.id, rating: 1, agent_id: fx.agent.id };
  }
  if (method.name === 'update-user') args.user_id = await t.user({ first_name: 'Spare', last_name: fx.marker });
  return args;
};

/**
 * Every argument of a method that some version requires, with the other names the original reads
 * it under and the versions that require it (3.3 requires csv-conversations' conversation_id).
 */
export const requiredArgs = (method: AnyMethod) =>
  Object.entries(method.args)
    .map(([name, arg]) => ({
      name,
      names: [name, ...arg.spec.aliases],
      versions: apiVersions.filter((version) => methodArgs(method, version)[name]?.spec.required),
    }))
    .filter((arg) => arg.versions.length > 0);

/** Any of the two failure shapes, and no database error text in it. */
export const expectAnyFailure = (t: CheckContext, method: string, answer: Answer, why: string): boolean => {
  const shape = shapeOf(answer);
  const failed = shape.kind === 'validation' || shape.kind === 'error';
  t.check(failed, {
    method,
    path: '$',
    expected: `an error answer (e.g. {"status":"error","response":"invalid-argument",...}): ${why}`,
    received: showAnswer(answer),
  });
  expectNoLeak(t, method, answer);
  return failed;
};

export const expectNoLeak = (t: CheckContext, method: string, answer: Answer): void => {
  const shape = shapeOf(answer);
  const text =
    shape.kind === 'error' ? `${shape.code} ${shape.message ?? ''}` : shape.kind === 'validation' ? shape.code : '';
  t.check(!SQL_LEAK.test(text), {
    method,
    path: '$.message',
    expected: 'no database error text',
    received: text,
    hint: 'Database errors must not reach the client: they tell an attacker how the query is built.',
  });
};
