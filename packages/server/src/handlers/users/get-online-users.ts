import { defineHandler } from '../../context.js';
import { onlineUsers } from '../../queries/users.js';

export const getOnlineUsers = defineHandler('get-online-users', async ({ exclude_id }, { sql }) =>
  onlineUsers(sql, exclude_id),
);
