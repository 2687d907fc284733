import { defineHandler } from '../../context.js';
import { userConversations } from '../../queries/conversations.js';

export const getNewUserConversations = defineHandler('get-new-user-conversations', ({ user_id, datetime }, { sql }) =>
  userConversations(sql, user_id, { after: datetime }),
);
