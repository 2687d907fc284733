import { defineHandler } from '../../context.js';
import { newMessages } from '../../queries/messages.js';

export const getNewMessages = defineHandler('get-new-messages', ({ user_id, conversation_id, datetime }, { sql }) =>
  newMessages(sql, { userId: user_id, conversationId: conversation_id, datetime }),
);
