import { defineHandler } from '../../context.js';
import { deleteMessage as remove } from '../../queries/messages.js';

export const deleteMessage = defineHandler('delete-message', async ({ message_id }, ctx) => {
  await ctx.sql.begin(async (tx) => {
    if (await remove(tx, message_id)) await ctx.webhooks.enqueue(tx, 'message-deleted', String(message_id));
  });
  return true as const;
});
