import { defineHandler } from '../../context.js';
import { withIndexScans } from '../../db/database.js';
import { searchConversations as search } from '../../queries/conversations.js';

export const searchConversations = defineHandler('search-conversations', ({ search: text }, { sql }) =>
  withIndexScans(sql, (tx) => search(tx, text)),
);
