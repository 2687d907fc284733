import { defineHandler } from '../../context.js';
import { userDetails } from '../../queries/users.js';

export const getUserExtra = defineHandler('get-user-extra', async ({ user_id }, { sql }) => userDetails(sql, user_id));
