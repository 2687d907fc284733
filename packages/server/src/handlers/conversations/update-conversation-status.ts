import { defineHandler } from '../../context.js';
import { emptyTrash, setConversationStatus, statusUpdatedData } from '../../queries/conversations.js';

/** The pseudo status that empties the trash instead of setting a status. */
const EMPTY_TRASH = 5;

export const updateConversationStatus = defineHandler(
  'update-conversation-status',
  async ({ conversation_id, status_code }, ctx) => {
    if (status_code === EMPTY_TRASH) {
      await emptyTrash(ctx.sql);
      return true as const;
    }
    await ctx.sql.begin(async (tx) => {
      if (await setConversationStatus(tx, conversation_id, status_code)) {
        await ctx.webhooks.enqueue(tx, 'conversation-status-updated', statusUpdatedData(conversation_id, status_code));
      }
    });
    return true as const;
  },
);
