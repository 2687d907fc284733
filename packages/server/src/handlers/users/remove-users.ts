import type { Context } from '../../context.js';
import { deleteUsers } from '../../queries/users.js';

/** Deletes users and fires `user-deleted` once for each one that existed, in one transaction. */
export const removeUsers = (ids: readonly number[], ctx: Context) =>
  ctx.sql.begin(async (tx) => {
    for (const id of await deleteUsers(tx, ids)) await ctx.webhooks.enqueue(tx, 'user-deleted', String(id));
  });
