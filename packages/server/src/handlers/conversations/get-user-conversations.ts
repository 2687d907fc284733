import { defineHandler } from '../../context.js';
import { userConversations } from '../../queries/conversations.js';

export const getUserConversations = defineHandler('get-user-conversations', ({ user_id, exclude_id }, { sql }) =>
  userConversations(sql, user_id, { excludeId: exclude_id }),
);
