import type { CheckContext } from '../../core/context.js';
import { differences, jsonPath, show } from '../../core/values.js';

export type Snapshot = Record<string, unknown>;

/**
 * What a refused write must leave as it was: the user counts, the customer (with details) and the
 * customer's conversation with its messages.
 */
export const snapshot = async (t: CheckContext): Promise<Snapshot> => {
  const fx = await t.base();
  const read = async (label: string, promise: ReturnType<CheckContext['answer']>) =>
    [label, (await promise).body] as const;
  return Object.fromEntries(
    await Promise.all([
      read('count-users', t.answer('count-users')),
      read('get-user', t.answer('get-user', { user_id: fx.customer.id, extra: true })),
      read('get-conversation', t.answer('get-conversation', { conversation_id: fx.conversation.id })),
    ]),
  );
};

/** Reports every difference between `before` and now, each blamed on the refused call to `method`. */
export const expectUnchanged = async (t: CheckContext, method: string, before: Snapshot): Promise<void> => {
  const after = await snapshot(t);
  for (const [read, value] of Object.entries(before)) {
    for (const change of differences(value, after[read])) {
      t.report({
        method,
        path: `${read} ${jsonPath(change.path)}`,
        expected: `${show(change.before)}: unchanged, as before the refused ${method} call`,
        received: show(change.after),
        hint: `A refused call must change nothing; ${read} shows that this ${method} call changed data anyway.`,
      });
    }
  }
};
