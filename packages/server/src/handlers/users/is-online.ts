import { defineHandler } from '../../context.js';
import { isUserOnline } from '../../queries/users.js';

export const isOnline = defineHandler('is-online', async ({ user_id }, { sql }) =>
  (await isUserOnline(sql, user_id)) ? 'online' : 'offline',
);
