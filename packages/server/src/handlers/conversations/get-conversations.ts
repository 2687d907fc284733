import { PAGE_SIZE } from '@support-board/contract';
import { defineHandler } from '../../context.js';
import { listConversations } from '../../queries/conversations.js';

/** Status 0 (or absent) is the inbox, 0 to 2, as in the original; 1 to 4 are matched exactly. */
export const getConversations = defineHandler('get-conversations', ({ pagination, status_code }, { sql }) =>
  listConversations(sql, {
    statusFrom: status_code,
    statusTo: status_code === 0 ? 2 : status_code,
    offset: pagination * PAGE_SIZE,
  }),
);
