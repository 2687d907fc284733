import { defineHandler } from '../../context.js';
import { findConversation } from '../../queries/conversations.js';

export const getConversation = defineHandler('get-conversation', async ({ user_id, conversation_id }, { sql }) => {
  const conversation = await findConversation(sql, conversation_id, user_id);
  return conversation ?? { messages: [], details: '' as const };
});
