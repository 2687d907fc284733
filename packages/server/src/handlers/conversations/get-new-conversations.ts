import { defineHandler } from '../../context.js';
import { newConversations } from '../../queries/conversations.js';

export const getNewConversations = defineHandler('get-new-conversations', ({ datetime }, { sql }) =>
  newConversations(sql, datetime),
);
