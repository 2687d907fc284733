import { defineHandler, refuse } from '../../context.js';
import { updateMessage } from '../../queries/messages.js';
import { saveRating } from '../../queries/ratings.js';
import { escapeHtml } from '../../text.js';

/**
 * The conversation ID is not checked (the contract's description): a rating of a conversation that
 * does not exist is answered `true` but cannot be stored, as ratings belong to their conversation.
 */
export const setRating = defineHandler('set-rating', async ({ settings, payload, message_id, message }, ctx) => {
  const { conversation_id, rating, agent_id } = settings;
  if (conversation_id === undefined) return refuse('conversation-id-not-found');
  if (rating === undefined) return false;
  await ctx.sql.begin(async (tx) => {
    await saveRating(tx, { conversationId: conversation_id, rating, agentId: agent_id ?? null });
    if (message_id !== undefined && (message !== undefined || payload !== undefined)) {
      await updateMessage(tx, message_id, {
        message: message === undefined ? undefined : escapeHtml(message),
        payload,
      });
    }
  });
  return true;
});
