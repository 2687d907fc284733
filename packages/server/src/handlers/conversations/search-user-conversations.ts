import { defineHandler } from '../../context.js';
import { searchUserConversations as search } from '../../queries/conversations.js';

export const searchUserConversations = defineHandler(
  'search-user-conversations',
  ({ search: text, user_id }, { sql }) => search(sql, user_id, text),
);
