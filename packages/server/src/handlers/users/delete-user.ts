import { defineHandler } from '../../context.js';
import { removeUsers } from './remove-users.js';

export const deleteUser = defineHandler('delete-user', async ({ user_id }, ctx) => {
  await removeUsers([user_id], ctx);
  return true as const;
});
