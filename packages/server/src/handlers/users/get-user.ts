import { defineHandler } from '../../context.js';
import { findUser, userDetails } from '../../queries/users.js';

export const getUser = defineHandler('get-user', async ({ user_id, extra }, { sql }) => {
  const user = await findUser(sql, user_id);
  if (!user) return false;
  return extra ? { ...user, details: await userDetails(sql, user_id) } : user;
});
