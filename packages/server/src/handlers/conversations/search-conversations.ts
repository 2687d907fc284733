import { defineHandler } from '../../context.js';
import { searchConversations as search } from '../../queries/conversations.js';

export const searchConversations = defineHandler('search-conversations', ({ search: text }, { sql }) =>
  search(sql, text),
);
